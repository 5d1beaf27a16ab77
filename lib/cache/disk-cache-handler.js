// Next's page and data cache, bounded. scripts/serve.ts hands it to Next before Next starts (a
// build uses Next's own cache), so it is plain JavaScript outside the bundles, loaded once by
// Node; it is not server-only domain code and imports nothing from lib/.
//
// It is Next's own file-system cache (so tags, stale-while-revalidate and build seeds behave
// exactly as without it) with three refusals and a bound:
// - a 404 is not stored: every unknown slug a crawler invents would otherwise stay on disk for good;
// - a key with a control character, or a path segment too long for a file name, is not stored:
//   such names must never reach the file system;
// - what is written is counted (blocks on disk, as `du` counts them), and when the total passes
//   the bound the least recently used entries are deleted.
// The bound is per process and covers what this process wrote or found on disk at start.
import { promises as fsp } from "node:fs";
import path from "node:path";
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import sharedCacheControlsModule from "next/dist/server/lib/incremental-cache/shared-cache-controls.external.js";

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const { SharedCacheControls } = sharedCacheControlsModule;

/** scripts/serve.ts sets CACHE_MAX_MB (lib/env/index.ts) here; the handler reads no environment. */
export const LIMIT_KEY = Symbol.for("folio.diskCache.maxBytes");
// Without a bound set (a test), this one (lib/env/index.ts has the same default).
const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
// The longest suffix Next appends to a key's last segment (".segments"), so that segment plus
// suffix fits the 255-byte file-name limit of every common file system.
const LONGEST_SUFFIX = ".segments".length;
const MAX_NAME_BYTES = 255;
// The files Next writes for a page (or a route handler's answer) beside its key.
const PAGE_FILE_SUFFIXES = [".html", ".rsc", ".meta", ".body", ".json"];
/** The key's path of one of those files. */
const withoutPageSuffix = (/** @type {string} */ file) => {
  const suffix = PAGE_FILE_SUFFIXES.find((x) => file.endsWith(x));
  return suffix ? file.slice(0, -suffix.length) : file;
};

/**
 * @typedef {{ bytes: number, fetch: boolean }} Entry
 * @typedef {{ entries: Map<string, Entry>, total: number, ready: Promise<void> | null }} DiskState
 */

const STATES = Symbol.for("folio.diskCache.states");
/** One record per build directory, shared by the per-request handler instances. */
function stateFor(/** @type {string} */ distDir) {
  const all = /** @type {Record<symbol, Map<string, DiskState>>} */ (/** @type {unknown} */ (globalThis));
  all[STATES] ??= new Map();
  let state = all[STATES].get(distDir);
  if (!state) {
    state = { entries: new Map(), total: 0, ready: null };
    all[STATES].set(distDir, state);
  }
  return state;
}

export function diskCacheLimit() {
  const set = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[LIMIT_KEY];
  return typeof set === "number" && set > 0 ? set : DEFAULT_MAX_BYTES;
}

/** Whether a cache key may become a file name: no control characters, no over-long segment. */
export function isStorableKey(/** @type {string} */ key) {
  if (typeof key !== "string" || !key || /[\u0000-\u001f\u007f]/.test(key)) return false;
  return key.split("/").every((segment) => Buffer.byteLength(segment) + LONGEST_SUFFIX <= MAX_NAME_BYTES);
}

/** A 404 (an unknown slug, a removed page) is rendered again when asked, never kept. */
function isNotFound(/** @type {any} */ data) {
  return !!data && data.status === 404;
}

/** What one file or directory itself takes on disk, as `du` counts it. */
const usedBytes = (/** @type {import("node:fs").Stats} */ st) => (st.blocks ? st.blocks * 512 : st.size);

async function bytesOnDisk(/** @type {string} */ file) {
  try {
    const st = await fsp.stat(file);
    if (!st.isDirectory()) return usedBytes(st);
    let sum = usedBytes(st);
    for (const name of await fsp.readdir(file)) sum += await bytesOnDisk(path.join(file, name));
    return sum;
  } catch {
    return 0;
  }
}

const BLOCK = 4096;
const blocks = (/** @type {number} */ bytes) => Math.ceil(bytes / BLOCK) * BLOCK;
const sizeOf = (/** @type {unknown} */ value) => (typeof value === "string" ? Buffer.byteLength(value) : value && typeof value === "object" && "length" in value ? Number(value.length) : 0);

/**
 * What an entry takes on disk, from what Next writes (see its file-system cache's `set`): each
 * file rounded up to whole 4 KB blocks, as `du` counts them. Computed rather than measured: a
 * stat of each file after every write cost 2 % of a cold render.
 */
