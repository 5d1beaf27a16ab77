import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import RedisCache, { OPTIONS_KEY, expireTagsInRedis, fromWire, keysFor, redisMemoryWarning, toWire } from "@/lib/cache/redis-cache-handler";

// Against the machine's Redis (127.0.0.1:6379), under a prefix of this run's own, removed after.
// Each "process" is a handler with a state of its own: the state is per process (a global), so
// the test drops it between two handlers to stand for two servers.
const URL_ = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `folio-test-${crypto.randomBytes(4).toString("hex")}:`;
const SHARED = Symbol.for("folio.redisCache.shared");
const g = globalThis as Record<symbol, unknown>;
let serverDistDir: string;
const handlers: RedisCache[] = [];
const admin = createClient({ url: URL_ });

/** A handler as a new server process would make it, waiting until its client is connected. */
async function newProcess({ url = URL_ }: { url?: string } = {}) {
  delete g[SHARED];
  g[OPTIONS_KEY] = { url, memoryBytes: 1024 * 1024, prefix };
  const handler = new RedisCache({ serverDistDir });
  handlers.push(handler);
  if (url === URL_) await expect.poll(() => clientOf(handler).isReady).toBe(true);
  return handler;
}
const clientOf = (h: RedisCache) => (h as unknown as { shared: { client: { isReady: boolean; close(): Promise<void>; destroy(): void } } }).shared.client;

const page = (html: string, tags: string[], status = 200) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  headers: { "x-next-cache-tags": tags.join(",") },
  status,
  postponed: undefined,
  segmentData: new Map([["/_tree", Buffer.from([0, 1, 2, 255])]]),
});
const ctx = { cacheControl: { revalidate: 86_400, expire: undefined } };
const key = (slug: string) => `/route-cache/APP_PAGE/0123abcd/$/en/analyses/${slug}`;

beforeAll(async () => {
  serverDistDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "folio-redis-")), "server");
  fs.mkdirSync(serverDistDir, { recursive: true });
  fs.writeFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "build-1");
  await admin.connect();
});

afterAll(async () => {
  for (const h of handlers) clientOf(h).destroy();
  delete g[SHARED];
  delete g[OPTIONS_KEY];
  for await (const keys of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) if (keys.length) await admin.del(keys);
  await admin.close();
});

describe("values on the wire", () => {
  it("keep Buffers, Maps, nested objects and Unicode as they were", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.uint8Array({ maxLength: 64 }), fc.dictionary(fc.string({ unit: "grapheme" }), fc.uint8Array({ maxLength: 16 })), (html, bytes, segments) => {
        const value = { kind: "APP_PAGE", html, rscData: Buffer.from(bytes), segmentData: new Map(Object.entries(segments).map(([k, v]) => [k, Buffer.from(v)])), headers: { a: "1" }, status: 200 };
        const back = fromWire(toWire(value));
        expect(back.html).toBe(html);
        expect(Buffer.isBuffer(back.rscData) && back.rscData.equals(Buffer.from(bytes))).toBe(true);
        expect([...back.segmentData!.keys()]).toEqual(Object.keys(segments));
        for (const [k, v] of Object.entries(segments)) expect(back.segmentData!.get(k)!.equals(Buffer.from(v))).toBe(true);
      }),
    );
  });

  it("leaves a plain object that merely looks like an encoded one alone when it has other fields", () => {
    expect(fromWire(toWire({ $b: "x", other: 1 }))).toEqual({ $b: "x", other: 1 });
  });
});

