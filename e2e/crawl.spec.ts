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
