import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cachedPageTest, withoutEmptyParams, withoutVisitorQuery as strip, type PrerenderManifest } from "@/lib/http/visitor-query";

// The shape of a real build's .next/prerender-manifest.json (its routes and patterns, as built).
const MANIFEST: PrerenderManifest = {
  "routes": {
    "/_not-found": {},
    "/en": {},
    "/en/about": {},
    "/en/authors": {},
    "/en/centers": {},
    "/en/contact": {},
    "/en/privacy": {},
    "/en/terms": {},
    "/favicon.ico": {},
    "/feeds/analyses.xml": {},
    "/fr": {},
    "/fr/about": {},
    "/fr/authors": {},
    "/fr/centers": {},
    "/fr/contact": {},
    "/fr/privacy": {},
    "/fr/terms": {},
    "/icon.svg": {},
    "/robots.txt": {},
    "/sitemap.xml": {}
  },
  "dynamicRoutes": {
    "/feeds/[kind]/[file]": {
      "routeRegex": "^/feeds/([^/]+?)/([^/]+?)(?:/)?$"
    },
    "/sitemaps/[file]": {
      "routeRegex": "^/sitemaps/([^/]+?)(?:/)?$"
    },
    "/[locale]": {
      "routeRegex": "^/([^/]+?)(?:/)?$"
    },
    "/[locale]/about": {
      "routeRegex": "^/([^/]+?)/about(?:/)?$"
    },
    "/[locale]/analyses/[slug]": {
      "routeRegex": "^/([^/]+?)/analyses/([^/]+?)(?:/)?$"
    },
    "/[locale]/analyses/[slug]/cite/[format]": {
      "routeRegex": "^/([^/]+?)/analyses/([^/]+?)/cite/([^/]+?)(?:/)?$"
    },
    "/[locale]/analyses/[slug]/read": {
      "routeRegex": "^/([^/]+?)/analyses/([^/]+?)/read(?:/)?$"
    },
    "/[locale]/authors": {
      "routeRegex": "^/([^/]+?)/authors(?:/)?$"
    },
    "/[locale]/authors/[slug]": {
      "routeRegex": "^/([^/]+?)/authors/([^/]+?)(?:/)?$"
    },
    "/[locale]/bench/static/[kb]": {
      "routeRegex": "^/([^/]+?)/bench/static/([^/]+?)(?:/)?$"
    },
    "/[locale]/centers": {
      "routeRegex": "^/([^/]+?)/centers(?:/)?$"
    },
    "/[locale]/centers/[slug]": {
      "routeRegex": "^/([^/]+?)/centers/([^/]+?)(?:/)?$"
    },
    "/[locale]/centers/[slug]/[program]": {
      "routeRegex": "^/([^/]+?)/centers/([^/]+?)/([^/]+?)(?:/)?$"
    },
    "/[locale]/contact": {
      "routeRegex": "^/([^/]+?)/contact(?:/)?$"
    },
    "/[locale]/privacy": {
      "routeRegex": "^/([^/]+?)/privacy(?:/)?$"
    },
    "/[locale]/q/analyses/[key]": {
      "routeRegex": "^/([^/]+?)/q/analyses/([^/]+?)(?:/)?$"
    },
    "/[locale]/q/search/[key]": {
      "routeRegex": "^/([^/]+?)/q/search/([^/]+?)(?:/)?$"
    },
    "/[locale]/terms": {
      "routeRegex": "^/([^/]+?)/terms(?:/)?$"
    }
  }
};
const isCachedPage = cachedPageTest(MANIFEST);
const withoutVisitorQuery = (url: string) => strip(url, isCachedPage);

describe("withoutVisitorQuery", () => {
  it.each([
    ["/analyses/japan?utm_source=evil.example", "/analyses/japan"],
    ["/?utm_source=evil.example&_rsc=abc", "/?_rsc=abc"],
    ["/authors/jane-roe?x=1", "/authors/jane-roe"],
    ["/centers/asia/japan?x=<script>", "/centers/asia/japan"],
    ["/feeds/analyses.xml?x=1", "/feeds/analyses.xml"],
    // What a hand-kept list forgot: French pages and the English site pages.
    ["/fr/privacy?utm_source=RTX", "/fr/privacy"],
    ["/fr?utm_source=RTX", "/fr"],
    ["/fr/analyses/japan/read?utm_source=RTX", "/fr/analyses/japan/read"],
    ["/fr/centers/asia/japan?x=1", "/fr/centers/asia/japan"],
    ["/about?x=1", "/about"],
    ["/contact?x=1", "/contact"],
    ["/terms?x=1", "/terms"],
    ["/privacy?x=1&_rsc=1", "/privacy?_rsc=1"],
  ])("drops the visitor's query from %s", (input, expected) => {
    expect(withoutVisitorQuery(input)).toBe(expected);
  });

  it.each([
    ["/analyses?type=report&utm_source=evil.example", "/analyses?type=report"],
    ["/analyses?utm_source=evil.example", "/analyses"],
    ["/search?utm_source=evil.example&q=japan&_rsc=x", "/search?q=japan&_rsc=x"],
    ["/search?sort=relevance&q=japan", "/search?q=japan"],
    ["/fr/analyses?utm_source=RTX&type=report", "/fr/analyses?type=report"],
    ["/fr/search?utm_source=RTX&q=japon", "/fr/search?q=japon"],
  ])("gives %s its canonical query", (input, expected) => {
    expect(withoutVisitorQuery(input)).toBe(expected);
  });

  it.each(["/analyses?center=asia", "/search?q=japan", "/sign-in?callbackUrl=/library", "/library?page=2", "/analyses/japan/pdf?x=1", "/account?email=changed", "/api/me?saved=a,b", "/reset-password?token=abc", "/fr/library?page=2", "/fr/sign-in?callbackUrl=/fr/library", "/oai?verb=Identify", "/sign-in/check-email?for=reset"])("keeps %s, whose page reads its query", (input) => {
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
