import { expect, test, type Page } from "@playwright/test";
import { demo, demoPublication, FLAGSHIP, published } from "./helpers";

/** Parses XML in the browser; fails the test when it is not well-formed. */
async function parseXml(page: Page, xml: string) {
  await page.goto("about:blank");
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length) throw new Error("not well-formed XML");
    const ns = doc.documentElement.namespaceURI;
    const kids = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
    const text1 = (el: Element, name: string) => kids(el, name)[0]?.textContent ?? null;
    const root = doc.documentElement;
    return {
      root: root.localName,
      ns,
      feed: { id: text1(root, "id"), title: text1(root, "title"), updated: text1(root, "updated"), author: kids(root, "author").length, self: kids(root, "link").find((l) => l.getAttribute("rel") === "self")?.getAttribute("href") ?? null },
      entries: kids(root, "entry").map((e) => ({
        id: text1(e, "id"),
        title: text1(e, "title"),
        updated: text1(e, "updated"),
        link: kids(e, "link")[0]?.getAttribute("href") ?? null,
        authors: kids(e, "author").map((a) => a.children[0]?.textContent),
        summary: text1(e, "summary"),
      })),
      locs: [...doc.getElementsByTagName("loc")].map((l) => l.textContent),
      // Each <url>'s xhtml:link alternates, by its loc.
      alternates: Object.fromEntries(
        kids(root, "url").map((u) => [
          text1(u, "loc"),
          [...u.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`),
        ]),
      ),
    };
  }, xml);
}

test.describe("Atom feeds", () => {
  const cases: Array<[string, (p: (typeof published)[number]) => boolean]> = [
    ["/feeds/analyses.xml", () => true],
    ["/feeds/centers/asia.xml", (p) => p.center === "asia"],
    ["/feeds/authors/claire-dubois.xml", (p) => p.authors.includes("claire-dubois")],
    ["/feeds/topics/energy.xml", (p) => p.topics.includes("Energy")],
    ["/feeds/types/policy-brief.xml", (p) => p.type === "policy-brief"],
  ];
  for (const [path, keep] of cases) {
    test(`${path} is valid Atom with RFC 4287's required elements`, async ({ page, request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const feed = await parseXml(page, await res.text());
      expect(feed.root).toBe("feed");
      expect(feed.ns).toBe("http://www.w3.org/2005/Atom");
      expect(feed.feed.id).toBeTruthy();
      expect(feed.feed.title).toBeTruthy();
      expect(Date.parse(feed.feed.updated!)).not.toBeNaN();
      expect(feed.feed.author).toBe(1);
      expect(feed.feed.self).toMatch(new RegExp(`${path.replace(/\./g, "\\.")}$`));
      const expected = published.filter(keep).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, 50);
      expect(feed.entries.map((e) => e.title)).toEqual(expected.map((p) => p.title));
      for (const e of feed.entries) {
        expect(e.id).toBeTruthy();
        expect(Date.parse(e.updated!)).not.toBeNaN();
        expect(e.link).toMatch(/\/analyses\/[a-z0-9-]+$/);
        expect(e.authors.length).toBeGreaterThan(0);
        expect(e.summary).toBeTruthy();
      }
    });
  }

  test("unknown feeds are 404", async ({ request }) => {
    for (const path of ["/feeds/centers/atlantis.xml", "/feeds/types/novel.xml", "/feeds/planets/mars.xml", "/feeds/centers/asia.json"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test("pages announce their feeds", async ({ page }) => {
    for (const [path, feed] of [["/", "/feeds/analyses.xml"], ["/centers/asia", "/feeds/centers/asia.xml"], ["/authors/claire-dubois", "/feeds/authors/claire-dubois.xml"], ["/analyses?topic=energy", "/feeds/topics/energy.xml"], ["/analyses?type=report", "/feeds/types/report.xml"]]) {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute("href", new RegExp(`${feed.replace(/\./g, "\\.")}$`));
    }
  });
});

test("robots.txt points to a sitemap index whose children list every public page", async ({ page, request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)?.[1];
  expect(sitemapUrl).toMatch(/\/sitemap\.xml$/);
  const index = await parseXml(page, await (await request.get("/sitemap.xml")).text());
  expect(index.root).toBe("sitemapindex");
  const all: string[] = [];
  const alternates: Record<string, string[]> = {};
  for (const loc of index.locs) {
    const child = await parseXml(page, await (await request.get(new URL(loc!).pathname)).text());
    expect(child.root).toBe("urlset");
    expect(child.locs.length).toBeLessThanOrEqual(50_000);
    all.push(...(child.locs as string[]).map((l) => new URL(l).pathname));
    Object.assign(alternates, child.alternates);
  }
  const site = new URL(sitemapUrl!).origin;
  // Every page in both interface languages, each naming the other, with English as x-default.
  for (const path of ["/", "/about", "/contact", "/privacy", "/terms", ...demo.centers.map((c) => `/centers/${c.slug}`), ...demo.authors.map((a) => `/authors/${a.slug}`)]) {
    const french = path === "/" ? "/fr" : `/fr${path}`;
    expect(all).toContain(path);
    expect(all).toContain(french);
    const expected = [`en ${site}${path === "/" ? "/" : path}`, `fr ${site}${french}`, `x-default ${site}${path === "/" ? "/" : path}`].sort();
    expect([...alternates[`${site}${path === "/" ? "/" : path}`]].sort(), path).toEqual(expected);
    expect([...alternates[`${site}${french}`]].sort(), french).toEqual(expected);
  }
  // A publication once, at its own address: its page in its own language's interface.
  const own = (p: { slug: string; language: string }) => `${p.language === "fr" ? "/fr" : ""}/analyses/${p.slug}`;
  // Translations name each other, both ways, with the English one as x-default.
  for (const p of published.filter((x) => x.translationOf)) {
    const original = published.find((x) => x.slug === p.translationOf)!;
    const english = [p, original].find((x) => x.language === "en")!;
    const expected = [`${p.language} ${site}${own(p)}`, `${original.language} ${site}${own(original)}`, `x-default ${site}${own(english)}`].sort();
    expect([...alternates[`${site}${own(p)}`]].sort()).toEqual(expected);
    expect([...alternates[`${site}${own(original)}`]].sort()).toEqual(expected);
  }
  expect(alternates[`${site}/fr/analyses/russie-asie-pivot`]).toEqual([]);
  for (const p of published) expect(all).toContain(own(p));
  expect(all.filter((path) => path.includes("/analyses/"))).toHaveLength(published.length);
  expect(all.some((path) => path.includes("unreleased-draft-on-japan"))).toBe(false);
});

test("the analysis page carries Highwire citation tags and well-formed JSON-LD", async ({ page }) => {
  const pub = demoPublication(FLAGSHIP);
  const names = pub.authors.map((slug) => demo.authors.find((a) => a.slug === slug)!.name);
  await page.goto(`/analyses/${FLAGSHIP}`);
  const meta = (name: string) => page.locator(`meta[name="${name}"]`);
  await expect(meta("citation_title")).toHaveAttribute("content", pub.title);
  expect(await meta("citation_author").evaluateAll((els) => els.map((e) => e.getAttribute("content")))).toEqual(names);
  await expect(meta("citation_publication_date")).toHaveAttribute("content", "2017/02/15");
  await expect(meta("citation_technical_report_institution")).toHaveAttribute("content", "Halden Institute for International Affairs");
  await expect(meta("citation_series_title")).toHaveAttribute("content", pub.series!);
  await expect(meta("citation_technical_report_number")).toHaveAttribute("content", String(pub.seriesNumber));
  await expect(meta("citation_language")).toHaveAttribute("content", "en");
  await expect(meta("citation_pdf_url")).toHaveAttribute("content", new RegExp(`/analyses/${FLAGSHIP}/pdf$`));

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld["@context"]).toBe("https://schema.org");
  expect(ld["@type"]).toBe("Report");
  expect(ld.headline).toBe(pub.title);
  expect(ld.datePublished).toBe(pub.publishedAt);
  expect(ld.author.map((a: { name: string }) => a.name)).toEqual(names);
  expect(ld.author[0].url).toMatch(new RegExp(`/authors/${pub.authors[0]}$`));
  expect(ld.publisher.name).toBe("Halden Institute for International Affairs");
  expect(ld.isAccessibleForFree).toBe(false);
  expect(ld.hasPart.isAccessibleForFree).toBe(false);
  await expect(page.locator(ld.hasPart.cssSelector)).toHaveCount(1);
});

test("Cite this shows a reference and downloads BibTeX and RIS", async ({ page, request }) => {
  const pub = demoPublication(FLAGSHIP);
  await page.goto(`/analyses/${FLAGSHIP}`);
  await page.getByText("Cite this").click();
  await expect(page.getByTestId("formatted-citation")).toContainText(`Arakawa, Kenji, and Sofia Marchetti. “${pub.title}.” Asia Papers, No. 92.`);

  const bib = await request.get(`/analyses/${FLAGSHIP}/cite/bibtex`);
  expect(bib.headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
  expect(bib.headers()["content-disposition"]).toBe(`attachment; filename="${FLAGSHIP}.bib"`);
  const fields = Object.fromEntries([...(await bib.text()).matchAll(/^\s+(\w+) = \{(.*)\},?$/gm)].map((m) => [m[1], m[2]]));
  expect(fields.title).toBe(`{${pub.title}}`);
  expect(fields.author).toBe("Arakawa, Kenji and Marchetti, Sofia");
  expect(fields.number).toBe("92");

  const ris = await (await request.get(`/analyses/${FLAGSHIP}/cite/ris`)).text();
  const lines = ris.split("\r\n");
  expect(lines[0]).toBe("TY  - RPRT");
  expect(lines).toContain(`TI  - ${pub.title}`);
  expect(lines.filter((l) => l.startsWith("AU  - "))).toEqual(["AU  - Arakawa, Kenji", "AU  - Marchetti, Sofia"]);
  // Every format the registry offers under "Cite this" is linked, and served.
  const offered = await page.getByText("Cite this").locator("..").getByRole("link").evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).getAttribute("href")));
  expect(offered).toEqual(["bibtex", "ris", "csl-json"].map((f) => `/analyses/${FLAGSHIP}/cite/${f}`));
  const csl = await request.get(`/analyses/${FLAGSHIP}/cite/csl-json`);
  expect(csl.headers()["content-type"]).toBe("application/vnd.citationstyles.csl+json; charset=utf-8");
  expect((await csl.json())[0]).toMatchObject({ id: FLAGSHIP, title: pub.title, author: [{ family: "Arakawa", given: "Kenji" }, { family: "Marchetti", given: "Sofia" }] });
  expect((await request.get(`/analyses/${FLAGSHIP}/cite/csv`)).status()).toBe(404);
  expect((await request.get(`/analyses/unreleased-draft-on-japan/cite/bibtex`)).status()).toBe(404);
});

test("each analysis has an OpenGraph image made from its title, type, date and cover", async ({ page, request }) => {
  await page.goto(`/analyses/${FLAGSHIP}`);
  const url = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(url).toBeTruthy();
  const res = await request.get(new URL(url!).pathname + new URL(url!).search);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const png = await res.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(png.readUInt32BE(16)).toBe(1200); // IHDR width
  expect(png.readUInt32BE(20)).toBe(630); // IHDR height
  // The cover sits on the right: its paper is pure white, which the image's own ground (#fbfaf7) is not.
  const sharp = (await import("sharp")).default;
  const { data, info } = await sharp(png).extract({ left: 800, top: 120, width: 300, height: 400 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let white = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i] === 255 && data[i + 1] === 255 && data[i + 2] === 255) white++;
  expect(white / (info.width * info.height)).toBeGreaterThan(0.3);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
});
