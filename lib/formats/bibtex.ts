import { splitPersonName } from "@/lib/format";
import { defineFormat } from "@/lib/formats/define-format";
import type { CitationEntry } from "@/lib/formats/read-models";

// BibTeX: braces must balance, and the specials \ { } & % $ # _ ~ ^ are escaped. Accented letters
// stay UTF-8 (biber and modern BibTeX read it); a lone brace becomes \{ or \}.
const BIBTEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  "$": "\\$",
  "#": "\\#",
  "_": "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIALS[c]);
}

const BIBTEX_TYPES: Record<string, string> = { "book-chapter": "incollection", article: "article" };

export function toBibtex(entries: CitationEntry[]): string {
  return entries
    .map((e) => {
      const fields: Array<[string, string | number | null | undefined]> = [
        ["title", `{${escapeBibtex(e.title)}}`],
        ["author", e.authors.map((a) => { const n = splitPersonName(a); return n.given ? `${escapeBibtex(n.family)}, ${escapeBibtex(n.given)}` : escapeBibtex(n.family); }).join(" and ")],
        ["year", e.year],
        ["date", e.date],
        [BIBTEX_TYPES[e.type] === "incollection" ? "publisher" : "institution", escapeBibtex(e.institution)],
        ["series", e.series ? escapeBibtex(e.series) : null],
        ["number", e.number ?? null],
        ["type", e.type.replace(/-/g, " ")],
        ["language", e.language ?? null],
        // Verbatim: biblatex reads doi as a URL-like field, where escaping would change it.
        ["doi", e.doi && !/[{}]/.test(e.doi) ? e.doi : null],
        ["url", e.url],
      ];
      const body = fields
        .filter(([, v]) => v !== null && v !== undefined && v !== "")
        .map(([k, v]) => `  ${k} = {${v}}`)
        .join(",\n");
      return `@${BIBTEX_TYPES[e.type] ?? "techreport"}{${e.key},\n${body}\n}\n`;
    })
    .join("\n");
}

export default defineFormat({
  name: "bibtex",
  label: "BibTeX",
  model: "citation",
  contentType: "application/x-bibtex; charset=utf-8",
  extension: "bib",
  offeredIn: ["cite", "library"],
  write: toBibtex,
});
