import "server-only";
import { toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { publicationPath } from "@/lib/i18n/paths";
import { monthsBetween, readMonthlyItemRequests } from "@/lib/stats/counter";

// A COUNTER Release 5.1 Item Report (IR) as CSV: the header block, then one row per publication
// and metric, with a column per month. Only the two request metrics Folio can measure are
// reported; investigations (page views) are not logged.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]}-${month.slice(0, 4)}`;

// COUNTER's Data_Type for each publication type.
const DATA_TYPE: Record<string, string> = { ANALYSIS: "Report", POLICY_BRIEF: "Report", REPORT: "Report", ARTICLE: "Article", BOOK_CHAPTER: "Book_Segment" };

const COLUMNS = ["Item", "Publisher", "Publisher_ID", "Platform", "Authors", "Publication_Date", "Article_Version", "DOI", "Proprietary_ID", "ISBN", "Print_ISSN", "Online_ISSN", "URI", "Data_Type", "YOP", "Access_Type", "Access_Method", "Metric_Type", "Reporting_Period_Total"];

export async function buildItemReportCsv({ fromMonth, toMonth, now = new Date() }: { fromMonth: string; toMonth: string; now?: Date }): Promise<string> {
  const months = monthsBetween(fromMonth, toMonth);
  const counts = await readMonthlyItemRequests({ fromMonth, toMonth });
  const ids = [...new Set(counts.map((c) => c.publicationId))];
  const publications = await db.publication.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, title: true, type: true, language: true, publishedAt: true, doi: true, authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, orcid: true } } } } },
  });
  const byId = new Map(publications.map((p) => [p.id, p]));
  const platform = new URL(env.SITE_URL).hostname;
  const lastDay = new Date(Date.UTC(Number(toMonth.slice(0, 4)), Number(toMonth.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const header = [
    ["Report_Name", "Item Report"],
    ["Report_ID", "IR"],
    ["Release", "5.1"],
    ["Institution_Name", "The World"],
    ["Institution_ID", ""],
    ["Metric_Types", "Total_Item_Requests; Unique_Item_Requests"],
    ["Report_Filters", "Access_Method=Regular"],
    ["Report_Attributes", "Attributes_To_Show=Authors|Publication_Date|Article_Version|Access_Type|Data_Type|YOP"],
    ["Exceptions", ""],
    ["Reporting_Period", `Begin_Date=${fromMonth}-01; End_Date=${lastDay}`],
    ["Created", now.toISOString().replace(/\.\d{3}Z$/, "Z")],
    ["Created_By", `${env.SITE_NAME} (Folio)`],
    ["Registry_Record", ""],
  ];
  const rows: Array<Record<string, string | number>> = [];
  for (const id of ids) {
    const p = byId.get(id);
    if (!p) continue;
    const mine = new Map(counts.filter((c) => c.publicationId === id).map((c) => [c.month, c]));
    for (const metric of ["Total_Item_Requests", "Unique_Item_Requests"] as const) {
      const perMonth = months.map((m) => (metric === "Total_Item_Requests" ? mine.get(m)?.total : mine.get(m)?.unique) ?? 0);
      rows.push({
        Item: p.title,
        Publisher: env.SITE_NAME,
        Publisher_ID: "",
        Platform: platform,
        Authors: p.authors.map(({ author }) => (author.orcid ? `${author.name} (ORCID:${author.orcid})` : author.name)).join("; "),
        Publication_Date: p.publishedAt.toISOString().slice(0, 10),
        Article_Version: "VoR",
        DOI: p.doi ?? "",
        Proprietary_ID: `${platform}:${p.id}`,
        ISBN: "",
        Print_ISSN: "",
        Online_ISSN: "",
        URI: `${env.SITE_URL}${publicationPath(p)}`,
        Data_Type: DATA_TYPE[p.type] ?? "Other",
        YOP: p.publishedAt.getUTCFullYear(),
        // Free to read for anyone who signs in, without a licence that makes it Open.
        Access_Type: "Free_To_Read",
        Access_Method: "Regular",
        Metric_Type: metric,
        Reporting_Period_Total: perMonth.reduce((a, b) => a + b, 0),
        ...Object.fromEntries(months.map((m, i) => [monthLabel(m), perMonth[i]])),
      });
    }
  }
  rows.sort((a, b) => String(a.Item).localeCompare(String(b.Item)) || String(a.Metric_Type).localeCompare(String(b.Metric_Type)));
  const head = header.map(([k, v]) => toCsv([{ k, v }], ["k", "v"]).split("\r\n")[1]).join("\r\n");
  return `${head}\r\n\r\n${toCsv(rows, [...COLUMNS, ...months.map(monthLabel)])}`;
}
