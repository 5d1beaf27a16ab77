// OAI-PMH over the real server: a third-party harvester (npm `oai-pmh`) takes the whole demo
// catalogue, and what it got is compared with the database. lib/oai/oai.test.ts covers the
// protocol's corners on 3,000 records; this checks the route, GET and POST, on both engines.
import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import { DRAFT } from "./helpers";
import { query } from "./support/db";

type Harvester = {
  identify(): Promise<Record<string, unknown>>;
  listRecords(options: Record<string, string>): AsyncIterable<{ header: { identifier: string; $?: { status?: string } }; metadata?: unknown }>;
};
const { OaiPmh } = createRequire(import.meta.url)("oai-pmh") as { OaiPmh: new (url: string, options?: object) => Harvester };

// The e2e server sends 10 records a page (OAI_PAGE_SIZE), so the demo's harvest resumes several
// times, on SQLite and on PostgreSQL.
test("a harvester takes the whole demo catalogue, exactly what is public", async ({ baseURL, request }) => {
  const first = await (await request.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc")).text();
  expect(first.match(/<header[ >]/g)).toHaveLength(10);
  expect(first).toMatch(/<resumptionToken>[A-Za-z0-9_-]+<\/resumptionToken>/);
  const harvester = new OaiPmh(`${baseURL}/oai`, { retry: false });
  const identify = await harvester.identify();
  expect(identify).toMatchObject({ protocolVersion: "2.0", deletedRecord: "persistent", baseURL: `${baseURL}/oai` });
  const host = new URL(baseURL!).hostname;
  const live = new Set<string>();
  const deleted = new Set<string>();
  for await (const record of harvester.listRecords({ metadataPrefix: "oai_dc" })) {
    const id = record.header.identifier.replace(`oai:${host}:`, "");
    (record.header.$?.status === "deleted" ? deleted : live).add(id);
    // The landing page, never the gated PDF route.
    expect(JSON.stringify(record.metadata ?? "")).not.toMatch(/\/analyses\/[^"]*\/pdf/);
  }
  const published = await query<{ id: string }>(`SELECT id FROM "Publication" WHERE status = 'PUBLISHED'`);
  expect([...live].sort()).toEqual(published.map((r) => r.id).sort());
  const once = await query<{ id: string }>(`SELECT id FROM "Publication" WHERE status <> 'PUBLISHED' AND "releasedAt" IS NOT NULL UNION SELECT id FROM "DeletedPublication"`);
  expect([...deleted].sort()).toEqual(once.map((r) => r.id).sort());
  const [draft] = await query<{ id: string }>(`SELECT id FROM "Publication" WHERE slug = $1`, [DRAFT]);
  expect(live.has(draft.id) || deleted.has(draft.id)).toBe(false);
});

test("GET and POST answer alike; errors are 200s with <error>; a huge body is a readable 413", async ({ request }) => {
  const get = await request.get("/oai?verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01");
  expect(get.status()).toBe(200);
  expect(get.headers()["content-type"]).toBe("text/xml; charset=utf-8");
  expect(await get.text()).toContain('<error code="noRecordsMatch">');
  const post = await request.post("/oai", { form: { verb: "ListSets" } });
  expect(post.status()).toBe(200);
  expect(await post.text()).toMatch(/<setSpec>center:[a-z-]+<\/setSpec>/);
  const bad = await request.get(`/oai?verb=ListRecords&resumptionToken=${"A".repeat(10_000)}`);
  expect(bad.status()).toBe(200);
  expect(await bad.text()).toContain('<error code="badResumptionToken">');
  const huge = await request.post("/oai", { headers: { "content-type": "application/x-www-form-urlencoded" }, data: `verb=Identify&x=${"a".repeat(100_000)}` });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain("too large");
});
