import { getSession } from "@/lib/auth";
import { toCsv } from "@/lib/bookmarks/citations";
import { listTopPublications, readDownloadSeries, readNewAccountsPerWeek } from "@/lib/editorial/stats";
import { notFoundResponse } from "@/lib/http/responses";
import { statsPeriodSchema } from "@/lib/validations/editorial";

export async function GET(request: Request) {
  const session = await getSession();
  if (session?.user.role !== "EDITOR" && session?.user.role !== "ADMIN") return notFoundResponse();
  const params = new URL(request.url).searchParams;
  const { days, publication } = statsPeriodSchema.parse({ days: params.get("days") ?? undefined, publication: params.get("publication") ?? undefined });
  const report = params.get("report");
  let csv: string;
  if (report === "downloads") {
    csv = toCsv(await readDownloadSeries({ days, publicationId: publication }), ["day", "count"]);
  } else if (report === "top") {
    const top = await listTopPublications({ days });
    csv = toCsv([...top.downloads.map((r, i) => ({ list: "downloads", rank: i + 1, ...r })), ...top.saves.map((r, i) => ({ list: "saves", rank: i + 1, ...r }))], ["list", "rank", "id", "title", "count"]);
  } else if (report === "accounts") {
    csv = toCsv(await readNewAccountsPerWeek({ weeks: 12 }), ["week", "count"]);
  } else {
    return notFoundResponse("/admin");
  }
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="folio-${report}-${days}d.csv"`, "cache-control": "no-store" },
  });
}
