import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

let rl: typeof import("@/lib/security/rate-limit");

beforeAll(async () => {
  await useTempDatabase();
  rl = await import("@/lib/security/rate-limit");
});

describe("consumeRateLimit", () => {
  it("allows `limit` attempts per window, then refuses with the time left, then releases", async () => {
    const take = () => rl.consumeRateLimit({ prefix: "test", key: "a", limit: 3, windowSeconds: 2 });
    for (let i = 0; i < 3; i++) expect(await take()).toEqual({ ok: true });
    const refused = await take();
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(!refused.ok && refused.retryAfterSeconds).toBeLessThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 2100));
    expect(await take()).toEqual({ ok: true });
  });

  it("counts keys and prefixes separately", async () => {
    for (let i = 0; i < 2; i++) expect(await rl.consumeRateLimit({ prefix: "test", key: "b", limit: 2, windowSeconds: 60 })).toEqual({ ok: true });
    expect((await rl.consumeRateLimit({ prefix: "test", key: "b", limit: 2, windowSeconds: 60 })).ok).toBe(false);
    expect(await rl.consumeRateLimit({ prefix: "test", key: "c", limit: 2, windowSeconds: 60 })).toEqual({ ok: true });
    expect(await rl.consumeRateLimit({ prefix: "other", key: "b", limit: 2, windowSeconds: 60 })).toEqual({ ok: true });
  });

  it("lets exactly `limit` of many concurrent attempts through", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => rl.consumeRateLimit({ prefix: "test", key: "burst", limit: 5, windowSeconds: 60 })));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });
});

describe("checkAuthRateLimit", () => {
  it("counts an email however it is spaced or cased", async () => {
    const variants = ["victim@example.org", " victim@example.org", "VICTIM@example.org", "Victim@Example.Org ", "victim@example.org\t"];
    // Five per email in a window by default: a sixth spelling is refused.
    for (const [i, email] of variants.entries()) expect(await rl.checkAuthRateLimit({ action: "sign-in", email, address: `192.0.2.${i}` })).toEqual({ ok: true });
    expect((await rl.checkAuthRateLimit({ action: "sign-in", email: "vIcTiM@EXAMPLE.org", address: "192.0.2.99" })).ok).toBe(false);
  });
});
