import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv";
import { escapeBibtex, toBibtex } from "@/lib/formats/bibtex";
import type { CitationEntry } from "@/lib/formats/read-models";
import { toRis } from "@/lib/formats/ris";

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

describe("the library's CSV", () => {
  it("adds when each was saved and the reader's note, and names the type in words", async () => {
    const { findFormat } = await import("@/lib/formats/registry");
    const csv = findFormat({ model: "citation", offeredIn: "library", name: "csv" })!;
    const out = csv.write([{ ...entry, savedAt: new Date("2026-03-04T05:06:07Z"), note: "=cmd, read again" }]).split("\r\n");
    expect(out[0]).toBe("title,authors,date,type,series,number,url,saved_at,note");
    expect(out[1]).toBe('Japan & Russia: {The} Thaw_That 100% Never Came,Kenji Arakawa; Léa Fontaine; Sofía de la Peña,2017-02-15,Analysis,Asia Papers,92,https://example.org/analyses/japan-russia,2026-03-04T05:06:07.000Z,"\'=cmd, read again"');
  });
});

describe("CSL-JSON", () => {
  it("writes citeproc's item: type, split names, date parts, series and DOI", async () => {
    const { findFormat } = await import("@/lib/formats/registry");
    const csl = findFormat({ model: "citation", offeredIn: "cite", name: "csl-json" })!;
    const [item] = JSON.parse(csl.write([{ ...entry, doi: "10.1234/abc" }]));
    expect(item).toMatchObject({
      id: "japan-russia",
      type: "report",
      title: "Japan & Russia: {The} Thaw_That 100% Never Came",
      author: [{ family: "Arakawa", given: "Kenji" }, { family: "Fontaine", given: "Léa" }, { family: "Peña", given: "Sofía de la" }],
      issued: { "date-parts": [[2017, 2, 15]] },
      publisher: "Halden Institute",
      "collection-title": "Asia Papers",
      number: "92",
      DOI: "10.1234/abc",
    });
  });
});

describe("the registry", () => {
  it("lists every format file once, each name once per read model", async () => {
    const fs = await import("node:fs");
    const { FORMATS } = await import("@/lib/formats/registry");
    const support = ["define-format.ts", "read-models.ts", "registry.ts", "citation-entry.ts"];
    const files = fs.readdirSync("lib/formats").filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !support.includes(f));
    expect(FORMATS.map((f) => `${f.name.replace("_", "-")}.ts`).sort()).toEqual(files.sort());
    expect(new Set(FORMATS.map((f) => `${f.model}:${f.name}`)).size).toBe(FORMATS.length);
  });

  it("offers under Cite this and in the library only citation formats, and to OAI-PMH only those with a schema", async () => {
    const { FORMATS, listFormats } = await import("@/lib/formats/registry");
    for (const f of FORMATS) {
      if (f.offeredIn.includes("cite") || f.offeredIn.includes("library")) expect(f.model, f.name).toBe("citation");
      if (f.offeredIn.includes("oai")) expect(f.oai, f.name).toBeDefined();
    }
    expect(listFormats({ model: "citation", offeredIn: "cite" }).map((f) => f.name)).toEqual(["bibtex", "ris", "csl-json"]);
    expect(listFormats({ model: "record", offeredIn: "oai" }).map((f) => f.name)).toEqual(["oai_dc"]);
  });
});
