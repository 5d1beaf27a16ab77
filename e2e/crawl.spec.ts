import { expect, test } from "@playwright/test";

// An anonymous visitor follows every same-site link from the home page: no response may be a PDF.
test("an anonymous crawl of the public site never receives a PDF", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const seen = new Set<string>();
  const queue = ["/"];
  const visited: string[] = [];
  while (queue.length && visited.length < 400) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await request.get(path, { maxRedirects: 0 });
    visited.push(path);
    expect(res.headers()["content-type"] ?? "", path).not.toContain("application/pdf");
    expect(res.status(), path).toBeLessThan(500);
    if (!(res.headers()["content-type"] ?? "").includes("text/html")) continue;
    for (const m of (await res.text()).matchAll(/href="([^"]+)"/g)) {
      const url = new URL(m[1].replace(/&amp;/g, "&"), baseURL);
      if (url.origin !== new URL(baseURL!).origin || url.pathname.startsWith("/_next/")) continue;
      // The listing's filter combinations are endless; one level of them is enough.
      if (url.pathname === "/analyses" && [...url.searchParams.keys()].length > 1) continue;
      queue.push(url.pathname + url.search);
    }
  }
  expect(visited.some((p) => p.endsWith("/pdf"))).toBe(true);
  expect(visited.length).toBeGreaterThan(50);
});

/** Whether robots.txt lets a crawler fetch `path`, with Google's rules: `*` matches anything, the longest rule wins. */
function allowedBy(robots: string, path: string): boolean {
  const rules = [...robots.matchAll(/^(Allow|Disallow):\s*(\S+)/gim)].map((m) => ({ allow: m[1].toLowerCase() === "allow", pattern: m[2] }));
  const matching = rules.filter((r) => new RegExp(`^${r.pattern.split("*").map((s) => s.replace(/[.?+^${}()|[\]\\]/g, "\\$&")).join(".*")}`).test(path));
  matching.sort((x, y) => y.pattern.length - x.pattern.length || Number(y.allow) - Number(x.allow));
  return matching[0]?.allow ?? true;
}

test("crawlers are kept to single-filter listings: robots.txt, nofollow links and canonical links", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/", "/analyses", "/analyses?topic=security", "/analyses?topic=security&page=2", "/analyses?region=asia&page=60&after=abc.def", "/authors/kenji-arakawa"]) expect(allowedBy(robots, path), path).toBe(true);
  for (const path of ["/analyses?topic=security&region=asia", "/analyses?center=asia&type=report&page=2", "/search?q=russia", "/search"]) expect(allowedBy(robots, path), path).toBe(false);

  const single = await (await request.get("/analyses?topic=security")).text();
  expect(single).toContain('<link rel="canonical" href="http://localhost:3100/analyses?topic=security"/>');

  // Three filters: every chip removes one and leads to two, a combination crawlers should not follow.
  const html = await (await request.get("/analyses?topic=security&region=russia&type=report")).text();
  expect(html).toContain('<link rel="canonical" href="http://localhost:3100/analyses?topic=security"/>');
  const links = [...html.matchAll(/<a [^>]*href="(\/analyses\?[^"]*)"[^>]*>/g)].map((m) => ({ tag: m[0], query: new URLSearchParams(m[1].replace(/&amp;/g, "&").split("?")[1]) }));
  const combinations = links.filter((l) => ["center", "program", "topic", "region", "author", "type", "language", "year"].filter((k) => l.query.has(k)).length > 1);
  expect(combinations.length).toBeGreaterThanOrEqual(3);
  for (const l of combinations) expect(l.tag, l.tag).toMatch(/rel="nofollow"/);
});
