import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase, writePdf } from "@/test/fixtures";

let dir: string;
let storageDir: string;

beforeAll(async () => {
  ({ dir, storageDir } = await useTempDatabase());
  await writePdf(path.join(dir, "pdfs/one.pdf"), 2);
});

function catalog(title = "A paper") {
  return {
    centers: [{ slug: "asia", name: "Asia", description: "Asian studies", programs: [{ slug: "japan", name: "Japan", description: "Japan" }] }],
    authors: [
      { slug: "jane-roe", name: "Jane Roe", role: "Fellow", bio: "Bio.", center: "asia" },
      { slug: "john-doe", name: "John Doe", role: "Fellow", bio: "Bio.", center: "asia" },
    ],
    publications: [
      {
        slug: "a-paper", type: "policy-brief", title, summary: "First sentence. Second sentence. Third.", publishedAt: "2017-02-15", language: "fr",
        authors: ["john-doe", "jane-roe"], center: "asia", programs: ["japan"], topics: ["Sécurité", "Diplomacy"], regions: ["Japan"], pdf: "pdfs/one.pdf",
      },
    ],
  };
}

async function load() {
  const [{ validateCatalog }, { importCatalog, readKnownSlugs }, { db }] = await Promise.all([
    import("@/lib/import/validate"),
    import("@/lib/import/import-catalog"),
    import("@/lib/db"),
  ]);
  return { validateCatalog, importCatalog, readKnownSlugs, db };
}

