// OAI-PMH through a harvester nobody here wrote (the npm `oai-pmh` client), over a loopback server
// that answers with lib/oai exactly as app/oai/route.ts does, on a synthetic catalogue of 3,000
// records with unpublished, deleted and never-published ones among them.
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

type Harvester = {
  identify(): Promise<Record<string, unknown>>;
  listIdentifiers(options: Record<string, string>): AsyncIterable<{ identifier: string; datestamp: string; $?: { status?: string }; setSpec?: string | string[] }>;
  listRecords(options: Record<string, string>): AsyncIterable<{ header: { identifier: string; $?: { status?: string } }; metadata?: Record<string, Record<string, unknown>> }>;
  getRecord(identifier: string, metadataPrefix: string): Promise<{ header: { identifier: string } }>;
  listSets(): AsyncIterable<{ setSpec: string }>;
};
const { OaiPmh } = createRequire(import.meta.url)("oai-pmh") as { OaiPmh: new (url: string, options?: object) => Harvester };

const OAI_NS = "http://www.openarchives.org/OAI/2.0/";

/** Parses as XML or throws; returns the document element. */
function parseXml(text: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && problems.push(message)) }).parseFromString(text, "text/xml");
  if (problems.length) throw new Error(`Not well-formed: ${problems.join("; ")}\n${text.slice(0, 500)}`);
  return doc.documentElement!;
}

let answerOaiRequest: typeof import("@/lib/oai/respond").answerOaiRequest;
let db: typeof import("@/lib/db").db;
let server: http.Server;
let baseUrl: string;
const responses: string[] = [];
const expected = { live: new Set<string>(), deleted: new Set<string>(), draft: new Set<string>() };
const host = "institute.example";
const T0 = Date.UTC(2025, 0, 1);
const HOUR = 3_600_000;

async function get(query: string) {
  const res = await fetch(`${baseUrl}?${query}`);
  const text = await res.text();
  return { status: res.status, text, root: parseXml(text) };
}

const errorCodes = (root: ReturnType<typeof parseXml>) => Array.from(root.getElementsByTagNameNS(OAI_NS, "error")).map((e) => e.getAttribute("code"));