describe("the shared page cache on Redis", () => {
  it("serves a page written by one process to another, Buffers and segments intact", async () => {
    const [a, b] = [await newProcess(), await newProcess()];
    await a.set(key("shared"), page("<p>Shared</p>", ["_N_T_/en/analyses/shared", "p:1"]), ctx);
    const read = await b.get(key("shared"), { kind: "APP_PAGE" });
    expect(read?.value.html).toBe("<p>Shared</p>");
    expect(read?.value.rscData?.toString()).toBe("rsc:<p>Shared</p>");
    expect(read?.value.segmentData?.get("/_tree")).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(read?.cacheControl).toEqual({ revalidate: 86_400 });
    // Read again, the page is not sent again: the process's own copy is confirmed current.
    const again = await b.get(key("shared"), { kind: "APP_PAGE" });
    expect(again?.value).toBe(read?.value);
  });

  it("expires a page in every process as soon as one process expires one of its tags", async () => {
    const [a, b] = [await newProcess(), await newProcess()];
    await a.set(key("edited"), page("<p>Old</p>", ["_N_T_/en/analyses/edited", "p:2"]), ctx);
    await a.set(key("untouched"), page("<p>Other</p>", ["_N_T_/en/analyses/untouched", "p:3"]), ctx);
    expect((await b.get(key("edited"), { kind: "APP_PAGE" }))?.value.html).toBe("<p>Old</p>");
    await a.revalidateTag(["p:2"]);
    expect(await b.get(key("edited"), { kind: "APP_PAGE" })).toBeNull();
    expect((await b.get(key("untouched"), { kind: "APP_PAGE" }))?.value.html).toBe("<p>Other</p>");
    // A render after the expiry is current again.
    await b.set(key("edited"), page("<p>New</p>", ["_N_T_/en/analyses/edited", "p:2"]), ctx);
    expect((await a.get(key("edited"), { kind: "APP_PAGE" }))?.value.html).toBe("<p>New</p>");
  });

  it("expires cached data by the tags of the page reading it", async () => {
    const [a, b] = [await newProcess(), await newProcess()];
    const data = { kind: "FETCH", data: { headers: {}, body: "e30=", status: 200, url: "" }, revalidate: 3600 };
    await a.set("fetch-key", data, { fetchCache: true, tags: ["catalog"] });
    expect((await b.get("fetch-key", { kind: "FETCH", tags: ["catalog"], softTags: ["_N_T_/en/layout"] }))?.value).toEqual(data);
    await a.revalidateTag("_N_T_/en/layout");
    expect(await b.get("fetch-key", { kind: "FETCH", tags: ["catalog"], softTags: ["_N_T_/en/layout"] })).toBeNull();
  });

  it("expires what an import names from outside any server (npm run import)", async () => {
    const a = await newProcess();
    await a.set(key("imported"), page("<p>Before import</p>", ["_N_T_/layout", "_N_T_/en/analyses/imported"]), ctx);
    delete g[SHARED];
    await expireTagsInRedis({ url: URL_, tags: ["_N_T_/layout"], prefix });
    const b = await newProcess();
    expect(await b.get(key("imported"), { kind: "APP_PAGE" })).toBeNull();
  });

  it("renders a cold page once: a second process waits for the first one's render", async () => {
    const [a, b] = [await newProcess(), await newProcess()];
    expect(await a.get(key("cold"), { kind: "APP_PAGE" })).toBeNull();
    const waiting = b.get(key("cold"), { kind: "APP_PAGE" });
    await new Promise((r) => setTimeout(r, 200));
    await a.set(key("cold"), page("<p>Rendered once</p>", ["p:4"]), ctx);
    expect((await waiting)?.value.html).toBe("<p>Rendered once</p>");
  });

  it("never keeps a 404, and lets the next process render it at once", async () => {
    const [a, b] = [await newProcess(), await newProcess()];
    expect(await a.get(key("unknown"), { kind: "APP_PAGE" })).toBeNull();
    await a.set(key("unknown"), page("<p>Not found</p>", ["p:5"], 404), ctx);
    const t0 = Date.now();
    expect(await b.get(key("unknown"), { kind: "APP_PAGE" })).toBeNull();
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(await admin.exists(keysFor(prefix, "build-1").entry(key("unknown")))).toBe(0);
  });

  it("keeps entries of another build apart", async () => {
    const a = await newProcess();
    await a.set(key("built"), page("<p>Build 1</p>", ["p:6"]), ctx);
    fs.writeFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "build-2");
    try {
      const b = await newProcess();
      expect(await b.get(key("built"), { kind: "APP_PAGE" })).toBeNull();
    } finally {
      fs.writeFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "build-1");
    }
  });

  it("gives up on a Redis that stops answering after about a second, then leaves it alone a while", async () => {
    // It answers the client's handshake (each command +OK) until told to go silent: a hung
    // server, not a dead one, so the connection stays open and only the timeout can help.
    const sockets: net.Socket[] = [];
    let silent = false;
    const hung = net.createServer((socket) => {
      sockets.push(socket);
      socket.on("data", (d) => {
        if (silent) return;
        const commands = d.toString("latin1").split("\r\n").filter((line) => line.startsWith("*")).length;
        socket.write("+OK\r\n".repeat(commands));
      });
    });
    await new Promise<void>((r) => hung.listen(0, "127.0.0.1", r));
    try {
      const { port } = hung.address() as net.AddressInfo;
      const stuck = await newProcess({ url: `redis://127.0.0.1:${port}` });
      await expect.poll(() => clientOf(stuck).isReady).toBe(true);
      silent = true;
      const t0 = Date.now();
      expect(await stuck.get(key("shared"), { kind: "APP_PAGE" })).toBeNull();
      const waited = Date.now() - t0;
      expect(waited).toBeGreaterThanOrEqual(900);
      expect(waited).toBeLessThan(3_000);
      // The process then leaves it alone for a while: the next requests do not wait.
      const t1 = Date.now();
      await stuck.set(key("shared"), page("<p>Lost</p>", ["p:8"]), ctx);
      expect(await stuck.get(key("shared"), { kind: "APP_PAGE" })).toBeNull();
      await stuck.revalidateTag(["p:8"]);
      expect(Date.now() - t1).toBeLessThan(200);
      // Once it answers again, the expiry it missed is sent before anything is read.
      const a = await newProcess();
      await a.set(key("missed"), page("<p>Stale</p>", ["p:9"]), ctx);
      await stuck.revalidateTag(["p:9"]);
      (stuck as unknown as { shared: { client: unknown; backOffUntil: number } }).shared.client = clientOf(a);
      (stuck as unknown as { shared: { backOffUntil: number } }).shared.backOffUntil = 0;
      expect(await stuck.get(key("missed"), { kind: "APP_PAGE" })).toBeNull();
    } finally {
      for (const s of sockets) s.destroy();
      hung.close();
    }
  });

  it("without Redis, reads miss and writes and expiries are dropped at once, without an error", async () => {
    const down = await newProcess({ url: "redis://127.0.0.1:1" });
    const t0 = Date.now();
    expect(await down.get(key("shared"), { kind: "APP_PAGE" })).toBeNull();
    await down.set(key("shared"), page("<p>Lost</p>", ["p:7"]), ctx);
    await down.revalidateTag(["p:7"]);
    expect(Date.now() - t0).toBeLessThan(1_000);
  });
});

