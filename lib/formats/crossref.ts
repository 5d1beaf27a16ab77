import "server-only";
import { env } from "@/lib/env";
import { splitPersonName } from "@/lib/format";
import { defineFormat } from "@/lib/formats/define-format";
import type { DepositRecord } from "@/lib/formats/read-models";
import { canonicalUrl } from "@/lib/publications/citation";
import { orcidUrl } from "@/lib/validations/identifiers";
import { element } from "@/lib/xml";

// A Crossref deposit (schema 5.3.1) registering the DOIs of a selection of publications as
// report-paper records: authors with their ORCID iDs, title, abstract, date, the institute as
// publisher and institution (the centre as its department), the series and number as the report
// number, and the DOI pointing at the landing page. Crossref's report-paper_series_metadata needs
// an ISSN for the series, which Folio does not hold, so the series travels in publisher_item.
// Depositing the file (HTTPS POST with the member's credentials) is left to the operator.

export const CROSSREF_SCHEMA = "5.3.1";
const NS = `http://www.crossref.org/schema/${CROSSREF_SCHEMA}`;

function personName(name: string, orcid: string | null, first: boolean): string {
  const { family, given } = splitPersonName(name);
  return (
    `<person_name sequence="${first ? "first" : "additional"}" contributor_role="author">` +
    element("given_name", given) +
    element("surname", family || name) +
    (orcid ? element("ORCID", orcidUrl(orcid)) : "") +
    `</person_name>`
  );
}

function reportPaper(p: DepositRecord): string {
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
function buildDeposit(publications: DepositRecord[], now = new Date()): string {
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

export default defineFormat({
  name: "crossref",
  label: "Crossref deposit",
  model: "deposit",
  contentType: "application/xml; charset=utf-8",
  extension: "xml",
  offeredIn: [],
  write: (publications, { now } = {}) => buildDeposit(publications, now),
});
