import { describe, expect, it } from "vitest";
import { translationAlternates } from "@/lib/publications/translations";

describe("translationAlternates", () => {
  it("puts the default language first, whatever the order given, for x-default", () => {
    expect(translationAlternates([{ slug: "le-texte", language: "fr" }, { slug: "the-text", language: "en" }, { slug: "der-text", language: "de" }])).toEqual([
      { language: "en", path: "/analyses/the-text" },
      { language: "fr", path: "/analyses/le-texte" },
      { language: "de", path: "/analyses/der-text" },
    ]);
    // Without an English member, the first given leads.
    expect(translationAlternates([{ slug: "le-texte", language: "fr" }, { slug: "der-text", language: "de" }])[0].language).toBe("fr");
  });
});
