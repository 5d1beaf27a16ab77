import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { nodeFs } from "next/dist/server/lib/node-fs-methods.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import BoundedDiskCache, { LIMIT_KEY, diskCacheUsage, isStorableKey } from "@/lib/cache/disk-cache-handler";

const KB = 1024;
// An 8 KB page takes 20 KB of 4 KB blocks: its HTML, its RSC payload of the same size, its metadata.
const page = (html: string, status = 200) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: {}, status, postponed: undefined, segmentData: undefined });
const keyOf = (slug: string) => `/route-cache/APP_PAGE/0123abcd/$/analyses/${slug}`;
const ctx = { cacheControl: { revalidate: 86_400, expire: undefined } };

let dir: string;
let serverDistDir: string;
const handler = () => new BoundedDiskCache({ fs: nodeFs, serverDistDir, flushToDisk: true, maxMemoryCacheSize: 0, revalidatedTags: [], dev: false });
const onDisk = (slug: string) => fs.existsSync(path.join(serverDistDir, `${keyOf(slug)}.html`));
const limit = (bytes: number | undefined) => ((globalThis as Record<symbol, unknown>)[LIMIT_KEY] = bytes);

beforeEach(() => {
  // A new directory each time is also a new record: the handler keeps one per build directory.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-cache-"));
  serverDistDir = path.join(dir, "server");
  fs.mkdirSync(serverDistDir, { recursive: true });
});
afterEach(() => {
  limit(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the bounded disk cache", () => {
  it("stores a page and reads it back, as Next's own cache does", async () => {
    await handler().set(keyOf("a"), page("<p>A</p>"), ctx);
    expect(onDisk("a")).toBe(true);
    const read = (await handler().get(keyOf("a"), { kind: "APP_PAGE" })) as { value: { html: string } } | null;
    expect(read?.value.html).toBe("<p>A</p>");
  });

  it("deletes the least recently used pages when the total passes the bound, and counts what is on disk", async () => {
    limit(64 * KB);
    const h = handler();
    const body = "x".repeat(8 * KB);
    for (const slug of ["a", "b", "c"]) await h.set(keyOf(slug), page(body), ctx);
    // Reading "a" makes "b" the oldest.
    await h.get(keyOf("a"), { kind: "APP_PAGE" });
    await h.set(keyOf("d"), page(body), ctx);
    expect(["a", "b", "c", "d"].map(onDisk)).toEqual([true, false, true, true]);
    const usage = diskCacheUsage(serverDistDir);
    expect(usage.bytes).toBeLessThanOrEqual(64 * KB);
    expect(usage.bytes).toBeGreaterThan(0);
  });

  it("never deletes the pages below an evicted one", async () => {
    limit(48 * KB);
    const h = handler();
    const centre = "/route-cache/APP_PAGE/0123abcd/$/centers/asia";
    await h.set(centre, page("x".repeat(8 * KB)), ctx);
    await h.set(`${centre}/japan`, page("x".repeat(8 * KB)), ctx);
    await h.set(keyOf("big"), page("x".repeat(12 * KB)), ctx);
    expect(fs.existsSync(path.join(serverDistDir, `${centre}.html`))).toBe(false);
    expect(fs.existsSync(path.join(serverDistDir, `${centre}/japan.html`))).toBe(true);
  });

  it("counts what a previous run left on disk against the bound", async () => {
    await handler().set(keyOf("old"), page("x".repeat(8 * KB)), ctx);
    const previous = serverDistDir;
    // A new process: a fresh record over the same directory.
    const moved = path.join(dir, "server2");
    fs.renameSync(previous, moved);
    serverDistDir = moved;
    limit(16 * KB);
    await handler().set(keyOf("new"), page("x".repeat(8 * KB)), ctx);
    expect(onDisk("old")).toBe(false);
    expect(onDisk("new")).toBe(true);
  });

  it("does not store a 404", async () => {
    await handler().set(keyOf("no-such-slug"), page("<p>Not found</p>", 404), ctx);
    expect(onDisk("no-such-slug")).toBe(false);
    expect(await handler().get(keyOf("no-such-slug"), { kind: "APP_PAGE" })).toBeNull();
  });

  it.each(["bad\r\nname", "nul\u0000byte", "x".repeat(250), "é".repeat(124)])("never writes the name %j", async (slug) => {
    await handler().set(keyOf(slug), page("<p>x</p>"), ctx);
    expect(fs.readdirSync(serverDistDir, { recursive: true }).filter((f) => String(f).endsWith(".html"))).toEqual([]);
  });

  it("accepts exactly the keys whose segments fit a file name with Next's suffixes", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 300 }), { minLength: 1, maxLength: 4 }), (segments) => {
        const key = `/${segments.join("/")}`;
        const fits = segments.every((s) => Buffer.byteLength(s) + ".segments".length <= 255) && !/[\u0000-\u001f\u007f]/.test(key);
        expect(isStorableKey(key)).toBe(fits);
      }),
    );
  });
});

describe("what an entry is counted for", () => {
  it("is what du counts for the files and directories Next writes", async () => {
    const { execFileSync } = await import("node:child_process");
    const h = handler();
    const segmentData = new Map([
      ["/_tree.segment.rsc", Buffer.alloc(405)],
      ["/_full.segment.rsc", Buffer.alloc(10_942)],
      ["/!KGJlbmNoKQ/analyses/$d$slug/__PAGE__.segment.rsc", Buffer.alloc(9_000)],
    ]);
    await h.set(keyOf("with-segments"), { ...page("x".repeat(18_467)), segmentData }, ctx);
    const base = path.join(serverDistDir, keyOf("with-segments"));
    const du = (p: string) => Number(execFileSync("du", ["-s", "-B1", p]).toString().split("\t")[0]);
    const actual = du(`${base}.html`) + du(`${base}.rsc`) + du(`${base}.meta`) + du(`${base}.segments`);
    expect(diskCacheUsage(serverDistDir).bytes).toBe(actual);
  });
});
