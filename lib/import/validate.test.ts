import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { validateCatalog } from "@/lib/import/validate";
import { makeTempDir, writePdf } from "@/test/fixtures";

let dir: string;

beforeAll(async () => {
  dir = makeTempDir();
  await writePdf(path.join(dir, "pdfs/good.pdf"), 4);
  fs.writeFileSync(path.join(dir, "pdfs/not-a-pdf.pdf"), "hello, I am text");
  fs.writeFileSync(path.join(dir, "pdfs/broken.pdf"), "%PDF-1.7\nthis is not a real document");
  fs.mkdirSync(path.join(dir, "photos"));
  fs.writeFileSync(path.join(dir, "photos/jane.png"), await sharp({ create: { width: 40, height: 50, channels: 3, background: "#abc" } }).png().toBuffer());
  fs.writeFileSync(path.join(dir, "photos/fake.jpg"), "<html>not an image</html>");
});

const base = () => ({
  centers: [{ slug: "asia", name: "Asia", description: "Asian studies", programs: [{ slug: "japan", name: "Japan", description: "Japan" }] }],
  authors: [{ slug: "jane-roe", name: "Jane Roe", role: "Fellow", bio: "Works on Japan.", center: "asia" }],
  publications: [
    {
      slug: "a-paper", type: "analysis", title: "A paper", summary: "Summary.", publishedAt: "2017-02-15", language: "en",
      authors: ["jane-roe"], center: "asia", programs: ["japan"], topics: ["Diplomacy"], regions: ["Japan"],
      series: "Papers", seriesNumber: 92, pdf: "pdfs/good.pdf",
    },
  ],
});

