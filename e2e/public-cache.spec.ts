import { expect, test } from "@playwright/test";
import { FLAGSHIP } from "./helpers";

// Public pages are cacheable and the same for everyone: nothing per-user in their HTML.
for (const path of ["/", `/analyses/${FLAGSHIP}`, "/authors/kenji-arakawa", "/centers/asia", "/centers", "/authors"]) {
  test(`${path} is served from cache, identical for every visitor`, async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const withCookie = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "authjs.session-token=someone; other=1" } });
    await anonymous.get(path); // first request renders and caches an on-demand page
    const a = await anonymous.get(path);
    const b = await withCookie.get(path);
    expect(a.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
    expect(a.headers()["set-cookie"]).toBeUndefined();
    expect(await b.text()).toBe(await a.text());
    await anonymous.dispose();
    await withCookie.dispose();
  });
}
