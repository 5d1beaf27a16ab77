import "server-only";
import { env } from "@/lib/env";
import { publicationPath } from "@/lib/i18n/paths";
import { encodeResumptionToken, formatDatestamp, parseOaiRequest, type OaiError, type OaiListArgs, type OaiRequest } from "@/lib/oai/protocol";
import { findOaiHeader, listOaiHeaders, listOaiSets, readEarliestDatestamp, readOaiMetadata, type OaiHeader, type OaiMetadata } from "@/lib/oai/records";
import { attributes, element, xmlText } from "@/lib/oai/xml";
import { doiUrl, orcidUrl } from "@/lib/validations/identifiers";

const OAI_DC = {
  metadataPrefix: "oai_dc",
  schema: "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
  metadataNamespace: "http://www.openarchives.org/OAI/2.0/oai_dc/",
};

export const oaiBaseUrl = () => `${env.SITE_URL}/oai`;
const repositoryId = () => new URL(env.SITE_URL).hostname;

/** oai:<SITE_URL's host>:<publication id>. Ids never change, where slugs may. */
export const oaiIdentifier = (id: string) => `oai:${repositoryId()}:${id}`;

function idFromIdentifier(identifier: string): string | null {
  const prefix = `oai:${repositoryId()}:`;
  if (!identifier.startsWith(prefix)) return null;
  const id = identifier.slice(prefix.length);
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

function envelope(echo: Record<string, string>, body: string, now: Date): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">` +
    `<responseDate>${formatDatestamp(now.getTime())}</responseDate>` +
    `<request${attributes(echo)}>${xmlText(oaiBaseUrl())}</request>` +
    body +
    `</OAI-PMH>\n`
  );
}

const errors = (list: OaiError[]) => list.map((e) => `<error code="${e.code}">${xmlText(e.message)}</error>`).join("");

function header(h: OaiHeader): string {
  return (
    `<header${h.deleted ? ' status="deleted"' : ""}>` +
    element("identifier", oaiIdentifier(h.id)) +
    element("datestamp", formatDatestamp(h.datestamp)) +
    h.sets.map((s) => element("setSpec", s)).join("") +
    `</header>`
  );
}

const DC_TYPE: Record<string, string> = { ANALYSIS: "analysis", POLICY_BRIEF: "policy brief", REPORT: "report", ARTICLE: "article", BOOK_CHAPTER: "book chapter" };

/** Unqualified Dublin Core. It names the landing page, never the PDF: that needs a session. */
export function dublinCore(m: OaiMetadata): string {
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

function record(h: OaiHeader, m: OaiMetadata | undefined): string {
  // A record whose row changed between the two reads is sent as its header says it was.
  if (h.deleted || !m) return `<record>${header({ ...h, deleted: true })}</record>`;
  return `<record>${header(h)}<metadata>${dublinCore(m)}</metadata></record>`;
}

async function listRecords(request: OaiListArgs & { verb: "ListRecords" | "ListIdentifiers" }): Promise<string | OaiError[]> {
  if (request.metadataPrefix !== OAI_DC.metadataPrefix) return [{ code: "cannotDisseminateFormat", message: `This repository serves oai_dc only, not ${request.metadataPrefix.slice(0, 40)}.` }];
  const { headers, more } = await listOaiHeaders({ ...request, take: env.OAI_PAGE_SIZE });
  if (!headers.length) {
    return request.after
      ? [{ code: "badResumptionToken", message: "Nothing follows this resumptionToken; start the list again." }]
      : [{ code: "noRecordsMatch", message: "No record matches these arguments." }];
  }
  const last = headers[headers.length - 1];
  const token = more ? encodeResumptionToken({ ...request, after: { datestamp: last.datestamp, id: last.id } }) : "";
  // The last page of a resumed list carries an empty token; a list that fits in one page carries none.
  const resumption = more || request.after ? `<resumptionToken>${token}</resumptionToken>` : "";
  if (request.verb === "ListIdentifiers") return `<ListIdentifiers>${headers.map(header).join("")}${resumption}</ListIdentifiers>`;
  const metadata = await readOaiMetadata(headers);
  return `<ListRecords>${headers.map((h) => record(h, metadata.get(h.id))).join("")}${resumption}</ListRecords>`;
}

async function answer(request: OaiRequest): Promise<string | OaiError[]> {
  switch (request.verb) {
    case "Identify": {
      const earliest = await readEarliestDatestamp();
      return (
        `<Identify>` +
        element("repositoryName", env.SITE_NAME) +
        element("baseURL", oaiBaseUrl()) +
        `<protocolVersion>2.0</protocolVersion>` +
        element("adminEmail", env.CONTACT_EMAIL) +
        element("earliestDatestamp", formatDatestamp(earliest)) +
        `<deletedRecord>persistent</deletedRecord>` +
        `<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>` +
        `<description><oai-identifier xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd">` +
        `<scheme>oai</scheme>` +
        element("repositoryIdentifier", repositoryId()) +
        `<delimiter>:</delimiter>` +
        element("sampleIdentifier", oaiIdentifier("cm0abc123def456ghi789jkl")) +
        `</oai-identifier></description>` +
        `</Identify>`
      );
    }
    case "ListMetadataFormats": {
      if (request.identifier !== undefined) {
        const id = idFromIdentifier(request.identifier);
        if (!id || !(await findOaiHeader({ id }))) return [{ code: "idDoesNotExist", message: "No record has this identifier." }];
      }
      return `<ListMetadataFormats><metadataFormat>${element("metadataPrefix", OAI_DC.metadataPrefix)}${element("schema", OAI_DC.schema)}${element("metadataNamespace", OAI_DC.metadataNamespace)}</metadataFormat></ListMetadataFormats>`;
    }
    case "ListSets": {
      const sets = await listOaiSets();
      return `<ListSets>${sets.map((s) => `<set>${element("setSpec", s.spec)}${element("setName", s.name)}</set>`).join("")}</ListSets>`;
    }
    case "GetRecord": {
      const id = idFromIdentifier(request.identifier);
      const h = id ? await findOaiHeader({ id }) : null;
      if (!h) return [{ code: "idDoesNotExist", message: "No record has this identifier." }];
      if (request.metadataPrefix !== OAI_DC.metadataPrefix) return [{ code: "cannotDisseminateFormat", message: `This repository serves oai_dc only, not ${request.metadataPrefix.slice(0, 40)}.` }];
      const metadata = await readOaiMetadata([h]);
      return `<GetRecord>${record(h, metadata.get(h.id))}</GetRecord>`;
    }
    case "ListIdentifiers":
    case "ListRecords":
      return listRecords(request);
  }
}

/**
 * The whole OAI-PMH response for one request's arguments. Protocol errors are answers, not
 * failures: they come back in the document, and the route sends them with status 200.
 */
export async function answerOaiRequest({ pairs, now = new Date() }: { pairs: Array<[string, string]>; now?: Date }): Promise<string> {
  const parsed = parseOaiRequest(pairs);
  if (!parsed.ok) return envelope(parsed.echo, errors(parsed.errors), now);
  const body = await answer(parsed.request);
  // An error on a valid request still echoes its arguments (spec 3.6).
  return envelope(parsed.echo, typeof body === "string" ? body : errors(body), now);
}
