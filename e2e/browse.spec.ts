import { expect, test } from "@playwright/test";
import { demo, demoAuthor, demoPublication, FLAGSHIP } from "./helpers";

test("a reader browses home → listing → filter → analysis → author → centre", async ({ page }) => {
  await page.goto("/");
  // The home page carries the site's name once, not "X | X" as the layout's template would make it.
  await expect(page).toHaveTitle("Halden Institute for International Affairs");
  await expect(page.getByRole("heading", { name: "Featured" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Latest publications" })).toBeVisible();
  for (const c of demo.centers) await expect(page.getByRole("link", { name: c.name })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Analyses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "All analyses" })).toBeVisible();

  const form = page.getByRole("form", { name: "Filter publications" });
  await form.getByLabel("Centre", { exact: true }).selectOption({ label: "Centre for Asian Studies" });
  await form.getByLabel("Region", { exact: true }).selectOption({ label: "Russia" });
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/center=asia/);
  await expect(page).toHaveURL(/region=russia/);

  const pub = demoPublication(FLAGSHIP);
  await page.getByRole("link", { name: pub.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pub.title);

  const author = demoAuthor(pub.authors[0]);
  await page.getByTestId("author-bio").first().getByRole("link", { name: author.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(author.name);
  await expect(page.getByText(author.bio)).toBeVisible();
  const authored = demo.publications.filter((p) => p.authors.includes(author.slug));
  await expect(page.getByRole("heading", { name: `Publications (${authored.length})` })).toBeVisible();
  await expect(page.locator("#main article")).toHaveCount(authored.length);

  const center = demo.centers.find((c) => c.slug === author.center)!;
  await page.locator("#main").getByRole("link", { name: center.name }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(center.name);
  await expect(page.getByRole("heading", { name: "Programmes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Researchers" })).toBeVisible();
  const researchers = page.getByRole("region", { name: "Researchers" });
  for (const a of demo.authors.filter((x) => x.center === center.slug)) await expect(researchers.getByRole("link", { name: a.name })).toBeVisible();

  const program = center.programs[0];
  await page.getByRole("link", { name: program.name }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(program.name);
  const inProgram = demo.publications.filter((p) => p.programs.includes(program.slug));
  await expect(page.getByRole("link", { name: `All ${inProgram.length} publications →` })).toHaveAttribute("href", `/analyses?program=${program.slug}`);
});

test("the researchers and centres indexes list everyone", async ({ page }) => {
  await page.goto("/authors");
  await expect(page.locator("#main li")).toHaveCount(demo.authors.length);
  await page.goto("/centers");
  for (const c of demo.centers) {
    await expect(page.getByRole("heading", { name: c.name })).toBeVisible();
    for (const p of c.programs) await expect(page.getByRole("link", { name: p.name })).toHaveAttribute("href", `/centers/${c.slug}/${p.slug}`);
  }
});

test("the layout fits a phone-width screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const path of ["/", "/analyses", `/analyses/${FLAGSHIP}`, "/centers/asia", "/authors/kenji-arakawa"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("a keyboard user can skip to the content", async ({ page }) => {
  await page.goto("/analyses");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the institute's pages have sample text until an admin edits them, and every page's footer links to them", async ({ page, request }) => {
  await page.goto("/analyses");
  const footer = page.getByRole("navigation", { name: "The institute" });
  for (const [name, path, heading] of [["About", "/about", /^About the /], ["Contact", "/contact", "Contact us"], ["Privacy", "/privacy", "Privacy notice"], ["Terms of use", "/terms", "Terms of use"]] as const) {
    await expect(footer.getByRole("link", { name })).toHaveAttribute("href", path);
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
  // The privacy notice describes what Folio really keeps.
  await page.goto("/privacy");
  await expect(page.getByText(/only as a salted hash/)).toBeVisible();
  await page.goto("/sign-up");
  await expect(page.getByRole("link", { name: "privacy notice" })).toHaveAttribute("href", "/privacy");
});