function blocksOf(/** @type {any} */ data, /** @type {string} */ kind) {
  if (kind === "FETCH") return blocks(JSON.stringify(data).length);
  const meta = BLOCK;
  if (kind === "APP_ROUTE") return blocks(sizeOf(data.body)) + meta;
  let sum = blocks(sizeOf(data.html)) + blocks(sizeOf(data.rscData ?? (data.pageData ? JSON.stringify(data.pageData) : ""))) + meta;
  if (data.segmentData) {
    // The .segments directory, and a directory for each level of the segment paths under it.
    const directories = new Set([""]);
    for (const [segmentPath, buffer] of data.segmentData) {
      sum += blocks(sizeOf(buffer));
      const parts = String(segmentPath).split("/").filter(Boolean).slice(0, -1);
      parts.forEach((_, i) => directories.add(parts.slice(0, i + 1).join("/")));
    }
    sum += directories.size * BLOCK;
  }
  return sum;
}

/**
 * The files one entry occupies: the data file for fetch data, else the page's family of files.
 * Never the page's base path itself: that may be the directory of the pages below it.
 */
function filesOf(/** @type {string} */ base, /** @type {boolean} */ fetch) {
  if (fetch) return [base];
  return [...PAGE_FILE_SUFFIXES, ".segments"].map((suffix) => base + suffix);
}

export default class BoundedDiskCache extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super(ctx);
    this.state = stateFor(ctx.serverDistDir ?? "");
    // Next also builds caches with no directory (nothing is written to disk through those).
    this.state.ready ??= ctx.serverDistDir ? this.countExistingEntries() : Promise.resolve();
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    if (data) this.touch(this.basePath(key, ctx?.kind));
    return data;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (!isStorableKey(key) || isNotFound(data)) {
      // Next noted the entry's lifetime before asking; without the entry the note only grows.
      SharedCacheControls.cacheControls?.delete(key);
      return;
    }
    await super.set(key, data, ctx);
    if (!this.flushToDisk || !data) return;
    await this.state.ready;
    const kind = ctx?.fetchCache ? "FETCH" : data.kind;
    const base = this.basePath(key, kind);
    if (!base) return;
    this.record(base, { bytes: blocksOf(data, kind), fetch: kind === "FETCH" });
    await this.evictOverLimit(base);
  }

  /** @param {string} key @param {string | undefined} kind */
  basePath(key, kind) {
    try {
      return this.getFilePath(key, kind === "FETCH" ? "FETCH" : kind === "PAGES" ? "PAGES" : "APP_PAGE");
    } catch {
      return null;
    }
  }

  /** @param {string | null} base */
  touch(base) {
    const entry = base ? this.state.entries.get(base) : undefined;
    if (!entry || !base) return;
    this.state.entries.delete(base);
    this.state.entries.set(base, entry);
  }

  /** @param {string} base @param {Entry} entry */
  record(base, entry) {
    const { entries } = this.state;
    const previous = entries.get(base);
    if (previous) {
      this.state.total -= previous.bytes;
      entries.delete(base);
    }
    entries.set(base, entry);
    this.state.total += entry.bytes;
  }

  /** Deletes least recently used entries until the total is within the bound; never `keep`. */
  async evictOverLimit(/** @type {string} */ keep) {
    const limit = diskCacheLimit();
    const files = [];
    for (const [base, entry] of this.state.entries) {
      if (this.state.total <= limit) break;
      if (base === keep) continue;
      this.state.entries.delete(base);
      this.state.total -= entry.bytes;
      files.push(...filesOf(base, entry.fetch));
    }
    await Promise.all(files.map((file) => fsp.rm(file, { recursive: true, force: true }).catch(() => {})));
  }

  /** Entries a previous run left count against the bound, oldest first. */
  async countExistingEntries() {
    const roots = [path.join(this.serverDistDir, "route-cache"), path.join(this.serverDistDir, "..", "cache", "fetch-cache")];
    /** @type {Map<string, { bytes: number, mtime: number, fetch: boolean }>} */
    const found = new Map();
    const walk = async (/** @type {string} */ dir, /** @type {boolean} */ isFetch) => {
      let names;
      try {
        names = await fsp.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const d of names) {
        const file = path.join(dir, d.name);
        const segments = !isFetch && d.isDirectory() && d.name.endsWith(".segments");
        if (d.isDirectory() && !segments) {
          await walk(file, isFetch);
          continue;
        }
        const base = isFetch ? file : segments ? file.slice(0, -".segments".length) : withoutPageSuffix(file);
        const st = await fsp.stat(file).catch(() => null);
        if (!st) continue;
        const entry = found.get(base) ?? { bytes: 0, mtime: 0, fetch: isFetch };
        entry.bytes += segments ? await bytesOnDisk(file) : usedBytes(st);
        entry.mtime = Math.max(entry.mtime, st.mtimeMs);
        found.set(base, entry);
      }
    };
    await walk(roots[0], false);
    await walk(roots[1], true);
    for (const [base, { bytes, fetch }] of [...found].sort((a, b) => a[1].mtime - b[1].mtime)) {
      if (!this.state.entries.has(base)) {
        this.state.entries.set(base, { bytes, fetch });
        this.state.total += bytes;
      }
    }
  }
}

/** What the cache holds now, for the bench and tests. */
export function diskCacheUsage(/** @type {string} */ serverDistDir) {
  const state = stateFor(serverDistDir);
  return { entries: state.entries.size, bytes: state.total, limit: diskCacheLimit() };
}
