import "server-only";
import { env } from "@/lib/env";
import { encodeResumptionToken, formatDatestamp, parseOaiRequest, type OaiError, type OaiListArgs, type OaiRequest } from "@/lib/oai/protocol";
import type { MetadataFormat } from "@/lib/formats/define-format";
import type { RecordMetadata } from "@/lib/formats/read-models";
import { findFormat, listFormats } from "@/lib/formats/registry";
import { findOaiHeader, listOaiHeaders, listOaiSets, readEarliestDatestamp, readRecordMetadata, type OaiHeader } from "@/lib/oai/records";
import { attributes, element, xmlText } from "@/lib/xml";

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

function record(h: OaiHeader, m: RecordMetadata | undefined, format: MetadataFormat<"record">): string {
  // A record whose row changed between the two reads is sent as its header says it was.
  if (h.deleted || !m) return `<record>${header({ ...h, deleted: true })}</record>`;
  return `<record>${header(h)}<metadata>${format.write([m])}</metadata></record>`;
}

/** The harvest format a metadataPrefix names, or the error that says which ones there are. */
function recordFormat(metadataPrefix: string): MetadataFormat<"record"> | OaiError[] {
  const format = findFormat({ model: "record", offeredIn: "oai", name: metadataPrefix });
  if (format) return format;
  const served = listFormats({ model: "record", offeredIn: "oai" }).map((f) => f.name).join(", ");
  return [{ code: "cannotDisseminateFormat", message: `This repository serves ${served}, not ${metadataPrefix.slice(0, 40)}.` }];
}

async function listRecords(request: OaiListArgs & { verb: "ListRecords" | "ListIdentifiers" }): Promise<string | OaiError[]> {
  const format = recordFormat(request.metadataPrefix);
  if (Array.isArray(format)) return format;
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
  const metadata = await readRecordMetadata(headers);
  return `<ListRecords>${headers.map((h) => record(h, metadata.get(h.id), format)).join("")}${resumption}</ListRecords>`;
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
      const formats = listFormats({ model: "record", offeredIn: "oai" });
      return `<ListMetadataFormats>${formats.map((f) => `<metadataFormat>${element("metadataPrefix", f.name)}${element("schema", f.oai!.schema)}${element("metadataNamespace", f.oai!.namespace)}</metadataFormat>`).join("")}</ListMetadataFormats>`;
    }
    case "ListSets": {
      const sets = await listOaiSets();
      return `<ListSets>${sets.map((s) => `<set>${element("setSpec", s.spec)}${element("setName", s.name)}</set>`).join("")}</ListSets>`;
    }
    case "GetRecord": {
      const id = idFromIdentifier(request.identifier);
      const h = id ? await findOaiHeader({ id }) : null;
      if (!h) return [{ code: "idDoesNotExist", message: "No record has this identifier." }];
      const format = recordFormat(request.metadataPrefix);
      if (Array.isArray(format)) return format;
      const metadata = await readRecordMetadata([h]);
      return `<GetRecord>${record(h, metadata.get(h.id), format)}</GetRecord>`;
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
