import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { canonicalUrl } from "@/lib/publications/citation";
import { element } from "@/lib/oai/xml";
import { orcidUrl } from "@/lib/validations/identifiers";

// A Crossref deposit (schema 5.3.1) registering the DOIs of a selection of publications as
// report-paper records: authors with their ORCID iDs, title, abstract, date, the institute as
// publisher and institution (the centre as its department), the series and number as the report
// number, and the DOI pointing at the landing page. Crossref's report-paper_series_metadata needs
// an ISSN for the series, which Folio does not hold, so the series travels in publisher_item.
// Depositing the file (HTTPS POST with the member's credentials) is left to the operator.

export const CROSSREF_SCHEMA = "5.3.1";
const NS = `http://www.crossref.org/schema/${CROSSREF_SCHEMA}`;

const SELECT = {
  id: true,
  slug: true,
  title: true,
  language: true,
  teaser: true,
  publishedAt: true,
  series: true,
  seriesNumber: true,
  doi: true,
  center: { select: { name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, orcid: true } } } },
} as const;

export type CrossrefSelection = { ids?: string[]; since?: Date };

/** Published publications with a DOI, among `ids` or changed since `since` (all when neither). */
export async function listDepositable({ ids, since }: CrossrefSelection) {
  return db.publication.findMany({
    where: { status: "PUBLISHED", doi: { not: null }, ...(ids ? { id: { in: ids } } : {}), ...(since ? { updatedAt: { gte: since } } : {}) },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: SELECT,
    take: 5_000,
  });
}

type Depositable = Awaited<ReturnType<typeof listDepositable>>[number];

function personName(name: string, orcid: string | null, first: boolean): string {
  const parts = name.trim().split(/\s+/);
  const surname = parts.pop() ?? name;
  return (
    `<person_name sequence="${first ? "first" : "additional"}" contributor_role="author">` +
    element("given_name", parts.join(" ")) +
    element("surname", surname) +
    (orcid ? element("ORCID", orcidUrl(orcid)) : "") +
    `</person_name>`
  );
}

function reportPaper(p: Depositable): string {
  const d = p.publishedAt;
  const two = (n: number) => String(n).padStart(2, "0");
  // item_number holds 32 characters at most.
  const reportNumber = p.series ? (p.seriesNumber != null ? `${p.series} ${p.seriesNumber}` : p.series).slice(0, 32) : null;
  return (
    `<report-paper><report-paper_metadata language="${p.language}">` +
    (p.authors.length ? `<contributors>${p.authors.map((a, i) => personName(a.author.name, a.author.orcid, i === 0)).join("")}</contributors>` : "") +
    `<titles>${element("title", p.title)}</titles>` +
    (p.teaser ? `<jats:abstract xml:lang="${p.language}">${element("jats:p", p.teaser)}</jats:abstract>` : "") +
    `<publication_date media_type="online"><month>${two(d.getUTCMonth() + 1)}</month><day>${two(d.getUTCDate())}</day><year>${d.getUTCFullYear()}</year></publication_date>` +
    `<publisher>${element("publisher_name", env.SITE_NAME)}</publisher>` +
    `<institution>${element("institution_name", env.SITE_NAME)}${element("institution_department", p.center.name)}</institution>` +
    (reportNumber ? `<publisher_item>${element("item_number", reportNumber, { item_number_type: "report-number" })}</publisher_item>` : "") +
    `<doi_data>${element("doi", p.doi!)}${element("resource", canonicalUrl(p))}</doi_data>` +
    `</report-paper_metadata></report-paper>`
  );
}

/** The deposit file for `publications`. `now` names the batch and is its timestamp. */
export function buildCrossrefDeposit({ publications, now = new Date() }: { publications: Depositable[]; now?: Date }): string {
  // Crossref orders deposits of one DOI by this number: later deposits must carry larger ones.
  const timestamp = now.toISOString().replace(/\D/g, "").slice(0, 17);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<doi_batch version="${CROSSREF_SCHEMA}" xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:jats="http://www.ncbi.nlm.nih.gov/JATS1" xsi:schemaLocation="${NS} https://www.crossref.org/schemas/crossref${CROSSREF_SCHEMA}.xsd">` +
    `<head>` +
    element("doi_batch_id", `folio-${timestamp}`) +
    `<timestamp>${timestamp}</timestamp>` +
    `<depositor>${element("depositor_name", env.SITE_NAME)}${element("email_address", env.CONTACT_EMAIL)}</depositor>` +
    element("registrant", env.SITE_NAME) +
    `</head>` +
    `<body>${publications.map(reportPaper).join("")}</body>` +
    `</doi_batch>\n`
  );
}
