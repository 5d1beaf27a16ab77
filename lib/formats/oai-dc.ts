import "server-only";
import { env } from "@/lib/env";
import { defineFormat } from "@/lib/formats/define-format";
import type { RecordMetadata } from "@/lib/formats/read-models";
import { publicationPath } from "@/lib/i18n/paths";
import { doiUrl, orcidUrl } from "@/lib/validations/identifiers";
import { element } from "@/lib/xml";

const DC_TYPE: Record<string, string> = { ANALYSIS: "analysis", POLICY_BRIEF: "policy brief", REPORT: "report", ARTICLE: "article", BOOK_CHAPTER: "book chapter" };

/** Unqualified Dublin Core. It names the landing page, never the PDF: that needs a session. */
function dublinCore(m: RecordMetadata): string {
  const dc = (name: string, value: string | null) => element(`dc:${name}`, value);
  return (
    `<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">` +
    dc("title", m.title) +
    m.authors.map((a) => dc("creator", a.name)).join("") +
    m.topics.map((t) => dc("subject", t)).join("") +
    dc("description", m.teaser) +
    dc("publisher", env.SITE_NAME) +
    dc("contributor", m.centerName) +
    dc("date", m.publishedAt.toISOString().slice(0, 10)) +
    dc("type", "Text") +
    dc("type", DC_TYPE[m.type] ?? m.type.toLowerCase()) +
    (m.hasPdf ? dc("format", "application/pdf") : "") +
    dc("identifier", `${env.SITE_URL}${publicationPath(m)}`) +
    (m.doi ? dc("identifier", doiUrl(m.doi)) : "") +
    dc("language", m.language) +
    m.regions.map((r) => dc("coverage", r)).join("") +
    (m.series ? dc("relation", m.seriesNumber ? `${m.series}, ${m.seriesNumber}` : m.series) : "") +
    m.authors.filter((a) => a.orcid).map((a) => dc("relation", orcidUrl(a.orcid!))).join("") +
    `</oai_dc:dc>`
  );
}

export default defineFormat({
  name: "oai_dc",
  label: "Dublin Core (OAI-PMH)",
  model: "record",
  contentType: "text/xml; charset=utf-8",
  extension: "xml",
  offeredIn: ["oai"],
  oai: { schema: "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", namespace: "http://www.openarchives.org/OAI/2.0/oai_dc/" },
  write: (records) => records.map(dublinCore).join(""),
});
