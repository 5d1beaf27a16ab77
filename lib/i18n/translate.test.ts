import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { getTranslator, MESSAGES } from "@/lib/i18n/translate";

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
}

// Every argument any message takes, with a value of each kind it may be given; tags render their text.
const TEXT = { days: 30, hash: "abc", status: "draft", when: "1 May 2026, 10:00", field: "Name", changes: "3 changes", entity: "topic", key: "replace_pdf", authors: "A, and B", source: "Papers, No. 4", institute: "I", url: "https://x", hours: 24, min: 10, action: "signIn", label: "L", filter: "F", value: "V", site: "S", title: "T", name: "N", language: "French", pages: "3 pages", size: "1 MB", date: "1 May", digest: "D", series: "S", number: 4, minutes: "2 minutes", email: "e@x", by: "B", fields: "f", kind: "k", mb: 5, reason: "r", max: 2000, pending: 1, retrying: 0, sending: 0, sent: 5, failed: 1, to: "t@x", subject: "S", attempts: 2, q: "grain", first: "New by A" };
const SAMPLE = { count: 3, page: 2, pageCount: 4, publications: 1, programmes: 2, researchers: 0, capped: "no", cap: 200, ...TEXT, code: (chunks: string) => chunks, strong: (chunks: string) => chunks, terms: (chunks: string) => chunks, privacy: (chunks: string) => chunks, time: (chunks: string) => chunks, pdf: (chunks: string) => chunks };

describe("the message catalogues", () => {
  it("have the same keys in every locale", () => {
    const english = keysOf(MESSAGES.en as unknown as Tree).sort();
    expect(english.length).toBeGreaterThan(10);
    for (const locale of LOCALES) expect(keysOf(MESSAGES[locale] as unknown as Tree).sort(), locale).toEqual(english);
  });

  it("format every message in every locale without leaving an ICU placeholder", () => {
    for (const locale of LOCALES) {
      const t = getTranslator({ locale }).markup as unknown as (key: string, values: object) => string;
      for (const key of keysOf(MESSAGES[locale] as unknown as Tree)) {
        const text = t(key, SAMPLE);
        // An unresolved message comes back as its key.
        expect(text, `${locale} ${key}`).not.toMatch(/[{}<>]/);
        expect(text, `${locale} ${key}`).not.toBe(key);
      }
    }
  });

  it("follow each language's plural rules: French counts 0 and 1 as singular", () => {
    const en = getTranslator({ locale: "en" });
    const fr = getTranslator({ locale: "fr" });
    expect([0, 1, 2].map((count) => en("counts.publications", { count }))).toEqual(["0 publications", "1 publication", "2 publications"]);
    expect([0, 1, 2].map((count) => fr("counts.publications", { count }))).toEqual(["0 publication", "1 publication", "2 publications"]);
    expect(fr("counts.savedAnalyses", { count: 1 })).toBe("1 analyse enregistrée");
    expect(en("listing.total", { count: 44, page: 1, pageCount: 3 })).toBe("44 publications, page 1 of 3");
    expect(en("listing.total", { count: 1, page: 1, pageCount: 1 })).toBe("1 publication");
    expect(fr("listing.total", { count: 44, page: 1, pageCount: 3 })).toBe("44 publications, page 1 sur 3");
    expect(en("listing.results", { count: 0, capped: "no", cap: 200 })).toBe("No publication matches this search.");
  });

  it("write numbers the locale's way, for any count", () => {
    const en = getTranslator({ locale: "en" });
    const fr = getTranslator({ locale: "fr" });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (count) => {
        expect(en("counts.publications", { count })).toBe(`${new Intl.NumberFormat("en").format(count)} publication${count === 1 ? "" : "s"}`);
        // French groups thousands with a narrow no-break space and treats 0 and 1 as singular.
        expect(fr("counts.publications", { count })).toBe(`${new Intl.NumberFormat("fr").format(count)} publication${count < 2 ? "" : "s"}`);
      }),
    );
  });
});
