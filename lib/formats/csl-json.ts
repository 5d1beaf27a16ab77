import { splitPersonName } from "@/lib/format";
import { defineFormat } from "@/lib/formats/define-format";

// CSL-JSON, the input of citeproc (Zotero, Pandoc, Mendeley): one object per item, in an array.
const CSL_TYPES: Record<string, string> = { "book-chapter": "chapter", article: "article-journal" };

export default defineFormat({
  name: "csl-json",
  label: "CSL-JSON",
  model: "citation",
  contentType: "application/vnd.citationstyles.csl+json; charset=utf-8",
  extension: "json",
  offeredIn: ["cite", "library"],
  write: (entries) =>
    JSON.stringify(
      entries.map((e) => {
        const [y, m, d] = e.date.split("-").map(Number);
        return {
          id: e.key,
          type: CSL_TYPES[e.type] ?? "report",
          title: e.title,
          author: e.authors.map((name) => splitPersonName(name)),
          issued: { "date-parts": [[y, m, d]] },
          publisher: e.institution,
          ...(e.series ? { "collection-title": e.series } : {}),
          ...(e.number != null ? { number: String(e.number) } : {}),
          URL: e.url,
          ...(e.doi ? { DOI: e.doi } : {}),
          ...(e.language ? { language: e.language } : {}),
          ...(e.note ? { note: e.note } : {}),
        };
      }),
      null,
      2,
    ) + "\n",
});
