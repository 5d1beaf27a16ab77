import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv";
import { escapeBibtex, toBibtex, toRis, type CitationEntry } from "@/lib/formats/citations";

const entry: CitationEntry = {
  key: "japan-russia",
  type: "analysis",
  title: "Japan & Russia: {The} Thaw_That 100% Never Came",
  authors: ["Kenji Arakawa", "Léa Fontaine", "Sofía de la Peña"],
  year: 2017,
  date: "2017-02-15",
  institution: "Halden Institute",
  series: "Asia Papers",
  number: 92,
  url: "https://example.org/analyses/japan-russia",
  language: "en",
};

describe("escapeBibtex", () => {
  it("escapes every special once and keeps accents", () => {
    expect(escapeBibtex("a & b {c} 50% $x #1 a_b ~ ^ \\ é")).toBe("a \\& b \\{c\\} 50\\% \\$x \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} é");
  });
});

describe("toBibtex", () => {
  const bib = toBibtex([entry]);
  it("writes a techreport with every field", () => {
    expect(bib.startsWith("@techreport{japan-russia,\n")).toBe(true);
    expect(bib).toContain("  title = {{Japan \\& Russia: \\{The\\} Thaw\\_That 100\\% Never Came}}");
    expect(bib).toContain("  author = {Arakawa, Kenji and Fontaine, Léa and Peña, Sofía de la}");
    expect(bib).toContain("  year = {2017}");
    expect(bib).toContain("  institution = {Halden Institute}");
    expect(bib).toContain("  series = {Asia Papers}");
    expect(bib).toContain("  number = {92}");
    expect(bib).toContain("  url = {https://example.org/analyses/japan-russia}");
  });

  it("carries a DOI verbatim in BibTeX and as DO in RIS", () => {
    const withDoi = { ...entry, doi: "10.5555/asia_92" };
    expect(toBibtex([withDoi])).toContain("  doi = {10.5555/asia_92},");
    expect(toRis([withDoi]).split("\r\n")).toContain("DO  - 10.5555/asia_92");
    expect(toBibtex([entry])).not.toContain("doi =");
  });

  it("keeps braces balanced", () => {
    const unescaped = bib.replace(/\\[{}]/g, "");
    let depth = 0;
    for (const c of unescaped) {
      depth += c === "{" ? 1 : c === "}" ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it("uses incollection for book chapters, with the publisher", () => {
    const chapter = toBibtex([{ ...entry, type: "book-chapter", series: null, number: null }]);
    expect(chapter).toMatch(/^@incollection\{/);
    expect(chapter).toContain("publisher = {Halden Institute}");
    expect(chapter).not.toContain("series =");
  });
});

describe("toRis", () => {
  it("writes one tag per line, authors in order, ending with ER", () => {
    const lines = toRis([entry]).split("\r\n");
    expect(lines[0]).toBe("TY  - RPRT");
    expect(lines).toContain("TI  - Japan & Russia: {The} Thaw_That 100% Never Came");
    expect(lines.filter((l) => l.startsWith("AU  - "))).toEqual(["AU  - Arakawa, Kenji", "AU  - Fontaine, Léa", "AU  - Peña, Sofía de la"]);
    expect(lines).toContain("PY  - 2017");
    expect(lines).toContain("PB  - Halden Institute");
    expect(lines).toContain("T3  - Asia Papers");
    expect(lines).toContain("IS  - 92");
    expect(lines).toContain("UR  - https://example.org/analyses/japan-russia");
    expect(lines.at(-2)).toBe("ER  - ");
  });

  it("never lets a newline in a value start a new tag", () => {
    expect(toRis([{ ...entry, title: "Line one\nER  - injected" }])).toContain("TI  - Line one ER  - injected");
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and newlines, and defuses formulas", () => {
    const csv = toCsv([{ a: 'He said "hi", then left', b: "=HYPERLINK(1)", c: null }], ["a", "b", "c"]);
    expect(csv).toBe('a,b,c\r\n"He said ""hi"", then left",\'=HYPERLINK(1),\r\n');
  });
});
