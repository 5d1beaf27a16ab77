import { describe, expect, it } from "vitest";
import { cachedQueryPath, decodeQueryKey, readQueryKey } from "@/lib/http/query-cache";

const path = (pathname: string, qs: string) => cachedQueryPath(pathname, new URLSearchParams(qs));

describe("cachedQueryPath", () => {
  it("gives one cache entry per listing, whatever the parameter order or junk", () => {
    const a = path("/analyses", "center=asia&type=report&page=2");
    expect(a).toMatch(/^\/q\/analyses\/[A-Za-z0-9_-]+$/);
    expect(path("/analyses", "page=2&type=report&center=asia")).toBe(a);
    expect(path("/analyses", "type=report&center=asia&page=2&utm_source=x&_rsc=abc")).toBe(a);
    expect(path("/analyses", "type=novel&center=asia&type=report&page=2")).not.toBe(a);
    expect(decodeQueryKey(a!.split("/").pop()!).toString()).toBe("center=asia&type=report&page=2");
  });

  it("sends bad values to the same entry as no value, and no query to the bare listing", () => {
    expect(path("/analyses", "page=abc&year=99999")).toBe("/q/analyses/-");
    expect(path("/analyses", "")).toBe("/q/analyses/-");
  });

  it("keys searches by query, sort, filters and page", () => {
    const s = path("/search", "q=energy+security&sort=date&page=2");
    expect(s).not.toBe(path("/search", "q=energy+security&page=2"));
    expect(path("/search", "page=2&sort=date&q=energy%20security")).toBe(s);
    expect(path("/search", "q=++")).toBe("/q/search/-");
  });

  it("renders queries too long for a cache file name per request", () => {
    expect(path("/search", `q=${"word ".repeat(60)}`)).toBeNull();
  });

  it("leaves other paths alone", () => {
    expect(path("/authors", "page=2")).toBeNull();
  });
});

describe("readQueryKey", () => {
  it("accepts only canonical keys, so one page has one cache entry", () => {
    const key = path("/analyses", "center=asia")!.split("/").pop()!;
    expect(readQueryKey("/analyses", key)?.get("center")).toBe("asia");
    const reordered = Buffer.from("type=report&center=asia").toString("base64url");
    expect(readQueryKey("/analyses", reordered)).toBeNull();
    expect(readQueryKey("/analyses", "not-base64!")).toBeNull();
  });
});
