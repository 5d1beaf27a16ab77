import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inNameOrder, localizeCatalogue } from "@/lib/i18n/catalogue-text";
import { readLocalizedTexts } from "@/lib/i18n/localized-texts";
import { localizedSchema, withLocalizedFields } from "@/lib/validations/localized";

const centre = {
  id: "c1",
  name: "Energy and Climate Centre",
  description: "The geopolitics of the transition.",
  localized: { fr: { name: "Centre Énergie et Climat", description: "La géopolitique de la transition." } },
};

describe("localizeCatalogue", () => {
  it("gives the page's language where a translation exists, and says so", () => {
    const fr = localizeCatalogue(centre, { locale: "fr" });
    expect(fr).toEqual({ id: "c1", name: "Centre Énergie et Climat", description: "La géopolitique de la transition.", lang: "fr" });
    expect(fr).not.toHaveProperty("localized");
  });

  it("keeps the catalogue's text, marked as English, where none exists", () => {
    const bare = { name: "Trade", localized: null };
    expect(localizeCatalogue(bare, { locale: "fr" })).toEqual({ name: "Trade", lang: "en" });
    expect(localizeCatalogue(centre, { locale: "en" })).toMatchObject({ name: "Energy and Climate Centre", lang: "en" });
  });

  it("reaches rows at any depth and leaves other values alone", () => {
    const when = new Date("2024-01-02T00:00:00Z");
    const page = {
      title: "A title",
      publishedAt: when,
      translations: [{ slug: "x", language: "fr" }],
      center: centre,
      authors: [{ author: { name: "Jonas Weber", role: "Fellow", bio: "Bio.", localized: JSON.stringify({ fr: { role: "Chercheur", bio: "Biographie." } }) } }],
    };
    const fr = localizeCatalogue(page, { locale: "fr" });
    expect(fr.publishedAt).toBe(when);
    expect(fr.translations).toEqual([{ slug: "x", language: "fr" }]);
    expect(fr.center.name).toBe("Centre Énergie et Climat");
    // SQLite hands a JSON column nested in built JSON back as text: it is read all the same.
    expect(fr.authors[0].author).toEqual({ name: "Jonas Weber", role: "Chercheur", bio: "Biographie.", lang: "fr" });
  });

  it("never replaces a field the row does not have, nor takes a malformed column", () => {
    const row = { name: "Security", localized: { fr: { name: "Sécurité", secret: "x", description: 4 } } };
    expect(localizeCatalogue(row, { locale: "fr" })).toEqual({ name: "Sécurité", lang: "fr" });
    fc.assert(
      fc.property(fc.jsonValue(), (localized) => {
        const out = localizeCatalogue({ name: "Security", localized }, { locale: "fr" }) as { name: unknown; lang: string };
        expect(typeof out.name).toBe("string");
        expect(["en", "fr"]).toContain(out.lang);
        expect(out.lang === "fr").toBe(out.name !== "Security" || (readLocalizedTexts(localized).fr?.name === "Security"));
      }),
      { numRuns: 500 },
    );
  });
});

describe("the translated texts' schemas", () => {
  it("accepts a whole version or none, on import", () => {
    const schema = localizedSchema("center");
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ fr: { name: "Centre Asie", description: "Une description." } }).success).toBe(true);
    expect(schema.safeParse({ fr: { name: "Centre Asie" } }).success).toBe(false);
    expect(schema.safeParse({ de: { name: "Asienzentrum", description: "Eine." } }).success).toBe(false);
    expect(schema.safeParse({ fr: { name: " ", description: "x" } }).success).toBe(false);
  });

  it("reads a form's fields, leaving out an empty language and naming the missing half of a partial one", () => {
    const form = withLocalizedFields("author", { name: z.string() });
    expect(form.parse({ name: "Amina Diallo", role_fr: "", bio_fr: " " })).toEqual({ name: "Amina Diallo", localized: {} });
    expect(form.parse({ name: "Amina Diallo", role_fr: "Chercheuse", bio_fr: "Elle travaille." })).toEqual({ name: "Amina Diallo", localized: { fr: { role: "Chercheuse", bio: "Elle travaille." } } });
    const partial = form.safeParse({ name: "Amina Diallo", role_fr: "Chercheuse", bio_fr: "" });
    expect(partial.success).toBe(false);
    expect(partial.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["bio_fr", "editor.translationIncomplete"]]);
  });
});

describe("inNameOrder", () => {
  it("orders names the way the page's language does, and leaves English as the database gave it", () => {
    const names = ["Centre Asie", "Centre Russie-Eurasie", "Centre Énergie et Climat", "Centre des études de sécurité"].map((name) => ({ name }));
    expect(inNameOrder(names, { locale: "fr" }).map((n) => n.name)).toEqual(["Centre Asie", "Centre des études de sécurité", "Centre Énergie et Climat", "Centre Russie-Eurasie"]);
    expect(inNameOrder(names, { locale: "en" })).toEqual(names);
    expect(inNameOrder(names, { locale: "fr" })).not.toBe(names);
  });
});
