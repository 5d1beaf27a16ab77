import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutEmptyParams, withoutVisitorQuery } from "@/lib/http/visitor-query";

describe("withoutVisitorQuery", () => {
  it.each([
    ["/analyses/japan?utm_source=evil.example", "/analyses/japan"],
    ["/?utm_source=evil.example&_rsc=abc", "/?_rsc=abc"],
    ["/authors/jane-roe?x=1", "/authors/jane-roe"],
    ["/centers/asia/japan?x=<script>", "/centers/asia/japan"],
    ["/feeds/analyses.xml?x=1", "/feeds/analyses.xml"],
  ])("drops the visitor's query from %s", (input, expected) => {
    expect(withoutVisitorQuery(input)).toBe(expected);
  });

  it.each([
    ["/analyses?type=report&utm_source=evil.example", "/analyses?type=report"],
    ["/analyses?utm_source=evil.example", "/analyses"],
    ["/search?utm_source=evil.example&q=japan&_rsc=x", "/search?q=japan&_rsc=x"],
    ["/search?sort=relevance&q=japan", "/search?q=japan"],
  ])("gives %s its canonical query", (input, expected) => {
    expect(withoutVisitorQuery(input)).toBe(expected);
  });

  it.each(["/analyses?center=asia", "/search?q=japan", "/sign-in?callbackUrl=/library", "/library?page=2", "/analyses/japan/pdf?x=1", "/account?email=changed", "/api/me?saved=a,b", "/reset-password?token=abc"])("keeps %s, whose page reads its query", (input) => {
    expect(withoutVisitorQuery(input)).toBe(input);
  });

  it("never keeps anything but _rsc on a static page, for any query", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (k, v) => {
        const out = withoutVisitorQuery(`/analyses/x?${new URLSearchParams([[k, v]])}`);
        const params = new URLSearchParams(out.split("?")[1] ?? "");
        expect([...params.keys()].every((key) => key === "_rsc")).toBe(true);
      }),
    );
  });

  it.each([
    ["/analyses?center=&program=&topic=energy&year=", "/analyses?topic=energy"],
    ["/analyses?center=&program=", "/analyses"],
    ["/search?q=japan&center=&sort=relevance", "/search?q=japan&sort=relevance"],
  ])("shortens the form's address %s", (input, expected) => {
    expect(withoutEmptyParams(input)).toBe(expected);
  });

  it.each(["/analyses", "/analyses?topic=energy", "/sign-in?callbackUrl=", "/analyses/x?y=", "/library?q="])("leaves %s alone", (input) => {
    expect(withoutEmptyParams(input)).toBeNull();
  });

  it("never loops: a shortened address has nothing left to shorten", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.oneof(fc.constant(""), fc.string()))), (pairs) => {
        const short = withoutEmptyParams(`/analyses?${new URLSearchParams(pairs)}`);
        if (short !== null) expect(withoutEmptyParams(short)).toBeNull();
      }),
    );
  });
});
