// Next's page and data cache shared by every server process through Redis (REDIS_URL). Like the
// disk handler beside it, scripts/serve.ts hands it to Next before Next starts, so it is plain
// JavaScript loaded once by Node, and imports nothing from lib/.
//
// Redis holds each entry, and the time each tag last expired. One Lua script per read checks the
// entry's tags against those times on the server, so an edit made through any process expires
// its pages in every process at once, with no timer and no whole-cache expiry. Times come from
// Redis's clock, so servers whose clocks disagree still agree on what is older than an edit.
//
// Each process also keeps the entries it has read in memory (bounded, least recently used). The
// read script is told which version this process holds, and answers "same" rather than sending the
// page again: a cached page costs one small round trip.
//
// A cold page is rendered once across the processes: the first to miss takes a short lock, and
// the others wait for its entry rather than render the same page.
//
// If Redis cannot be reached, every read is a miss and every write is dropped: pages render and
// serve as without a cache. The client reconnects on its own; tags expired meanwhile are sent
// once it is back, so no page edited during the outage comes back stale.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createClient } from "redis";
import sharedCacheControlsModule from "next/dist/server/lib/incremental-cache/shared-cache-controls.external.js";

const { SharedCacheControls } = sharedCacheControlsModule;

/** scripts/serve.ts sets the options here ({ url, memoryBytes }); the handler reads no environment. */
export const OPTIONS_KEY = Symbol.for("folio.redisCache.options");

// An entry nobody reads for a week leaves Redis even without memory pressure; the tags' record
// keeps each expiry that long, which is all an entry can need.
export const ENTRY_TTL_MS = 7 * 24 * 60 * 60 * 1000;
// A lock outlives a slow render (a cold page takes well under a second); a render that failed, or a
// process that died holding the lock, delays the page this long at most.
const LOCK_MS = 5_000;
// How long a process waits for another's render before rendering the page itself.
const WAIT_MS = 5_000;
const POLL_MS = 25;
// A read or write that takes longer is abandoned: a hung Redis must not hang the site. After one
// such timeout the process leaves Redis alone for a while, so that a hung server costs one slow
// request per process now and then, not a second on every request.
const COMMAND_TIMEOUT_MS = 1_000;
const BACK_OFF_MS = 5_000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const TAGS_HEADER = "x-next-cache-tags";

// Answers of the read script.
const MISSING = 0;
const EXPIRED = 1;
const SAME = 2;
const FRESH = 3;

const NOW_MS = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

// KEYS: entry, tags' record, lock. ARGV: version held here ('' if none), more tags (JSON), lock ms (0: none).
// An entry is expired when one of its tags expired at or after it was written (same millisecond
// included: that render may have read the data before the change).
const READ = `${NOW_MS}
local function lock()
  if ARGV[3] ~= '0' and redis.call('SET', KEYS[3], '1', 'NX', 'PX', ARGV[3]) then return 1 end
  return 0
end
local meta = redis.call('HMGET', KEYS[1], 'v', 'at', 'tags')
if not meta[1] then return {${MISSING}, lock()} end
local at = tonumber(meta[2])
local tags = cjson.decode(meta[3])
for _, tag in ipairs(cjson.decode(ARGV[2])) do tags[#tags + 1] = tag end
if #tags > 0 then
  for _, e in ipairs(redis.call('HMGET', KEYS[2], unpack(tags))) do
    if e then
      local ts = tonumber(e)
      if ts >= at and ts <= now then
        redis.call('DEL', KEYS[1])
        return {${EXPIRED}, lock()}
      end
    end
  end
end
if meta[1] == ARGV[1] then return {${SAME}, at} end
return {${FRESH}, at, meta[1], redis.call('HGET', KEYS[1], 'd')}`;

// KEYS: entry, lock. ARGV: version, tags (JSON), data, TTL ms. Returns the entry's time.
const WRITE = `${NOW_MS}
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'at', now, 'tags', ARGV[2], 'd', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('DEL', KEYS[2])
return now`;

// KEYS: tags' record. ARGV: the tags.
const EXPIRE = `${NOW_MS}
for _, tag in ipairs(ARGV) do redis.call('HSET', KEYS[1], tag, now) end
return now`;

// KEYS: tags' record. ARGV: age in ms beyond which an expiry can no longer matter.
const PRUNE = `${NOW_MS}
local all = redis.call('HGETALL', KEYS[1])
local dropped = 0
for i = 1, #all, 2 do
  if tonumber(all[i + 1]) < now - tonumber(ARGV[1]) then
    redis.call('HDEL', KEYS[1], all[i])
    dropped = dropped + 1
  end
end
return dropped`;

