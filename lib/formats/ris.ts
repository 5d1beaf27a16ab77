import { splitPersonName } from "@/lib/format";
import { defineFormat } from "@/lib/formats/define-format";
import type { CitationEntry } from "@/lib/formats/read-models";

const RIS_TYPES: Record<string, string> = { "book-chapter": "CHAP", article: "JOUR", report: "RPRT", analysis: "RPRT", "policy-brief": "RPRT" };

/** RIS: one tag per line, values on one line; CRLF as the format asks. */
export function toRis(entries: CitationEntry[]): string {
  const line = (tag: string, value: string | number) => `${tag}  - ${String(value).replace(/[\r\n]+/g, " ")}`;
  return entries
    .map((e) => {
      const lines = [line("TY", RIS_TYPES[e.type] ?? "RPRT"), line("TI", e.title)];
      for (const a of e.authors) {
        const n = splitPersonName(a);
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

export default defineFormat({
  name: "ris",
  label: "RIS",
  model: "citation",
  contentType: "application/x-research-info-systems; charset=utf-8",
  extension: "ris",
  offeredIn: ["cite", "library"],
  write: toRis,
});