describe("importCatalog", () => {
  it("writes everything, keeps author order, and stores the PDF outside public/", async () => {
    const { validateCatalog, importCatalog, readKnownSlugs, db } = await load();
    const v = await validateCatalog({ input: catalog(), baseDir: dir, known: await readKnownSlugs() });
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    await importCatalog({ value: v.value });
    const p = await db.publication.findUniqueOrThrow({
      where: { slug: "a-paper" },
      include: { authors: { orderBy: { position: "asc" }, include: { author: true } }, topics: true, programs: true },
    });
    expect(p.authors.map((a) => a.author.slug)).toEqual(["john-doe", "jane-roe"]);
    expect(p.type).toBe("POLICY_BRIEF");
    expect(p.status).toBe("PUBLISHED");
    expect(p.teaser).toBe("First sentence. Second sentence.");
    expect(p.topics.map((t) => t.slug).sort()).toEqual(["diplomacy", "securite"]);
    expect(p.pdfPages).toBe(2);
    const stored = path.join(storageDir, p.pdfKey!);
    expect(fs.readFileSync(stored).equals(fs.readFileSync(path.join(dir, "pdfs/one.pdf")))).toBe(true);
  });

  it("stores translations, and a file without them keeps the stored ones; a listed term no publication uses is not created", async () => {
    const { validateCatalog, importCatalog, readKnownSlugs, db } = await load();
    const base = catalog();
    const translated = {
      ...base,
      centers: [{ ...base.centers[0], localized: { fr: { name: "Asie", description: "Études asiatiques" } } }],
      authors: [{ ...base.authors[0], localized: { fr: { role: "Chercheuse", bio: "Biographie." } } }, base.authors[1]],
      topics: [{ name: "Diplomacy", localized: { fr: { name: "Diplomatie" } } }, { name: "Unused yet", localized: { fr: { name: "Pas encore utilisé" } } }],
    };
    for (const file of [translated, base]) {
      const v = await validateCatalog({ input: file, baseDir: dir, known: await readKnownSlugs() });
      if (!v.ok) throw new Error(JSON.stringify(v.issues));
      await importCatalog({ value: v.value });
      expect((await db.center.findUniqueOrThrow({ where: { slug: "asia" } })).localized).toEqual({ fr: { name: "Asie", description: "Études asiatiques" } });
      expect((await db.author.findUniqueOrThrow({ where: { slug: "jane-roe" } })).localized).toEqual({ fr: { role: "Chercheuse", bio: "Biographie." } });
      expect((await db.topic.findUniqueOrThrow({ where: { slug: "diplomacy" } })).localized).toEqual({ fr: { name: "Diplomatie" } });
      expect(await db.topic.findUnique({ where: { slug: "unused-yet" } })).toBeNull();
    }
  });

  it("stores the first page as the cover and an author's photo, and a re-import keeps an editor's own cover", async () => {
    const { validateCatalog, importCatalog, readKnownSlugs, db } = await load();
    const sharp = (await import("sharp")).default;
    fs.mkdirSync(path.join(dir, "photos"), { recursive: true });
    fs.writeFileSync(path.join(dir, "photos/jane.png"), await sharp({ create: { width: 300, height: 400, channels: 3, background: "#468" } }).png().toBuffer());
    const input = catalog();
    Object.assign(input.authors[0], { photo: "photos/jane.png" });
    const v = await validateCatalog({ input, baseDir: dir, known: await readKnownSlugs() });
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    await importCatalog({ value: v.value });
    const p = await db.publication.findUniqueOrThrow({ where: { slug: "a-paper" } });
    expect(p.coverSha256).toBe(p.pdfSha256);
    expect(fs.existsSync(path.join(storageDir, `covers/${p.coverSha256}-480.webp`))).toBe(true);
    const jane = await db.author.findUniqueOrThrow({ where: { slug: "jane-roe" } });
    expect(fs.existsSync(path.join(storageDir, `photos/${jane.photoSha256}-320.jpg`))).toBe(true);

    const custom = "c".repeat(64);
    await db.publication.update({ where: { id: p.id }, data: { coverSha256: custom } });
    const again = await validateCatalog({ input: catalog(), baseDir: dir, known: await readKnownSlugs() });
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    await importCatalog({ value: again.value });
    expect((await db.publication.findUniqueOrThrow({ where: { id: p.id } })).coverSha256).toBe(custom);
    // A file without a photo leaves the stored one.
    expect((await db.author.findUniqueOrThrow({ where: { slug: "jane-roe" } })).photoSha256).toBe(jane.photoSha256);
    await db.publication.update({ where: { id: p.id }, data: { coverSha256: p.pdfSha256 } });
  });

  it("links translations, whichever comes first in the file, and a later file may join them", async () => {
    const { validateCatalog, importCatalog, readKnownSlugs, db } = await load();
    const input = catalog();
    const en = { ...input.publications[0], slug: "a-paper-en", language: "en", pdf: undefined, translationOf: "a-paper" };
    const v = await validateCatalog({ input: { ...input, publications: [en, ...input.publications] }, baseDir: dir, known: await readKnownSlugs() });
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    await importCatalog({ value: v.value });
    const group = async (slug: string) => (await db.publication.findUniqueOrThrow({ where: { slug } })).translationGroup;
    expect(await group("a-paper")).not.toBeNull();
    expect(await group("a-paper-en")).toBe(await group("a-paper"));

    const de = { publications: [{ ...input.publications[0], slug: "a-paper-de", language: "de", pdf: undefined, translationOf: "a-paper-en" }] };
    const later = await validateCatalog({ input: de, baseDir: dir, known: await readKnownSlugs() });
    if (!later.ok) throw new Error(JSON.stringify(later.issues));
    await importCatalog({ value: later.value });
    expect(await group("a-paper-de")).toBe(await group("a-paper"));
    await db.publication.deleteMany({ where: { slug: { in: ["a-paper-en", "a-paper-de"] } } });
    await db.publication.update({ where: { slug: "a-paper" }, data: { translationGroup: null } });
  });

  it("is idempotent: a re-import updates in place", async () => {
    const { validateCatalog, importCatalog, readKnownSlugs, db } = await load();
    const v = await validateCatalog({ input: catalog("A better title"), baseDir: dir, known: await readKnownSlugs() });
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    await importCatalog({ value: v.value });
    expect(await db.publication.count()).toBe(1);
    expect(await db.publicationAuthor.count()).toBe(2);
    expect(await db.topic.count()).toBe(2);
    expect((await db.publication.findUniqueOrThrow({ where: { slug: "a-paper" } })).title).toBe("A better title");
  });

  it("leaves the database as it was when a write fails half-way", async () => {
    const { validateCatalog, importCatalog, readKnownSlugs, db } = await load();
    const c = catalog("Never written");
    c.centers.push({ slug: "europe", name: "Europe", description: "European studies", programs: [] });
    const v = await validateCatalog({ input: c, baseDir: dir, known: await readKnownSlugs() });
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    const failAt = (_done: number, _total: number, label: string) => {
      if (label === "publications") throw new Error("disk on fire");
    };
    await expect(importCatalog({ value: v.value, onProgress: failAt })).rejects.toThrow("disk on fire");
    expect(await db.center.findUnique({ where: { slug: "europe" } })).toBeNull();
    expect((await db.publication.findUniqueOrThrow({ where: { slug: "a-paper" } })).title).toBe("A better title");
  });
});