beforeAll(async () => {
  await useTempDatabase();
  process.env.SITE_URL = "https://institute.example";
  ({ db } = await import("@/lib/db"));
  ({ answerOaiRequest } = await import("@/lib/oai/respond"));
  const { deletePublication } = await import("@/lib/editorial/publications");

  const center = await db.center.create({ data: { slug: "asia", name: "Asia & <Pacific>", description: "d" } });
  const other = await db.center.create({ data: { slug: "europe", name: "Europe", description: "d" } });
  const program = await db.program.create({ data: { slug: "energy", name: "Energy", description: "d", centerId: center.id } });
  const author = await db.author.create({ data: { slug: "lea", name: "Léa Fontaine", role: "r", bio: "b", orcid: "0000-0002-1825-0097" } });
  const rows = Array.from({ length: 3_000 }, (_, i) => {
    const status = i % 50 === 7 ? "DRAFT" : i % 50 === 9 ? "DRAFT" : "PUBLISHED";
    return {
      id: `pub${String(i).padStart(5, "0")}`,
      slug: `paper-${i}`,
      // Control characters and markup in titles must not break the XML.
      title: i === 3 ? "Energy <&> \u0001 security" : `Paper ${i}`,
      type: (["ANALYSIS", "REPORT", "POLICY_BRIEF"] as const)[i % 3],
      language: "en",
      publishedAt: new Date(T0 + i * HOUR),
      // Many share a second: the cursor must order them by id and lose none.
      updatedAt: new Date(T0 + Math.floor(i / 7) * HOUR),
      status: status as "DRAFT" | "PUBLISHED",
      // i % 50 === 9: a draft that was public once (unpublished): a deleted record.
      releasedAt: status === "PUBLISHED" || i % 50 === 9 ? new Date(T0 + i * HOUR) : null,
      summary: "s",
      teaser: `Teaser ${i}`,
      doi: i % 10 === 0 ? `10.5555/paper.${i}` : null,
      centerId: i % 2 ? center.id : other.id,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.publication.createMany({ data: rows.slice(i, i + 500) });
  await db.publicationAuthor.createMany({ data: rows.map((r) => ({ publicationId: r.id, authorId: author.id, position: 0 })) });
  await db.publication.update({ where: { id: "pub00001" }, data: { programs: { connect: { id: program.id } }, updatedAt: new Date(T0) } });
  for (const r of rows) {
    if (r.status === "PUBLISHED") expected.live.add(r.id);
    else if (r.releasedAt) expected.deleted.add(r.id);
    else expected.draft.add(r.id);
  }
  // Deleting one that was public leaves a tombstone; deleting a never-public draft leaves nothing.
  const editor = { id: null, email: "test@example.test" } as never;
  for (const id of ["pub00009", "pub00007"]) expect((await deletePublication({ editor, id })).ok).toBe(true);
  expected.draft.delete("pub00007");

  server = http.createServer((req, res) => {
    const url = new URL(req.url!, "http://x");
    void answerOaiRequest({ pairs: [...url.searchParams] }).then((body) => {
      responses.push(body);
      res.writeHead(200, { "content-type": "text/xml; charset=utf-8" }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oai`;
}, 120_000);

afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe("a whole harvest with a third-party client", () => {
  it("lists every record once: published ones with metadata, unpublished and deleted ones as deleted, drafts never", async () => {
    const harvester = new OaiPmh(baseUrl, { retry: false });
    const seen = new Map<string, string | undefined>();
    let withMetadata = 0;
    for await (const record of harvester.listRecords({ metadataPrefix: "oai_dc" })) {
      const id = record.header.identifier.replace(`oai:${host}:`, "");
      expect(seen.has(id), `${id} twice`).toBe(false);
      seen.set(id, record.header.$?.status);
      if (record.metadata) withMetadata++;
    }
    const live = [...seen].filter(([, status]) => status !== "deleted").map(([id]) => id);
    const deleted = [...seen].filter(([, status]) => status === "deleted").map(([id]) => id);
    expect(new Set(live)).toEqual(expected.live);
    expect(new Set(deleted)).toEqual(expected.deleted);
    expect(withMetadata).toBe(expected.live.size);
    for (const id of expected.draft) expect(seen.has(id)).toBe(false);
    // 2,880 live and 60 once public (one of them since deleted: a tombstone). The 60 never-public
    // drafts (one of them since deleted) never show.
    expect(seen.size).toBe(2_880 + 60);
    // Every response on the way was a well-formed OAI-PMH document.
    expect(responses.length).toBeGreaterThan(29);
    // The last page of a resumed list says so with an empty token.
    expect(responses.at(-1)).toContain("<resumptionToken></resumptionToken>");
    for (const body of responses) expect(parseXml(body).namespaceURI).toBe(OAI_NS);
  });

  it("agrees between ListIdentifiers and the database, and honours from/until and sets", async () => {
    const harvester = new OaiPmh(baseUrl, { retry: false });
    const all: string[] = [];
    for await (const h of harvester.listIdentifiers({ metadataPrefix: "oai_dc" })) all.push(h.identifier);
    expect(all.length).toBe(expected.live.size + expected.deleted.size);

    // updatedAt = T0 + floor(i / 7) hours: the hours 10..19 hold rows 70..139, minus the drafts.
    const from = new Date(T0 + 10 * HOUR).toISOString().replace(".000Z", "Z");
    const until = new Date(T0 + 19 * HOUR).toISOString().replace(".000Z", "Z");
    const window: string[] = [];
    for await (const h of harvester.listIdentifiers({ metadataPrefix: "oai_dc", from, until })) window.push(h.identifier.replace(`oai:${host}:`, ""));
    const want = Array.from({ length: 70 }, (_, k) => 70 + k).filter((i) => i % 50 !== 7).map((i) => `pub${String(i).padStart(5, "0")}`);
    expect(window.sort()).toEqual(want.sort());

    // One result: the client cannot iterate a list of one (xml2js gives it an object), so ask directly.
    const { root } = await get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=program:energy");
    expect(Array.from(root.getElementsByTagNameNS(OAI_NS, "identifier")).map((e) => e.textContent)).toEqual([`oai:${host}:pub00001`]);
    expect(root.getElementsByTagNameNS(OAI_NS, "resumptionToken").length).toBe(0);
    let reports = 0;
    for await (const h of harvester.listIdentifiers({ metadataPrefix: "oai_dc", set: "type:report" })) {
      expect([h.setSpec].flat()).toContain("type:report");
      reports++;
    }
    expect(reports).toBeGreaterThan(900);
  });

  it("answers Identify, ListSets and GetRecord", async () => {
    const harvester = new OaiPmh(baseUrl, { retry: false });
    const identify = await harvester.identify();
    expect(identify).toMatchObject({ protocolVersion: "2.0", deletedRecord: "persistent", granularity: "YYYY-MM-DDThh:mm:ssZ", baseURL: "https://institute.example/oai", earliestDatestamp: "2025-01-01T00:00:00Z" });
    const sets: string[] = [];
    for await (const s of harvester.listSets()) sets.push(s.setSpec);
    expect(sets).toEqual(expect.arrayContaining(["center", "center:asia", "program:energy", "type:policy-brief"]));
    const record = await harvester.getRecord(`oai:${host}:pub00010`, "oai_dc");
    expect(record.header.identifier).toBe(`oai:${host}:pub00010`);
  });
});

describe("the records themselves", () => {
  it("carry Dublin Core that links the landing page and the DOI, never the PDF", async () => {
    const { root } = await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:${host}:pub00010`);
    const dc = (name: string) => Array.from(root.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", name)).map((e) => e.textContent);
    expect(dc("title")).toEqual(["Paper 10"]);
    expect(dc("creator")).toEqual(["Léa Fontaine"]);
    expect(dc("identifier")).toEqual(["https://institute.example/analyses/paper-10", "https://doi.org/10.5555/paper.10"]);
    expect(dc("relation")).toContain("https://orcid.org/0000-0002-1825-0097");
    expect(dc("date")).toEqual([new Date(T0 + 10 * HOUR).toISOString().slice(0, 10)]);
    const text = root.toString();
    expect(text).not.toMatch(/\/pdf/);
  });

  it("escapes markup and drops what XML cannot carry", async () => {
    const { root } = await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:${host}:pub00003`);
    expect(root.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")[0].textContent).toBe("Energy <&>  security");
  });

  it("shows a deleted record as a header with status deleted", async () => {
    const { root } = await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:${host}:pub00009`);
    expect(root.getElementsByTagNameNS(OAI_NS, "header")[0].getAttribute("status")).toBe("deleted");
    expect(root.getElementsByTagNameNS(OAI_NS, "metadata").length).toBe(0);
  });
});

describe("protocol errors: status 200 and an <error> element", () => {
  const cases: Array<[string, string]> = [
    ["", "badVerb"],
    ["verb=Nonsense", "badVerb"],
    ["verb=Identify&verb=Identify", "badVerb"],
    ["verb=Identify&extra=1", "badArgument"],
    ["verb=ListRecords", "badArgument"],
    ["verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument"],
    ["verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-02&until=2025-01-01", "badArgument"],
    ["verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2025-01-02T00:00:00Z", "badArgument"],
    ["verb=ListRecords&metadataPrefix=oai_dc&from=2025-02-30", "badArgument"],
    ["verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01T10:00Z", "badArgument"],
    ["verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat"],
    ["verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01", "noRecordsMatch"],
    ["verb=ListRecords&metadataPrefix=oai_dc&set=center:nowhere", "noRecordsMatch"],
    [`verb=ListRecords&resumptionToken=${"x".repeat(10_000)}`, "badResumptionToken"],
    ["verb=ListRecords&resumptionToken=eyJ2IjoxfQ", "badResumptionToken"],
    // A datestamp past what a Date holds (issue 30, finding 7): 500 before.
    ["verb=ListRecords&resumptionToken=eyJ2IjoxLCJwIjoib2FpX2RjIiwidCI6OTAwNzE5OTI1NDc0MDk5MSwiaSI6IngifQ", "badResumptionToken"],
    [`verb=ListRecords&resumptionToken=${Buffer.from(JSON.stringify({ v: 1, p: "oai_dc", t: 8.64e15 + 1, i: "x" })).toString("base64url")}`, "badResumptionToken"],
    [`verb=ListIdentifiers&resumptionToken=${Buffer.from(JSON.stringify({ v: 1, p: "oai_dc", f: 9e15, t: 1, i: "x" })).toString("base64url")}`, "badResumptionToken"],
    ["verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc", "badArgument"],
    ["verb=ListSets&resumptionToken=abc", "badResumptionToken"],
    ["verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere:pub00010", "idDoesNotExist"],
    [`verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:${host}:pub00057`, "idDoesNotExist"],
    [`verb=GetRecord&metadataPrefix=mods&identifier=oai:${host}:pub00010`, "cannotDisseminateFormat"],
    ["verb=ListMetadataFormats&identifier=nope", "idDoesNotExist"],
  ];
  it.each(cases.map(([query, code]) => [query.slice(0, 90), code, query]))("%s → %s", async (_, code, query) => {
    const { status, root } = await get(query);
    expect(status).toBe(200);
    expect(errorCodes(root)).toContain(code);
  });

  it("echoes no arguments in <request> for badVerb and badArgument", async () => {
    const { root } = await get("verb=Identify&junk=%3Cscript%3E");
    expect(root.getElementsByTagNameNS(OAI_NS, "request")[0].attributes.length).toBe(0);
  });

  it("never writes a character XML 1.0 cannot carry", async () => {
    const { xmlText } = await import("@/lib/xml");
    expect(xmlText("a\u0000b\uD800c\uDC00d\uFFFEe\u{1F600}")).toBe("abcde\u{1F600}");
  });

  it("answers any arguments at all with a well-formed document (property)", async () => {
    const name = fc.oneof(fc.constantFrom("verb", "metadataPrefix", "from", "until", "set", "identifier", "resumptionToken"), fc.string({ maxLength: 8 }));
    const value = fc.oneof(fc.constantFrom("ListRecords", "ListIdentifiers", "GetRecord", "Identify", "ListSets", "oai_dc", "2025-01-01", "center:asia"), fc.string({ unit: "binary", maxLength: 30 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(name, value), { maxLength: 5 }), async (pairs) => {
        const body = await answerOaiRequest({ pairs });
        expect(parseXml(body).namespaceURI).toBe(OAI_NS);
      }),
      { numRuns: 150 },
    );
  });
});
