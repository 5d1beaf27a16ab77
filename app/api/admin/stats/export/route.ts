import { getSession } from "@/lib/auth";
import { toCsv } from "@/lib/csv";
import { listTopPublications, readDownloadSeries, readNewAccountsPerWeek } from "@/lib/editorial/stats";
import { notFoundResponse } from "@/lib/http/responses";
import { counterPeriodSchema, statsPeriodSchema } from "@/lib/validations/editorial";
import { htmlMessage } from "@/lib/http/responses";
import { messageFor, type MessageCode } from "@/lib/messages/catalog";
import { buildItemReportCsv } from "@/lib/stats/item-report";

/** The COUNTER R5.1 Item Report for whole months (lib/stats/item-report.ts). */
async function counterReport(params: URLSearchParams) {
  const period = counterPeriodSchema.safeParse({ from: params.get("from") ?? "", to: params.get("to") ?? "" });
  if (!period.success) {
    const { title, text } = messageFor(period.error.issues[0].message as MessageCode);
    return htmlMessage({ status: 422, title, message: text, backHref: "/admin" });
  }
  const { from, to } = period.data;
  return new Response(await buildItemReportCsv({ fromMonth: from, toMonth: to }), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="folio-counter-ir-${from}-${to}.csv"`, "cache-control": "no-store" },
  });
}

export async function GET(request: Request) {
  const session = await getSession();
  if (session?.user.role !== "EDITOR" && session?.user.role !== "ADMIN") return notFoundResponse();
  const params = new URL(request.url).searchParams;
  if (params.get("report") === "counter") return counterReport(params);
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
