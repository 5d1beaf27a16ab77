import { expect, test } from "@playwright/test";
import { demo, demoAuthor, demoPdfFacts, demoPublication, FLAGSHIP } from "./helpers";

test.describe("the analysis page", () => {
  const pub = demoPublication(FLAGSHIP);

  test("shows every block of the model page, from the database", async ({ page }) => {
    await page.goto(`/analyses/${FLAGSHIP}`);

    // 1. Title, with type, series and date.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(pub.title);
    const meta = page.locator("article header p").first();
    await expect(meta).toContainText("Analysis");
    await expect(meta).toContainText(`${pub.series}, No. ${pub.seriesNumber}`);
    await expect(meta.locator("time")).toHaveAttribute("datetime", pub.publishedAt);
    await expect(meta.locator("time")).toHaveText("15 February 2017");

    // 2. The summary: every paragraph of it, rendered from Markdown.
    const paragraphs = pub.summary.split(/\n\s*\n/);
    const summary = page.locator(".prose-summary");
    await expect(summary.locator("p")).toHaveCount(paragraphs.length);
    await expect(summary.locator("em")).toHaveText("new approach");
    await expect(summary.locator("p").last()).toContainText(paragraphs.at(-1)!.slice(0, 60));

    // 3. About the authors, each with a biography and a link to their page.
    await expect(page.getByRole("heading", { name: "About the authors" })).toBeVisible();
    const bios = page.getByTestId("author-bio");
    await expect(bios).toHaveCount(pub.authors.length);
    for (const [i, slug] of pub.authors.entries()) {
      const author = demoAuthor(slug);
      await expect(bios.nth(i).getByRole("link", { name: author.name })).toHaveAttribute("href", `/authors/${slug}`);
      await expect(bios.nth(i)).toContainText(author.role);
      await expect(bios.nth(i)).toContainText(author.bio);
    }

    // 4. Download the full analysis, with the PDF's real size and page count.
    const { pages, size } = await demoPdfFacts(FLAGSHIP);
    const download = page.locator("section", { has: page.getByRole("heading", { name: "Download the full analysis" }) });
    await expect(download).toContainText(`(${pages} pages, ${Math.round(size / 1024)} KB)`);
    await expect(download).toContainText("summary only");
    await expect(download).toContainText("needs a free reader account");
    await expect(download.getByRole("link", { name: /Sign in to download the PDF/ })).toHaveAttribute("href", `/analyses/${FLAGSHIP}/pdf`);

    // 5. Related centre and programmes, and the way to the others.
    const center = demo.centers.find((c) => c.slug === pub.center)!;
    const related = page.locator("section", { has: page.getByRole("heading", { name: "Related centres and programmes" }) });
    await expect(related.getByRole("link", { name: center.name })).toHaveAttribute("href", `/centers/${center.slug}`);
    await expect(related.getByRole("list", { name: "Programmes" }).getByRole("link")).toHaveCount(pub.programs.length);
    await expect(related.getByRole("link", { name: /Discover all our centres and programmes/ })).toHaveAttribute("href", "/centers");

    // 6. Discover all our analyses: four others, chosen by shared topics and regions.
    const discover = page.locator("section", { has: page.getByRole("heading", { name: "Discover all our analyses", exact: true }) });
    const items = discover.locator("article");
    await expect(items).toHaveCount(4);
    for (const item of await items.all()) {
      const href = await item.getByRole("heading").getByRole("link").getAttribute("href");
      const other = demoPublication(href!.replace("/analyses/", ""));
      expect(other.slug).not.toBe(FLAGSHIP);
      const shared = other.topics.filter((t) => pub.topics.includes(t)).length + other.regions.filter((r) => pub.regions.includes(r)).length;
      expect(shared, `${other.slug} shares a topic or region`).toBeGreaterThan(0);
      await expect(item.locator("p").last()).not.toBeEmpty();
    }
    await expect(discover.getByRole("link", { name: /Discover all our analyses/ })).toHaveAttribute("href", "/analyses");
  });

  test("has a title, description, canonical URL and OpenGraph tags", async ({ page }) => {
    await page.goto(`/analyses/${FLAGSHIP}`);
    await expect(page).toHaveTitle(new RegExp(`^${pub.title} \\| `));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^For a few years, Tokyo believed/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/analyses/${FLAGSHIP}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", pub.title);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", pub.publishedAt);
  });

  test("a publication without a PDF says so instead of offering a download", async ({ page }) => {
    const noPdf = demo.publications.find((p) => !p.pdf)!;
    await page.goto(`/analyses/${noPdf.slug}`);
    await expect(page.getByText("not available for download")).toBeVisible();
    await expect(page.getByRole("link", { name: /download the PDF/i })).toHaveCount(0);
  });

  test("topic tags lead to the filtered listing", async ({ page }) => {
    await page.goto(`/analyses/${FLAGSHIP}`);
    await page.getByRole("list", { name: "Topics and regions" }).getByRole("link", { name: "Energy" }).click();
    await expect(page).toHaveURL(/\/analyses\?topic=energy$/);
    await expect(page.getByRole("group", { name: "Current filters" })).toContainText("Topic: Energy");
  });
});