const sha1 = (/** @type {string} */ s) => crypto.createHash("sha1").update(s).digest("hex");
const SCRIPTS = Object.fromEntries(Object.entries({ READ, WRITE, EXPIRE, PRUNE }).map(([name, source]) => [name, { source, sha: sha1(source) }]));

/** The key names of one deployment: entries are per build (a page refers to its build's files), tags are shared. */
export function keysFor(/** @type {string} */ prefix, /** @type {string} */ buildId) {
  return {
    tags: `${prefix}tags`,
    entry: (/** @type {string} */ key) => `${prefix}entry:${buildId}:${key}`,
    lock: (/** @type {string} */ key) => `${prefix}lock:${buildId}:${key}`,
  };
}

/**
 * Cache values hold Buffers (page payloads) and Maps (segments), which JSON cannot carry: they
 * travel as {"$b": base64} and {"$m": entries}.
 */
export function toWire(/** @type {unknown} */ value) {
  return JSON.stringify(encode(value));
}

export function fromWire(/** @type {string} */ text) {
  return decode(JSON.parse(text));
}

// A page is about 200 KB of HTML and RSC payloads as JSON, and a fifth of that compressed: Redis
// holds five times as many pages. Compressing costs a few milliseconds once per render; reading
// another process's copy costs one inflate, and a copy this process holds costs nothing.
const pack = (/** @type {string} */ json) => zlib.gzipSync(json, { level: 6 }).toString("base64");
const unpack = (/** @type {string} */ packed) => zlib.gunzipSync(Buffer.from(packed, "base64")).toString("utf8");

