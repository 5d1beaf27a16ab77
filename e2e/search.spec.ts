import { expect, test } from "@playwright/test";

// The suggestion endpoint, over each database's own full-text engine.
test("suggestions: accents, prefixes, phrases and researchers", async ({ request }) => {
  const get = async (q: string) => {
    const res = await request.get(`/api/search/suggest?q=${encodeURIComponent(q)}`);
    expect(res.status(), q).toBe(200);
    return (await res.json()) as { titles: Array<{ slug: string; title: string }>; authors: Array<{ slug: string; name: string }> };
  };
  expect((await get("strategie indo")).titles.map((t) => t.slug)).toContain("japon-strategie-indo-pacifique");
  expect((await get("thaw that nev")).titles.map((t) => t.slug)).toContain("japan-russia-thaw-that-never-came");
  expect((await get('"thaw that never"')).titles.map((t) => t.slug)).toEqual(["japan-russia-thaw-that-never-came"]);
  expect((await get('"never that thaw"')).titles).toEqual([]);
  expect((await get("marche")).authors.map((a) => a.slug)).toEqual(["sofia-marchetti"]);
  expect((await get("unreleased draft")).titles).toEqual([]);
  expect((await get("a")).titles.length).toBeLessThanOrEqual(5);
});

test("hostile queries get a clear answer, never a server error", async ({ request }) => {
  for (const q of ['"unbalanced', "NEAR(a b)", "title:*", "'; DROP TABLE \"Publication\"; --", "a & b | !c", "🙂 énergie", "* OR *", "x:*&|", "<script>"]) {
    const res = await request.get(`/api/search/suggest?q=${encodeURIComponent(q)}`);
    expect([200, 400], q).toContain(res.status());
    expect(res.headers()["content-type"], q).toContain("application/json");
  }
  for (const q of ["", "   ", "!!!", "x".repeat(201)]) {
    const res = await request.get(`/api/search/suggest?q=${encodeURIComponent(q)}`);
    expect(res.status(), JSON.stringify(q)).toBe(400);
    expect((await res.json()).error).toBeTruthy();
  }
});
