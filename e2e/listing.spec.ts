import { expect, test } from "@playwright/test";
import { published } from "./helpers";

const PAGE_SIZE = 20;
const newestFirst = [...published].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
const pageCount = Math.ceil(published.length / PAGE_SIZE);

const titles = (page: import("@playwright/test").Page) => page.locator("#main article h3 a");

test.describe("the listing", () => {
  test("is newest first and paginated", async ({ page }) => {
    await page.goto("/analyses");
    await expect(page.getByRole("status")).toHaveText(`${published.length} publications, page 1 of ${pageCount}`);
    await expect(titles(page)).toHaveText(newestFirst.slice(0, PAGE_SIZE).map((p) => p.title));

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/\/analyses\?page=2$/);
    await expect(titles(page)).toHaveText(newestFirst.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((p) => p.title));

    await page.getByRole("link", { name: `Page ${pageCount}` }).click();
    await expect(page).toHaveURL(new RegExp(`page=${pageCount}$`));
    await expect(titles(page)).toHaveText(newestFirst.slice((pageCount - 1) * PAGE_SIZE).map((p) => p.title));
    await expect(page.getByRole("link", { name: "Next →" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Pagination" }).locator('[aria-current="page"]')).toHaveText(String(pageCount));
  });

  test("each item shows type, date, title, authors and a teaser", async ({ page }) => {
    await page.goto("/analyses");
    const first = page.locator("#main article").first();
    const p = newestFirst[0];
    await expect(first.locator("time")).toHaveAttribute("datetime", p.publishedAt);
    await expect(first.getByRole("heading")).toHaveText(p.title);
    await expect(first.getByRole("link")).toHaveCount(1 + p.authors.length);
    await expect(first.locator("p").last()).not.toBeEmpty();
  });

  test("filters combine, are shown, and can be removed one by one", async ({ page }) => {
    await page.goto("/analyses?center=eurasia&type=analysis&language=en");
    const expected = published.filter((p) => p.center === "eurasia" && p.type === "analysis" && p.language === "en");
    await expect(page.getByRole("status")).toHaveText(`${expected.length} publications`);
    expect((await titles(page).allTextContents()).sort()).toEqual(expected.map((p) => p.title).sort());

    const chips = page.getByRole("group", { name: "Current filters" });
    await expect(chips).toContainText("Centre: Russia and Eurasia Centre");
    await expect(chips).toContainText("Type: Analysis");
    await expect(chips).toContainText("Language: English");

    await chips.getByRole("link", { name: /Remove filter Type/ }).click();
    await expect(page).toHaveURL(/\/analyses\?center=eurasia&language=en$/);
    const wider = published.filter((p) => p.center === "eurasia" && p.language === "en");
    await expect(page.getByRole("status")).toHaveText(`${wider.length} publications`);
    // The form shows the filters in force.
    await expect(page.getByLabel("Centre", { exact: true })).toHaveValue("eurasia");
    await expect(page.getByLabel("Type", { exact: true })).toHaveValue("");
  });

  test("filters by year, author, topic, region and programme", async ({ page }) => {
    const cases: Array<[string, (p: (typeof published)[number]) => boolean]> = [
      ["year=2024", (p) => p.publishedAt.startsWith("2024")],
      ["author=claire-dubois", (p) => p.authors.includes("claire-dubois")],
      ["topic=nuclear-policy", (p) => p.topics.includes("Nuclear policy")],
      ["region=south-caucasus", (p) => p.regions.includes("South Caucasus")],
      ["program=climate-diplomacy", (p) => p.programs.includes("climate-diplomacy")],
      ["language=fr&type=book-chapter", (p) => p.language === "fr" && p.type === "book-chapter"],
    ];
    for (const [qs, keep] of cases) {
      await page.goto(`/analyses?${qs}`);
      const n = published.filter(keep).length;
      expect(n, `${qs} matches demo content`).toBeGreaterThan(0);
      await expect(page.getByRole("status"), qs).toHaveText(`${n} publication${n === 1 ? "" : "s"}`);
    }
  });

  test("an empty result explains itself", async ({ page }) => {
    await page.goto("/analyses?center=asia&topic=migration");
    await expect(page.getByRole("status")).toHaveText("No publications match these filters.");
    await expect(page.getByText("Nothing matches these filters")).toBeVisible();
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/analyses");
    await page.getByLabel("Type", { exact: true }).selectOption("report");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/type=report/);
    const n = published.filter((p) => p.type === "report").length;
    await expect(page.getByRole("status")).toHaveText(`${n} publications`);
    await context.close();
  });
});

test.describe("bad query values", () => {
  for (const qs of ["page=-1", "page=abc", "page=0", "page=1.5", "page=1&page=2", "center=" + "x".repeat(500), "type=novel", "year=99999", "center[]=asia", "%E0%A4%A=1", "q=" + "a".repeat(10_240)]) {
    test(`?${qs.slice(0, 40)} gets page 1, never an error`, async ({ request }) => {
      const res = await request.get(`/analyses?${qs}`);
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain(`${published.length} publications, page 1 of ${pageCount}`);
    });
  }

  test("repeated parameters: the first value wins", async ({ request }) => {
    const res = await request.get("/analyses?type=report&type=article");
    const n = published.filter((p) => p.type === "report").length;
    expect(await res.text()).toContain(`${n} publications`);
  });

  test("a page past the end is a 404 in the site's design", async ({ page }) => {
    const res = await page.goto(`/analyses?page=${pageCount + 1}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  });
});