describe("validateCatalog", () => {
  it("takes translations of centres, programmes, researchers and terms, and refuses half of one by its path", async () => {
    const file = base();
    const translated = {
      ...file,
      centers: [{ ...file.centers[0], localized: { fr: { name: "Asie", description: "Études asiatiques" } }, programs: [{ ...file.centers[0].programs[0], localized: { fr: { name: "Japon", description: "Le Japon" } } }] }],
      authors: [{ ...file.authors[0], localized: { fr: { role: "Chercheuse", bio: "Travaille sur le Japon." } } }],
      topics: [{ name: "Diplomacy", localized: { fr: { name: "Diplomatie" } } }],
      regions: [{ name: "Japan", localized: { fr: { name: "Japon" } } }],
    };
    expect((await validateCatalog({ input: translated, baseDir: dir })).ok).toBe(true);

    const broken = {
      ...translated,
      authors: [{ ...translated.authors[0], localized: { fr: { role: "Chercheuse" } } }],
      topics: [...translated.topics, { name: "diplomacy", localized: { fr: { name: "Diplomatie" } } }],
      regions: [{ name: "Japan", localized: { de: { name: "Japan" } } }],
    };
    const refused = await validateCatalog({ input: broken, baseDir: dir });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.issues.map((i) => i.path)).toEqual(["authors[0].localized.fr.bio", "regions[0].localized"]);

    // Structurally sound, a term given twice under two spellings is named at its second place.
    const twice = await validateCatalog({ input: { ...translated, topics: broken.topics }, baseDir: dir });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.issues).toEqual([{ path: "topics[1].name", message: 'duplicate topic slug "diplomacy" (first at topics[0].name)' }]);
  });

  it("accepts the documented format and reads the PDF's facts", async () => {
    const result = await validateCatalog({ input: JSON.stringify(base()), baseDir: dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pdf = result.value.pdfs.get("pdfs/good.pdf")!;
    expect(pdf.pages).toBe(4);
    expect(pdf.size).toBe(fs.statSync(path.join(dir, "pdfs/good.pdf")).size);
    expect(pdf.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.value.catalog.publications[0].status).toBe("published");
  });

  it("reads an author's photo from a file beside the catalogue, and refuses what is not an image", async () => {
    const c = base() as any;
    c.authors[0].photo = "photos/jane.png";
    const result = await validateCatalog({ input: c, baseDir: dir });
    expect(result.ok && result.value.photos.get("photos/jane.png")?.length).toBe(fs.statSync(path.join(dir, "photos/jane.png")).size);
    c.authors.push({ ...c.authors[0], slug: "john-doe", photo: "photos/fake.jpg" }, { ...c.authors[0], slug: "ann-poe", photo: "photos/none.jpg" });
    const refused = await validateCatalog({ input: c, baseDir: dir });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(Object.fromEntries(refused.issues.map((i) => [i.path, i.message]))).toEqual({
      "authors[1].photo": "photos/fake.jpg is not a JPEG, PNG or WebP image",
      "authors[2].photo": "file not found: photos/none.jpg",
    });
  });

  it("reads DOIs and ORCID iDs in any usual spelling, and refuses malformed or duplicated ones by path", async () => {
    const c = base() as any;
    c.authors[0].orcid = "https://orcid.org/0000-0002-1825-0097";
    c.publications[0].doi = "https://doi.org/10.5555/ABC";
    const good = await validateCatalog({ input: c, baseDir: dir });
    expect(good.ok).toBe(true);
    if (good.ok) {
      expect(good.value.catalog.authors[0].orcid).toBe("0000-0002-1825-0097");
      expect(good.value.catalog.publications[0].doi).toBe("10.5555/abc");
    }
    c.authors[0].orcid = "0000-0002-1825-0098";
    expect(await validateCatalog({ input: c, baseDir: dir })).toMatchObject({ ok: false, issues: [{ path: "authors[0].orcid" }] });
    c.authors[0].orcid = "0000-0002-1825-0097";
    c.publications.push({ ...c.publications[0], slug: "b-paper", doi: "10.5555/ABC" });
    expect(await validateCatalog({ input: c, baseDir: dir })).toMatchObject({ ok: false, issues: [{ path: "publications[1].doi", message: 'DOI 10.5555/abc already belongs to "a-paper"' }] });
    c.publications.pop();
    c.publications[0].doi = "10.5555/other";
    const taken = await validateCatalog({ input: c, baseDir: dir, known: { centers: new Set(), programs: new Set(), authors: new Set(), dois: new Map([["10.5555/other", "elsewhere"]]) } });
    expect(taken).toMatchObject({ ok: false, issues: [{ path: "publications[0].doi", message: 'DOI 10.5555/other already belongs to "elsewhere"' }] });
  });

  it("reports invalid JSON at the root", async () => {
    const result = await validateCatalog({ input: "{ nope", baseDir: dir });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "(root)" }] });
  });

  it("reports missing and malformed fields with their JSON paths", async () => {
    const c = base() as any;
    delete c.publications[0].title;
    c.publications[0].publishedAt = "2017-02-30";
    c.publications[0].type = "novel";
    c.authors[0].slug = "Jane Roe";
    const result = await validateCatalog({ input: c, baseDir: dir });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["publications[0].title", "publications[0].publishedAt", "publications[0].type", "authors[0].slug"]));
  });

  it("reports unknown references, duplicates and bad files, all at once", async () => {
    const c = base() as any;
    c.publications.push(
      { ...c.publications[0], authors: ["john-doe"], center: "nowhere", programs: ["mars"], pdf: "pdfs/missing.pdf" },
      { ...c.publications[0], slug: "other", pdf: "pdfs/not-a-pdf.pdf" },
      { ...c.publications[0], slug: "third", pdf: "pdfs/broken.pdf" },
    );
    c.authors.push({ ...c.authors[0], center: "atlantis" });
    const result = await validateCatalog({ input: c, baseDir: dir });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
    expect(byPath["authors[1].slug"]).toMatch(/duplicate author slug "jane-roe"/);
    expect(byPath["authors[1].center"]).toMatch(/unknown centre "atlantis"/);
    expect(byPath["publications[1].slug"]).toMatch(/duplicate publication slug "a-paper" \(first at publications\[0\]\.slug\)/);
    expect(byPath["publications[1].authors[0]"]).toMatch(/unknown author "john-doe"/);
    expect(byPath["publications[1].center"]).toMatch(/unknown centre "nowhere"/);
    expect(byPath["publications[1].programs[0]"]).toMatch(/unknown programme "mars"/);
    expect(byPath["publications[1].pdf"]).toMatch(/file not found: pdfs\/missing\.pdf/);
    expect(byPath["publications[2].pdf"]).toMatch(/not a PDF/);
    expect(byPath["publications[3].pdf"]).toMatch(/not a readable PDF/);
  });

  it("links translations in another language, in the file or already imported, and refuses the rest", async () => {
    const c = base() as any;
    c.publications.push(
      { ...c.publications[0], slug: "un-article", language: "fr", pdf: undefined, translationOf: "a-paper" },
      { ...c.publications[0], slug: "same-language", pdf: undefined, translationOf: "a-paper" },
      { ...c.publications[0], slug: "itself", language: "fr", pdf: undefined, translationOf: "itself" },
      { ...c.publications[0], slug: "nowhere", language: "fr", pdf: undefined, translationOf: "missing" },
      { ...c.publications[0], slug: "known", language: "de", pdf: undefined, translationOf: "in-the-database" },
    );
    const known = { centers: new Set<string>(), programs: new Set<string>(), authors: new Set<string>(), publications: new Map([["in-the-database", { language: "en" }]]) };
    const result = await validateCatalog({ input: c, baseDir: dir, known });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.issues.filter((i) => i.path.endsWith("translationOf")).map((i) => [i.path, i.message]))).toEqual({
      "publications[2].translationOf": '"a-paper" is in the same language (en)',
      "publications[3].translationOf": "a publication cannot be its own translation",
      "publications[4].translationOf": 'unknown publication "missing"',
    });
  });

  it("resolves references to what the database already holds", async () => {
    const c = { publications: base().publications.map((p) => ({ ...p, pdf: undefined })) };
    const known = { centers: new Set(["asia"]), programs: new Set(["japan"]), authors: new Set(["jane-roe"]) };
    expect((await validateCatalog({ input: c, baseDir: dir, known })).ok).toBe(true);
    expect((await validateCatalog({ input: c, baseDir: dir })).ok).toBe(false);
  });

  it("rejects unknown keys, so a typo is not silently ignored", async () => {
    const c = base() as any;
    c.publications[0].autors = ["jane-roe"];
    const result = await validateCatalog({ input: c, baseDir: dir });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "publications[0]" }] });
  });
});
