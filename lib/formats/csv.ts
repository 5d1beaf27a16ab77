import { toCsv } from "@/lib/csv";
import { typeLabel } from "@/lib/format";
import { defineFormat } from "@/lib/formats/define-format";

const COLUMNS = ["title", "authors", "date", "type", "series", "number", "url", "saved_at", "note"];

/** A spreadsheet of citations; from a reader's library, with when each was saved and its note. */
export default defineFormat({
  name: "csv",
  label: "CSV",
  model: "citation",
  contentType: "text/csv; charset=utf-8",
  extension: "csv",
  offeredIn: ["library"],
  write: (entries) =>
    toCsv(
      entries.map((e) => ({ title: e.title, authors: e.authors.join("; "), date: e.date, type: typeLabel(e.type), series: e.series, number: e.number, url: e.url, saved_at: e.savedAt?.toISOString(), note: e.note })),
      COLUMNS,
    ),
});