test("translations link each other, on the page and in reciprocal, absolute hreflang alternates", async ({ page, request, baseURL }) => {
  const pairs = demo.publications.filter((p) => p.translationOf).map((p) => [demoPublication(p.translationOf!), p] as const);
  expect(pairs.length).toBeGreaterThanOrEqual(6);
  // Each <link rel="alternate" hreflang href>, whatever the order of its attributes.
  const alternates = (html: string) =>
    Object.fromEntries(
      [...html.matchAll(/<link\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => tag.includes('rel="alternate"') && /hreflang="/i.test(tag))
        .map((tag) => [/hreflang="([^"]+)"/i.exec(tag)![1], /href="([^"]+)"/.exec(tag)![1]]),
    );
  // A publication's own address is its page in its own language's interface.
  const own = (p: { slug: string; language: string }) => `${p.language === "fr" ? "/fr" : ""}/analyses/${p.slug}`;
  for (const [a, b] of pairs) {
    const english = [a, b].find((p) => p.language === "en")!;
    for (const [here, there] of [[a, b], [b, a]] as const) {
      const html = await (await request.get(own(here))).text();
      expect(alternates(html), here.slug).toEqual({
        [here.language]: `${baseURL}${own(here)}`,
        [there.language]: `${baseURL}${own(there)}`,
        "x-default": `${baseURL}${own(english)}`,
      });
    }
  }
  // The link names the other language in the interface's words, and marks the title's language.
  const [original, french] = pairs.find(([p]) => p.slug === FLAGSHIP)!;
  await page.goto(`/analyses/${original.slug}`);
  const notice = page.getByTestId("translations");
  await expect(notice).toHaveText(`Also in French: ${french.title}`);
  const link = notice.getByRole("link", { name: french.title });
  await expect(link).toHaveAttribute("hreflang", "fr");
  await expect(link).toHaveAttribute("lang", "fr");
  // It leads to the translation in its readers' interface.
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/fr/analyses/${french.slug}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(french.title);
  await expect(page.getByTestId("translations")).toHaveText(`Aussi en anglais : ${original.title}`);
  // The translation under the English interface is the English original.
  await page.goto(`/analyses/${french.slug}`);
  await expect(page).toHaveURL(new RegExp(`/analyses/${original.slug}$`));

  // A publication without a translation announces none, and under the other interface says its language.
  const alone = await (await request.get("/analyses/russie-asie-pivot")).text();
  expect(alternates(alone)).toEqual({});
  expect(alone).not.toContain('data-testid="translations"');
  expect(alone).toContain('<link rel="canonical" href="' + `${baseURL}/fr/analyses/russie-asie-pivot"`);
  await page.goto("/analyses/russie-asie-pivot");
  await expect(page.getByTestId("content-language")).toHaveText("This analysis is in French.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "fr");
});
