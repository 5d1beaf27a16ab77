import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frontCacheControl } from "@/lib/http/front-cache";

describe("frontCacheControl", () => {
  it("caps s-maxage and stale-while-revalidate, and leaves the rest alone", () => {
    expect(frontCacheControl("s-maxage=86400, stale-while-revalidate=31449600", 5)).toBe("s-maxage=5, stale-while-revalidate=5");
    expect(frontCacheControl("s-maxage=3, stale-while-revalidate=60", 5)).toBe("s-maxage=3, stale-while-revalidate=5");
    expect(frontCacheControl("s-maxage=60", 300)).toBe("s-maxage=60");
    expect(frontCacheControl("private, no-cache, no-store, max-age=0, must-revalidate", 300)).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
  });

  it("never raises a lifetime, and never turns a private answer public", () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), fc.nat(100_000), fc.constantFrom("", "private, ", "public, "), (n, swr, cap, prefix) => {
        const out = frontCacheControl(`${prefix}s-maxage=${n}, stale-while-revalidate=${swr}`, cap);
        expect(out.startsWith(prefix)).toBe(true);
        expect(Number(/s-maxage=(\d+)/.exec(out)![1])).toBe(Math.min(n, cap));
        expect(Number(/stale-while-revalidate=(\d+)/.exec(out)![1])).toBe(Math.min(swr, cap));
      }),
    );
  });
});
