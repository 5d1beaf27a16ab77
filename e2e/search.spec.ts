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

test.describe("the search page", () => {
  test("finds French text without accents and highlights the match safely", async ({ page }) => {
    await page.goto("/search?q=securite");
    const item = page.locator("#main article").filter({ hasText: "Le Japon et la stratégie indo-pacifique" });
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId("snippet").locator("mark").first()).toHaveText("sécurité");
  });

  // PostgreSQL stems each publication in its own language; SQLite's FTS5 matches words as written
  // (accents aside), as docs/readers.md says.
  test("on PostgreSQL, a French query finds the French forms of its words", async ({ page }) => {
    test.skip(!process.env.DATABASE_URL?.startsWith("postgres"), "stemming is PostgreSQL's");
    // "renouvelable" is followed by another word, so it is matched whole: the text says "renouvelables".
    await page.goto(`/search?q=${encodeURIComponent("renouvelable Afrique")}`);
    await expect(page.getByRole("link", { name: "La transition énergétique en Afrique : promesses et obstacles" })).toBeVisible();
    await page.goto(`/search?q=${encodeURIComponent("sanction économie")}`);
    await expect(page.getByRole("link", { name: "L'économie russe face aux sanctions" })).toBeVisible();
  });

  test("facets count the results and filter them", async ({ page }) => {
    await page.goto("/search?q=russia");
    const status = page.getByRole("status");
    const total = Number((await status.textContent())!.match(/^(\d+) result/)![1]);
    expect(total).toBeGreaterThan(3);
    for (const name of ["Programme", "Author", "Type", "Topic", "Region", "Language", "Year"]) await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
    const facet = page.getByRole("region", { name: "Centre" }).getByRole("listitem").filter({ hasText: "Russia and Eurasia Centre" });
    const count = Number((await facet.textContent())!.match(/\((\d+)\)/)![1]);
    expect(count).toBeLessThan(total);
    await facet.getByRole("link").click();
    await expect(page).toHaveURL(/\/search\?q=russia&center=eurasia$/);
    await expect(status).toHaveText(`${count} result${count === 1 ? "" : "s"}`);
    await expect(page.getByRole("group", { name: "Current filters" })).toContainText("Centre: Russia and Eurasia Centre");
  });

  test("a misspelt query that finds nothing offers the spelling that does", async ({ page }) => {
    await page.goto("/search?q=rusia%20enrgy");
    await expect(page.getByRole("status")).toHaveText("No publication matches this search.");
    const suggestion = page.getByRole("link", { name: "russia energy" });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(page).toHaveURL(/\/search\?q=russia\+energy$/);
    await expect(page.getByRole("article").first()).toBeVisible();
    await expect(page.getByText("Did you mean")).toHaveCount(0);
  });

  test("a draft's words are never suggested", async ({ page }) => {
    // "unreleased" is in the index only through the fixture's draft.
    await page.goto("/search?q=unreleasd");
    await expect(page.getByRole("status")).toHaveText("No publication matches this search.");
    await expect(page.getByText("Did you mean")).toHaveCount(0);
  });

  test("sorts by date on request", async ({ page }) => {
    await page.goto("/search?q=europe&sort=date");
    const dates = await page.locator("#main article time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test("phrases match only in order", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('"thaw that never came"')}`);
    await expect(page.getByRole("status")).toHaveText("1 result");
    await page.goto(`/search?q=${encodeURIComponent('"came never that thaw"')}`);
    await expect(page.getByRole("status")).toHaveText("No publication matches this search.");
  });

  test("hostile and over-long queries get a readable answer", async ({ page }) => {
    for (const q of ['"unbalanced', "NEAR(a b) OR *", "'; DROP TABLE \"Publication\"; --", "🙂", "x".repeat(300)]) {
      const res = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(res?.status(), q).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    }
    await expect(page.getByRole("alert").filter({ hasText: "at most 200 characters" })).toBeVisible();
  });

  test("the header's search works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("banner").getByLabel("Search the analyses").fill("hydrogen");
    await page.getByRole("banner").getByRole("button", { name: "Go" }).click();
    await expect(page).toHaveURL(/\/search\?q=hydrogen$/);
    await expect(page.locator("#main article").first()).toContainText("Hydrogen");
    await context.close();
  });
});
