import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refuseAtTheDoor, shortenOverLongPath } from "@/lib/http/front-door";

const SITE = "http://localhost:3000";
const door = (method: string, url: string, origin?: string) => refuseAtTheDoor({ method, url, origin, siteUrl: SITE });

describe("refuseAtTheDoor", () => {
  it("lets the site's own requests through", () => {
    expect(door("GET", "/fr/privacy?x=1")).toBeNull();
    expect(door("POST", "/sign-in", SITE)).toBeNull();
    expect(door("POST", "/api/account/sign-in", "https://evil.example")).toBeNull(); // the gateway answers it
    expect(door("POST", "/oai", undefined)).toBeNull();
    expect(door("OPTIONS", "/")).toBeNull();
  });

  it.each(["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", ""])("answers %s with 405", (method) => {
    expect(door(method, "/")).toMatchObject({ status: 405, allow: "GET, HEAD, POST, OPTIONS" });
  });

  it.each([["https://evil.example"], ["null"], [undefined]])("refuses a post to a page from %s", (origin) => {
    expect(door("POST", "/fr/search", origin)).toMatchObject({ status: 403, code: "request.crossSite" });
    expect(door("POST", "/api-not-really", origin)).toMatchObject({ status: 403 });
  });

  it("hands a path too long for any address to Next as a short missing one", () => {
    expect(shortenOverLongPath(`/${"a".repeat(3000)}?_rsc=1`)).toBe("/-too-long-?_rsc=1");
    expect(shortenOverLongPath(`/fr/analyses/${"a".repeat(3000)}`)).toBe("/fr/-too-long-");
    expect(shortenOverLongPath(`/search?q=${"a".repeat(3000)}`)).toBeNull();
    expect(shortenOverLongPath("/analyses/x")).toBeNull();
  });

  it("never throws, and refuses every method but the four", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.string()), (method, url, origin) => {
        const refusal = door(method, url, origin ?? undefined);
        if (!["GET", "HEAD", "POST", "OPTIONS"].includes(method)) expect(refusal?.status).toBe(405);
      }),
    );
  });
});