// Issue 30, finding 7: Folio relied on a memory bound it neither set nor checked.
describe("Redis's memory bound", () => {
  it.each([
    [{ maxmemory: 0, policy: "noeviction" }, /no memory bound/],
    [{ maxmemory: 0, policy: "volatile-lru" }, /no memory bound/],
    [{ maxmemory: 1 << 30, policy: "allkeys-lru" }, /evict the tag records/],
    [{ maxmemory: 1 << 30, policy: "noeviction" }, /refuses writes/],
  ])("warns about %j", (config, warning) => {
    expect(redisMemoryWarning(config)).toMatch(warning);
  });

  it("accepts a bound with a volatile policy", () => {
    expect(redisMemoryWarning({ maxmemory: 1 << 30, policy: "volatile-lru" })).toBeNull();
  });

  it("reads the real server's settings", async () => {
    const { checkRedisMemory } = await import("@/lib/cache/redis-cache-handler");
    const client = createClient({ url: URL_ });
    await client.connect();
    const config = (await client.configGet("maxmemory*")) as Record<string, string>;
    await client.close();
    const settings = { maxmemory: Number(config.maxmemory), policy: config["maxmemory-policy"] };
    expect(await checkRedisMemory({ url: URL_ })).toBe(redisMemoryWarning(settings));
  });
});
