import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

let consumeRateLimit: typeof import("@/lib/security/rate-limit").consumeRateLimit;

beforeAll(async () => {
  await useTempDatabase();
  ({ consumeRateLimit } = await import("@/lib/security/rate-limit"));
});

describe("consumeRateLimit", () => {
  it("allows `limit` attempts per window, then refuses with the time left, then releases", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
      const take = () => consumeRateLimit({ key: "test:a", limit: 3, windowSeconds: 60 });
      expect(await take()).toEqual({ ok: true });
      expect(await take()).toEqual({ ok: true });
      expect(await take()).toEqual({ ok: true });
      vi.setSystemTime(new Date("2026-01-01T00:00:20Z"));
      expect(await take()).toEqual({ ok: false, retryAfterSeconds: 40 });
      vi.setSystemTime(new Date("2026-01-01T00:01:01Z"));
      expect(await take()).toEqual({ ok: true });
    } finally {
      vi.useRealTimers();
    }
  });

  it("counts keys separately", async () => {
    for (let i = 0; i < 2; i++) expect(await consumeRateLimit({ key: "test:b", limit: 2, windowSeconds: 60 })).toEqual({ ok: true });
    expect((await consumeRateLimit({ key: "test:b", limit: 2, windowSeconds: 60 })).ok).toBe(false);
    expect(await consumeRateLimit({ key: "test:c", limit: 2, windowSeconds: 60 })).toEqual({ ok: true });
  });

  it("counts in a window another process opened between its two reads, instead of refusing", async () => {
    const { db } = await import("@/lib/db");
    const key = "test:race";
    // The window has expired, so the conditional increment misses...
    await db.rateLimit.create({ data: { key, count: 7, resetAt: new Date(Date.now() - 1000) } });
    const findUnique = db.rateLimit.findUnique.bind(db.rateLimit);
    const racing = async (args: Parameters<typeof findUnique>[0]) => {
      // ...and, before this process looks, another one opens the next window with its attempt.
      await db.rateLimit.update({ where: { key }, data: { count: 1, resetAt: new Date(Date.now() + 60_000) } });
      return findUnique(args);
    };
    const spy = vi.spyOn(db.rateLimit, "findUnique").mockImplementationOnce(racing as unknown as typeof findUnique);
    try {
      expect(await consumeRateLimit({ key, limit: 5, windowSeconds: 60 })).toEqual({ ok: true });
      expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });
});
