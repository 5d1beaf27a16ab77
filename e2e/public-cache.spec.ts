import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { FLAGSHIP } from "./helpers";

// Public pages are cacheable and the same for everyone: nothing per-user in their HTML.
// Listings and searches too: each canonical query string is cached on its own.
for (const path of ["/", `/analyses/${FLAGSHIP}`, "/authors/kenji-arakawa", "/centers/asia", "/centers", "/authors", "/analyses?type=report&page=1", "/search?q=russia"]) {
  test(`${path} is served from cache, identical for every visitor`, async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const withCookie = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "authjs.session-token=someone; other=1" } });
    await anonymous.get(path); // first request renders and caches an on-demand page
    const a = await anonymous.get(path);
    const b = await withCookie.get(path);
    // A front cache keeps it FRONT_CACHE_SECONDS (5 by default), and as long again while it asks
    // for a fresh copy, though Next keeps it a day.
    expect(a.headers()["cache-control"]).toMatch(/^s-maxage=5, stale-while-revalidate=5$/);
    expect(a.headers()["set-cookie"]).toBeUndefined();
    expect(await b.text()).toBe(await a.text());
    await anonymous.dispose();
    await withCookie.dispose();
  });
}

test("the cache's internal addresses are not pages of their own", async ({ request }) => {
  for (const path of ["/q/analyses/-", "/q/search/cT1ydXNzaWE"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
  }
});

test("unknown slugs and unusable names never reach the page cache on disk", async ({ request }) => {
  const cacheDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next-e2e", "server", "route-cache");
  const unknown = `no-such-analysis-${Date.now()}`;
  const long = "x".repeat(300);
  for (const p of [`/analyses/${unknown}`, `/analyses/${unknown}`, `/authors/${long}`, "/analyses/%0d%0aset-cookie", "/analyses/%00"]) {
    const res = await request.get(p);
    expect(res.status(), p).toBe(404);
    expect(await res.text(), p).toContain("This page does not exist");
  }
  const written = fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir, { recursive: true }).map(String) : [];
  expect(written.filter((f) => f.includes(unknown) || f.includes(long.slice(0, 200)) || /set-cookie|\r|\n|\0/.test(f))).toEqual([]);
  // A known page is written there, so the check above looks in the right place.
  await request.get(`/analyses/${FLAGSHIP}`);
  expect(fs.readdirSync(cacheDir, { recursive: true }).map(String).some((f) => f.endsWith(`${FLAGSHIP}.html`))).toBe(true);
});
