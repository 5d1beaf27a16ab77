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
    // A front cache keeps it at most FRONT_CACHE_SECONDS (300 by default), though Next keeps it a day.
    expect(Number(/s-maxage=(\d+)/.exec(a.headers()["cache-control"])?.[1])).toBe(300);
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