/** @returns {unknown} */
function encode(/** @type {unknown} */ value) {
  if (value === null || typeof value !== "object") return value;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return { $b: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
  if (value instanceof Map) return { $m: [...value].map(([k, v]) => [k, encode(v)]) };
  if (Array.isArray(value)) return value.map(encode);
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
  return out;
}

/** @returns {any} */
function decode(/** @type {any} */ value) {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(decode);
  if (typeof value.$b === "string" && Object.keys(value).length === 1) return Buffer.from(value.$b, "base64");
  if (Array.isArray(value.$m) && Object.keys(value).length === 1) return new Map(value.$m.map((/** @type {[string, unknown]} */ [k, v]) => [k, decode(v)]));
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = decode(v);
  return out;
}

/** The tags an entry carries: a page's from its tags header, cached data's from the write. */
function tagsOf(/** @type {any} */ data, /** @type {any} */ ctx) {
  if (data?.kind === "FETCH") return Array.isArray(ctx?.tags) ? ctx.tags : [];
  const header = data?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** A response (a page or route answer) is worth a lock: it is what a render costs. Data is not. */
const isResponseKind = (/** @type {string | undefined} */ kind) => kind === "APP_PAGE" || kind === "APP_ROUTE" || kind === "PAGES";

/**
 * @typedef {{ version: string, at: number, value: any, cacheControl: any, bytes: number }} Held
 * @typedef {{ client: any, held: Map<string, Held>, heldBytes: number, memoryBytes: number, keys: ReturnType<typeof keysFor>, pendingTags: Set<string>, lastPrune: number, warned: boolean, backOffUntil: number }} Shared
 */

const SHARED = Symbol.for("folio.redisCache.shared");

/** One client and one memory per process, shared by the per-request handler instances. */
function sharedState(/** @type {string} */ serverDistDir) {
  const g = /** @type {Record<symbol, Shared | undefined>} */ (/** @type {unknown} */ (globalThis));
  if (g[SHARED]) return g[SHARED];
  const options = /** @type {{ url?: string, memoryBytes?: number, prefix?: string } | undefined} */ (g[OPTIONS_KEY]);
  if (!options?.url) throw new Error("The Redis cache handler needs its options (scripts/serve.ts sets them)");
  /** @type {Shared} */
  const shared = {
    client: null,
    held: new Map(),
    heldBytes: 0,
    memoryBytes: options.memoryBytes ?? 256 * 1024 * 1024,
    keys: keysFor(options.prefix ?? "folio:", readBuildId(serverDistDir)),
    pendingTags: new Set(),
    lastPrune: 0,
    warned: false,
    backOffUntil: 0,
  };
  shared.client = connect(options.url, shared);
  g[SHARED] = shared;
  return shared;
}

function readBuildId(/** @type {string} */ serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "unknown";
  }
}

function connect(/** @type {string} */ url, /** @type {Shared} */ shared) {
  const client = createClient({
    url,
    // Commands fail at once while disconnected instead of queueing behind the outage.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (/** @type {number} */ retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  client.on("error", (/** @type {Error} */ e) => {
    if (shared.warned) return;
    shared.warned = true;
    console.warn(`[folio] the shared page cache (Redis) is unreachable, pages render without it: ${e.message}`);
  });
  client.on("ready", () => {
    if (shared.warned) console.warn("[folio] the shared page cache (Redis) is back");
    shared.warned = false;
    // Anything held here may predate an expiry Redis never heard of (or Redis restarted empty).
    shared.held.clear();
    shared.heldBytes = 0;
    flushPendingTags(shared).catch(() => {});
  });
  client.connect().catch(() => {});
  return client;
}

/** Runs one script; NOSCRIPT (a restarted Redis) sends its source once. */
async function run(/** @type {Shared} */ shared, /** @type {keyof typeof SCRIPTS} */ name, /** @type {string[]} */ keys, /** @type {string[]} */ args) {
  if (!shared.client.isReady) throw new Error("Redis is not connected");
  if (Date.now() < shared.backOffUntil) throw new Error("Redis timed out a moment ago");
  const options = { timeout: COMMAND_TIMEOUT_MS, rejectInFlight: true };
  const script = SCRIPTS[name];
  const rest = [String(keys.length), ...keys, ...args];
  try {
    try {
      return await shared.client.sendCommand(["EVALSHA", script.sha, ...rest], options);
    } catch (e) {
      if (!(e instanceof Error) || !e.message.startsWith("NOSCRIPT")) throw e;
      return await shared.client.sendCommand(["EVAL", script.source, ...rest], options);
    }
  } catch (e) {
    if (e instanceof Error && /timeout|timed out/i.test(`${e.name} ${e.message}`)) {
      shared.backOffUntil = Date.now() + BACK_OFF_MS;
      if (!shared.warned) console.warn("[folio] the shared page cache (Redis) is not answering, pages render without it for a while");
    }
    throw e;
  }
}

async function flushPendingTags(/** @type {Shared} */ shared) {
  if (!shared.pendingTags.size) return;
  const tags = [...shared.pendingTags];
  await run(shared, "EXPIRE", [shared.keys.tags], tags);
  for (const tag of tags) shared.pendingTags.delete(tag);
}

function hold(/** @type {Shared} */ shared, /** @type {string} */ key, /** @type {Held} */ entry) {
  drop(shared, key);
  if (entry.bytes > shared.memoryBytes / 4) return;
  shared.held.set(key, entry);
  shared.heldBytes += entry.bytes;
  for (const [oldest, held] of shared.held) {
    if (shared.heldBytes <= shared.memoryBytes) break;
    shared.held.delete(oldest);
    shared.heldBytes -= held.bytes;
  }
}

function drop(/** @type {Shared} */ shared, /** @type {string} */ key) {
  const held = shared.held.get(key);
  if (!held) return;
  shared.held.delete(key);
  shared.heldBytes -= held.bytes;
}

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

export default class RedisCache {
  /** @param {any} ctx */
  constructor(ctx) {
    this.shared = sharedState(ctx.serverDistDir ?? "");
  }

  resetRequestCache() {}

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const shared = this.shared;
    const { keys } = shared;
    const extraTags = ctx?.kind === "FETCH" ? JSON.stringify([...(ctx.tags ?? []), ...(ctx.softTags ?? [])]) : "[]";
    const lockMs = isResponseKind(ctx?.kind) ? String(LOCK_MS) : "0";
    const deadline = Date.now() + WAIT_MS;
    try {
      // Expiries this process could not send yet go first: no page they expire may be served.
      if (shared.pendingTags.size) await flushPendingTags(shared);
      for (;;) {
        const held = shared.held.get(key);
        const answer = /** @type {any[]} */ (await run(shared, "READ", [keys.entry(key), keys.tags, keys.lock(key)], [held?.version ?? "", extraTags, lockMs]));
        const state = Number(answer[0]);
        if (state === SAME && held) {
          // Least recently used goes first: a read moves the entry to the back.
          shared.held.delete(key);
          shared.held.set(key, held);
          return { lastModified: held.at, value: held.value, cacheControl: held.cacheControl };
        }
        if (state === FRESH) {
          const text = unpack(String(answer[3]));
          const { value, cacheControl } = fromWire(text);
          const entry = { version: String(answer[2]), at: Number(answer[1]), value, cacheControl, bytes: text.length };
          hold(shared, key, entry);
          return { lastModified: entry.at, value, cacheControl };
        }
        drop(shared, key);
        // A miss: render here if this process took the lock (or none was wanted), else wait for
        // the process that holds it, and render after all if it takes too long.
        if (lockMs === "0" || Number(answer[1]) === 1 || Date.now() > deadline) return null;
        await sleep(POLL_MS);
      }
    } catch {
      return null;
    }
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const shared = this.shared;
    const { keys } = shared;
    try {
      // A 404 (an unknown slug) is rendered again when asked, never kept; the lock is let go.
      if (!data || data.status === 404) {
        SharedCacheControls.cacheControls?.delete(key);
        drop(shared, key);
        if (shared.client.isReady) await shared.client.sendCommand(["DEL", keys.lock(key)], { timeout: COMMAND_TIMEOUT_MS, rejectInFlight: true });
        return;
      }
      // A page's lifetime travels with it (Next prefers the stored one, as with its own cache).
      const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
      const text = toWire({ value: data, cacheControl });
      const version = crypto.randomUUID();
      const at = Number(await run(shared, "WRITE", [keys.entry(key), keys.lock(key)], [version, JSON.stringify(tagsOf(data, ctx)), pack(text), String(ENTRY_TTL_MS)]));
      hold(shared, key, { version, at, value: data, cacheControl, bytes: text.length });
    } catch {
      drop(shared, key);
    }
  }

  /** Every expiry is immediate (Folio asks for no stale-while-revalidate), in every process. @param {string | string[]} tags */
  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (!list.length) return;
    const shared = this.shared;
    for (const tag of list) shared.pendingTags.add(tag);
    try {
      await flushPendingTags(shared);
    } catch {
      // Sent when Redis is back (the "ready" handler). Until then nothing is cached anyway.
      return;
    }
    if (Date.now() - shared.lastPrune > PRUNE_EVERY_MS) {
      shared.lastPrune = Date.now();
      run(shared, "PRUNE", [shared.keys.tags], [String(ENTRY_TTL_MS)]).catch(() => {});
    }
  }
}

