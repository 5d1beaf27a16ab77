import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A stand-in for the server's own port: it counts what it is asked for, and how much at once.
const seen: string[] = [];
let inFlight = 0;
let peak = 0;
const server = http.createServer((req, res) => {
  seen.push(req.url!);
  inFlight++;
  peak = Math.max(peak, inFlight);
  setTimeout(() => {
    inFlight--;
    res.end("ok");
  }, 20);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.PORT = String((server.address() as AddressInfo).port);
});
afterAll(() => server.close());

// Waits until at least `atLeast` requests came and none followed for 300 ms: a loaded machine (CI
// compiling beside the tests) may pause longer than one quiet interval between two requests.
const settle = async ({ atLeast = 0 }: { atLeast?: number } = {}) => {
  const deadline = Date.now() + 30_000;
  let last = -1;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    if (seen.length !== last || inFlight > 0) {
      last = seen.length;
      quietSince = Date.now();
    } else if (seen.length >= atLeast && Date.now() - quietSince >= 300) return;
  }
};

describe("rewarmPages", () => {
  it("does nothing outside a running server", async () => {
    const { rewarmPages } = await import("@/lib/cache/rewarm");
    rewarmPages({ paths: ["/nowhere"] });
    await settle();
    expect(seen).toEqual([]);
  });

  it("renders each expired page once, two at a time, and drops what is beyond its bound", async () => {
    const { enableRewarming, rewarmPages, pathsToRewarm } = await import("@/lib/cache/rewarm");
    enableRewarming();
    rewarmPages({ paths: pathsToRewarm(["p:x", "path:/analyses/a", "path:/authors/b", "path:/analyses/a", "catalog"]) });
    await settle({ atLeast: 8 });
    // Every page in every locale, by its public address.
    expect([...seen].sort()).toEqual(["/", "/analyses", "/analyses/a", "/authors/b", "/fr", "/fr/analyses", "/fr/analyses/a", "/fr/authors/b"]);
    // The default language's pages are queued first.
    expect(pathsToRewarm(["path:/analyses/a", "catalog"])).toEqual(["/analyses/a", "/", "/analyses", "/fr/analyses/a", "/fr", "/fr/analyses"]);
    expect(peak).toBeLessThanOrEqual(2);

    seen.length = 0;
    rewarmPages({ paths: Array.from({ length: 500 }, (_, i) => `/analyses/p${i}`) });
    await settle({ atLeast: 200 });
    expect(seen.length).toBeLessThanOrEqual(202);
    expect(seen.length).toBeGreaterThanOrEqual(200);
    expect(new Set(seen).size).toBe(seen.length);
    expect(peak).toBeLessThanOrEqual(2);
  });

  it("renders a later change's default-language pages before an earlier change's other-language ones", async () => {
    const { rewarmPages } = await import("@/lib/cache/rewarm");
    seen.length = 0;
    rewarmPages({ paths: ["/fr/a", "/fr/b", "/fr/c", "/fr/d", "/fr/e"] });
    rewarmPages({ paths: ["/x", "/fr/x"] });
    await settle({ atLeast: 7 });
    // Two were already being rendered; "/x" comes next, before the waiting French pages.
    expect(seen.slice(0, 3).sort()).toEqual(["/fr/a", "/fr/b", "/x"].sort());
    expect(seen.at(-1)).toBe("/fr/x");
  });
});
