import { describe, expect, it } from "vitest";
import { translationAlternates } from "@/lib/publications/translations";

describe("translationAlternates", () => {
  it("puts the default language first, whatever the order given, for x-default, each at its own language's address", () => {
    expect(translationAlternates([{ slug: "le-texte", language: "fr" }, { slug: "the-text", language: "en" }, { slug: "der-text", language: "de" }])).toEqual([
      { language: "en", path: "/analyses/the-text" },
      { language: "fr", path: "/fr/analyses/le-texte" },
      // German is no interface language: its page is under the default one.
      { language: "de", path: "/analyses/der-text" },
    ]);
    // Without an English member, the first given leads.
    expect(translationAlternates([{ slug: "le-texte", language: "fr" }, { slug: "der-text", language: "de" }])[0].language).toBe("fr");
  });
});

describe("linkTranslations and unlinkTranslation", () => {
  it("join groups, dissolve a group of one, and re-key a group its key's owner leaves", async () => {
    const { useTempDatabase } = await import("@/test/fixtures");
    await useTempDatabase();
    const [{ db }, { linkTranslations, unlinkTranslation }] = await Promise.all([import("@/lib/db"), import("@/lib/publications/translations")]);
    const center = await db.center.create({ data: { slug: "c", name: "C", description: "d" } });
    const make = (slug: string, language: string) => db.publication.create({ data: { slug, title: slug, type: "REPORT", language, status: "PUBLISHED", publishedAt: new Date(), summary: "s", teaser: "t", centerId: center.id } });
    const [a, b, c, d] = [await make("a", "en"), await make("b", "fr"), await make("c", "de"), await make("d", "fr")];
    const groupOf = async (id: string) => (await db.publication.findUniqueOrThrow({ where: { id } })).translationGroup;

    await db.$transaction((tx) => linkTranslations(tx, { slugs: ["a", "b"] }));
    expect(await linkTranslationsIn(["b", "c"])).toHaveLength(3);
    expect(new Set([await groupOf(a.id), await groupOf(b.id), await groupOf(c.id)]).size).toBe(1);
    expect(await groupOf(a.id)).toBe(a.id);

    // a owns the key; when it leaves, b and c stay together under a new one.
    await db.$transaction((tx) => unlinkTranslation(tx, { id: a.id }));
    expect(await groupOf(a.id)).toBeNull();
    expect(await groupOf(b.id)).not.toBe(a.id);
    expect(await groupOf(b.id)).toBe(await groupOf(c.id));
    // Linked again elsewhere, a does not drag b and c along.
    await db.$transaction((tx) => linkTranslations(tx, { slugs: ["a", "d"] }));
    expect(await groupOf(d.id)).toBe(await groupOf(a.id));
    expect(await groupOf(b.id)).not.toBe(await groupOf(a.id));

    // A group left with one member is none.
    await db.$transaction((tx) => unlinkTranslation(tx, { id: d.id }));
    expect([await groupOf(a.id), await groupOf(d.id)]).toEqual([null, null]);

    async function linkTranslationsIn(slugs: string[]) {
      return db.$transaction((tx) => linkTranslations(tx, { slugs }));
    }
  });
});
