import { getSession } from "@/lib/auth";
import { toCsv } from "@/lib/csv";
import { toBibtex, toCitationEntry, toRis } from "@/lib/formats/citations";
import { listLibraryForExport } from "@/lib/bookmarks/queries";
import { typeLabel } from "@/lib/format";
import { notFoundResponse, seeOther } from "@/lib/http/responses";

const FORMATS = {
  bibtex: { type: "application/x-bibtex; charset=utf-8", ext: "bib" },
  ris: { type: "application/x-research-info-systems; charset=utf-8", ext: "ris" },
  csv: { type: "text/csv; charset=utf-8", ext: "csv" },
} as const;

export async function GET(request: Request) {
  const session = await getSession();
  if (!session) return seeOther("/sign-in?callbackUrl=/library");
  const format = new URL(request.url).searchParams.get("format") as keyof typeof FORMATS | null;
  if (!format || !(format in FORMATS)) return notFoundResponse("/library");
  const rows = await listLibraryForExport({ userId: session.user.id });
  const entries = rows.map((r) => toCitationEntry(r.publication));
  const body =
    format === "bibtex"
      ? toBibtex(entries)
      : format === "ris"
        ? toRis(entries)
        : toCsv(
            rows.map((r, i) => ({
              title: entries[i].title,
              authors: entries[i].authors.join("; "),
              date: entries[i].date,
              type: typeLabel(r.publication.type),
              series: entries[i].series,
              number: entries[i].number,
              url: entries[i].url,
              saved_at: r.createdAt.toISOString(),
              note: r.note,
            })),
            ["title", "authors", "date", "type", "series", "number", "url", "saved_at", "note"],
          );
  const { type, ext } = FORMATS[format];
  return new Response(body, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="folio-library.${ext}"`,
      "cache-control": "private, no-store",
    },
  });
}