/** What this process holds in memory, for tests. */
export function redisCacheUsage() {
  const shared = /** @type {Record<symbol, Shared | undefined>} */ (/** @type {unknown} */ (globalThis))[SHARED];
  return { entries: shared?.held.size ?? 0, bytes: shared?.heldBytes ?? 0, connected: !!shared?.client?.isReady };
}

/**
 * Expires tags in Redis from outside a request (`npm run import`, or work a request does not
 * own). Uses this process's client when the handler runs here, else a short-lived one.
 */
export async function expireTagsInRedis(/** @type {{ url: string, tags: string[], prefix?: string }} */ { url, tags, prefix = "folio:" }) {
  if (!tags.length) return;
  const shared = /** @type {Record<symbol, Shared | undefined>} */ (/** @type {unknown} */ (globalThis))[SHARED];
  if (shared) {
    for (const tag of tags) shared.pendingTags.add(tag);
    await flushPendingTags(shared).catch(() => {});
    return;
  }
  const client = createClient({ url, socket: { connectTimeout: 5_000, reconnectStrategy: false } });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.sendCommand(["EVAL", SCRIPTS.EXPIRE.source, "1", keysFor(prefix, "").tags, ...tags]);
  } finally {
    await client.close().catch(() => {});
  }
}

/**
 * What an operator should be told of the Redis the page cache uses, or null when it is bounded
 * safely. Folio does not set Redis's memory bound: without one (maxmemory 0) every invented search
 * adds a page until the machine runs out; with a policy that evicts any key (allkeys-*), the tag
 * records that expire pages can go, and an edit would no longer reach a page cached before it.
 * The cache's entries carry a time to live and its tag records do not, so volatile-lru (or
 * volatile-lfu, volatile-ttl) bounds the first and keeps the second.
 */
export function redisMemoryWarning(/** @type {{ maxmemory: number, policy: string }} */ { maxmemory, policy }) {
  if (!maxmemory) return "Redis has no memory bound (maxmemory 0): the shared page cache grows with every new search or listing. Set maxmemory, with maxmemory-policy volatile-lru.";
  if (!policy.startsWith("volatile-")) return `Redis's maxmemory-policy is ${policy}: ${policy === "noeviction" ? "once full, Redis refuses writes and pages are no longer shared" : "it may evict the tag records that expire pages, so an edit could miss a cached page"}. Use volatile-lru.`;
  return null;
}

/** Reads the bound and policy of the Redis at `url` and answers redisMemoryWarning's verdict. */
export async function checkRedisMemory(/** @type {{ url: string }} */ { url }) {
  const client = createClient({ url, socket: { connectTimeout: 5_000, reconnectStrategy: false } });
  client.on("error", () => {});
  await client.connect();
  try {
    const config = /** @type {Record<string, string>} */ (await client.configGet("maxmemory*"));
    return redisMemoryWarning({ maxmemory: Number(config.maxmemory ?? 0), policy: String(config["maxmemory-policy"] ?? "noeviction") });
  } finally {
    await client.close().catch(() => {});
  }
}
