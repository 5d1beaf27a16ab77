// A visitor's query string must never be baked into a page that others are served. The routes are
// read from the build itself (every page route in both languages, and the unprefixed English
// addresses), so a route added later is walked without anyone remembering to add it here.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demo, FLAGSHIP } from "./helpers";

const center = demo.centers.find((c) => c.programs.length)!;
const PARAMS: Record<string, string> = {
  "[slug]": FLAGSHIP,
  "[program]": center.programs[0].slug,
  "[format]": "bibtex",
};

/** Every page address of the build: `[locale]` in each language and unprefixed, parameters filled. */
function pageAddresses(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const addresses = new Set<string>();
  for (const [file, route] of Object.entries(manifest)) {
    // Pages only (the feeds and sitemaps are walked by their own tests), not the back office
    // (signed-in editors only), not the internal cached-query routes, nor the bench's pages.
    if (!file.endsWith("/page") || !route.startsWith("/[locale]") || /\/(admin|q|bench)(\/|$)/.test(route)) continue;
    const filled = route
      .split("/")
      .map((segment) => {
        if (segment === "[slug]" && route.includes("/authors/")) return demo.authors[0].slug;
        if (segment === "[slug]" && route.includes("/centers/")) return center.slug;
        return PARAMS[segment] ?? segment;
      })
      .join("/");
    for (const locale of ["en", "fr"]) addresses.add(filled.replace("[locale]", locale));
    addresses.add(filled.replace("/[locale]", "") || "/");
  }
  return [...addresses].filter((a) => !a.startsWith("/en/") && a !== "/en").sort();
}

test("no page, in either language, keeps a visitor's query string for the next visitor", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const addresses = pageAddresses();
  // The walk covers what a hand-kept list forgot: French pages and the English site pages.
  expect(addresses).toEqual(expect.arrayContaining(["/fr", "/fr/privacy", "/fr/about", `/fr/analyses/${FLAGSHIP}/read`, "/about", "/contact", "/privacy", "/terms", "/fr/search"]));
  const poisoned: string[] = [];
  for (const address of addresses) {
    const tracer = `RTX${Math.random().toString(36).slice(2, 10)}`;
    const visitor = await playwright.request.newContext({ baseURL });
    // Twice: the first may render it, the second is served from what was kept.
    for (let i = 0; i < 2; i++) {
      const res = await visitor.get(`${address}?utm_source=${tracer}&${tracer}=1`, { maxRedirects: 0 });
      expect(res.status(), address).toBeLessThan(500);
    }
    await visitor.get(`${address}?utm_source=${tracer}`, { headers: { RSC: "1" }, maxRedirects: 0 });
    await visitor.dispose();
    const next = await playwright.request.newContext({ baseURL });
    for (const headers of [{}, { RSC: "1" }] as Array<Record<string, string>>) {
      const body = await (await next.get(address, { headers, maxRedirects: 0 })).text();
      if (body.includes(tracer)) poisoned.push(`${address}${"RSC" in headers ? " (RSC)" : ""}`);
    }
    await next.dispose();
  }
  expect(poisoned).toEqual([]);
});
