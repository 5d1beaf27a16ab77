import "server-only";
// The citation formats (BibTeX, RIS) of one publication or of a reader's library, and the entry
// both are written from.
import { env } from "@/lib/env";
import { isoDate, typeToSlug } from "@/lib/format";
import { canonicalUrl, type Citable } from "@/lib/publications/citation";

export type CitationEntry = {
  key: string;
  type: string; // analysis, policy-brief, report, article, book-chapter
  title: string;
  authors: string[]; // "Given Family", in order
  year: number;
  date: string; // YYYY-MM-DD
  institution: string;
  series?: string | null;
  number?: number | null;
  url: string;
  language?: string;
  /** Bare, as stored (10.1234/abc). */
  doi?: string | null;
};

/** What the BibTeX, RIS and CSV writers need, for the library export and "Cite this" alike. */
export function toCitationEntry(p: Citable): CitationEntry {
  return {
    key: p.slug,
    type: typeToSlug(p.type),
    title: p.title,
    authors: p.authors.map((a) => a.author.name),
    year: p.publishedAt.getUTCFullYear(),
    date: isoDate(p.publishedAt),
    institution: env.SITE_NAME,
    series: p.series,
    number: p.seriesNumber,
    url: canonicalUrl(p),
    language: p.language,
    doi: p.doi ?? null,
  };
}

/** "Jane Q. Roe" → { family: "Roe", given: "Jane Q." } (the last word is the family name). */
function splitName(name: string) {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? "";
  return { family, given: parts.join(" ") };
}

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
        ["author", e.authors.map((a) => { const n = splitName(a); return n.given ? `${escapeBibtex(n.family)}, ${escapeBibtex(n.given)}` : escapeBibtex(n.family); }).join(" and ")],
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

const RIS_TYPES: Record<string, string> = { "book-chapter": "CHAP", article: "JOUR", report: "RPRT", analysis: "RPRT", "policy-brief": "RPRT" };

/** RIS: one tag per line, values on one line; CRLF as the format asks. */
export function toRis(entries: CitationEntry[]): string {
  const line = (tag: string, value: string | number) => `${tag}  - ${String(value).replace(/[\r\n]+/g, " ")}`;
  return entries
    .map((e) => {
      const lines = [line("TY", RIS_TYPES[e.type] ?? "RPRT"), line("TI", e.title)];
      for (const a of e.authors) {
        const n = splitName(a);
        lines.push(line("AU", n.given ? `${n.family}, ${n.given}` : n.family));
      }
      lines.push(line("PY", e.year), line("DA", e.date.replace(/-/g, "/")), line("PB", e.institution));
      if (e.series) lines.push(line("T3", e.series));
      if (e.number != null) lines.push(line("IS", e.number));
      if (e.language) lines.push(line("LA", e.language));
      if (e.doi) lines.push(line("DO", e.doi));
      lines.push(line("UR", e.url), "ER  - ");
      return lines.join("\r\n");
    })
    .join("\r\n")
    .concat("\r\n");
}
