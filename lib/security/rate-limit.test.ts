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
});
