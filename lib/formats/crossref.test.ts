// The Crossref deposit, written by `npm run crossref:export` (the command line, on a real
// database) and checked for structure: well-formed, in Crossref's namespace, every element the
// schema requires present and in the schema's order. Depositing is out of scope.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

const NS = "http://www.crossref.org/schema/5.3.1";
let dir: string;

function parse(xml: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && problems.push(message)) }).parseFromString(xml, "text/xml");
  expect(problems).toEqual([]);
  return doc.documentElement!;
}
const children = (e: Element) => Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1);
const child = (e: Element, name: string) => children(e).find((c) => c.localName === name);
const text = (e: Element | undefined) => e?.textContent ?? null;

// The order report-paper_metadata's children must come in (schema 5.3.1), of those Folio writes.
const METADATA_ORDER = ["contributors", "titles", "abstract", "edition_number", "publication_date", "approval_date", "isbn", "noisbn", "publisher", "institution", "publisher_item", "contract_number", "doi_data"];

beforeAll(async () => {
  ({ dir } = await useTempDatabase());
  process.env.SITE_URL = "https://institute.example";
  process.env.CONTACT_EMAIL = "publications@institute.example";
  const { db } = await import("@/lib/db");
  const center = await db.center.create({ data: { slug: "asia", name: "Asia & Pacific", description: "d" } });
  const lea = await db.author.create({ data: { slug: "lea", name: "Léa Fontaine", role: "r", bio: "b", orcid: "0000-0002-1825-0097" } });
  const kim = await db.author.create({ data: { slug: "kim", name: "Kim", role: "r", bio: "b" } });
  const base = { type: "REPORT" as const, language: "en", status: "PUBLISHED" as const, summary: "s", centerId: center.id };
  await db.publication.create({
    data: { ...base, slug: "with-doi", title: "Energy <security> & “trust”", teaser: "A teaser.", publishedAt: new Date("2025-03-07T00:00:00Z"), series: "Asia Papers", seriesNumber: 92, doi: "10.5555/asia.92", authors: { create: [{ authorId: lea.id, position: 0 }, { authorId: kim.id, position: 1 }] } },
  });
  await db.publication.create({ data: { ...base, slug: "no-doi", title: "No DOI", teaser: "t", publishedAt: new Date(), authors: { create: [{ authorId: kim.id, position: 0 }] } } });
  await db.publication.create({ data: { ...base, status: "DRAFT", slug: "draft-doi", title: "Draft", teaser: "t", publishedAt: new Date(), doi: "10.5555/draft" } });
});

function exportDeposit(...args: string[]) {
  return spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/crossref-export.ts", ...args], { encoding: "utf8", env: { ...process.env } });
}

describe("npm run crossref:export", () => {
  it("writes a deposit of the published publications with a DOI, structured as Crossref's schema asks", () => {
    const out = path.join(dir, "deposit.xml");
    const run = exportDeposit("--out", out);
    expect(run.stderr).toContain("Wrote 1 record to");
    expect(run.status).toBe(0);
    const root = parse(fs.readFileSync(out, "utf8"));
    expect(root.localName).toBe("doi_batch");
    expect(root.namespaceURI).toBe(NS);
    expect(root.getAttribute("version")).toBe("5.3.1");

    const head = child(root, "head")!;
    expect(children(head).map((c) => c.localName)).toEqual(["doi_batch_id", "timestamp", "depositor", "registrant"]);
    expect(text(child(head, "timestamp"))).toMatch(/^\d{17}$/);
    expect(text(child(child(head, "depositor")!, "email_address"))).toBe("publications@institute.example");

    const papers = children(child(root, "body")!);
    expect(papers.map((p) => p.localName)).toEqual(["report-paper"]);
    const meta = child(papers[0], "report-paper_metadata")!;
    const order = children(meta).map((c) => c.localName ?? "");
    expect(order).toEqual(["contributors", "titles", "abstract", "publication_date", "publisher", "institution", "publisher_item", "doi_data"]);
    expect([...order].sort((a, b) => METADATA_ORDER.indexOf(a) - METADATA_ORDER.indexOf(b))).toEqual(order);

    const people = children(child(meta, "contributors")!);
    expect(people.map((p) => [p.getAttribute("sequence"), p.getAttribute("contributor_role"), text(child(p, "surname"))])).toEqual([["first", "author", "Fontaine"], ["additional", "author", "Kim"]]);
    expect(text(child(people[0], "ORCID"))).toBe("https://orcid.org/0000-0002-1825-0097");
    expect(child(people[1], "given_name")).toBeUndefined();
    expect(text(child(child(meta, "titles")!, "title"))).toBe("Energy <security> & “trust”");
    const date = child(meta, "publication_date")!;
    expect(children(date).map((c) => [c.localName, c.textContent])).toEqual([["month", "03"], ["day", "07"], ["year", "2025"]]);
    expect(text(child(child(meta, "institution")!, "institution_department"))).toBe("Asia & Pacific");
    expect(text(child(child(meta, "publisher_item")!, "item_number"))).toBe("Asia Papers 92");
    const doi = child(meta, "doi_data")!;
    expect(text(child(doi, "doi"))).toBe("10.5555/asia.92");
    expect(text(child(doi, "resource"))).toBe("https://institute.example/analyses/with-doi");
  });

  it("takes a selection by slug, says what it left out, and refuses an empty deposit", () => {
    const some = exportDeposit("--slugs", "with-doi,no-doi,draft-doi");
    expect(some.status).toBe(0);
    expect(some.stderr).toContain("Left out (unknown, unpublished or without a DOI): no-doi, draft-doi");
    expect(parse(some.stdout).getElementsByTagNameNS(NS, "report-paper").length).toBe(1);
    const none = exportDeposit("--slugs", "no-doi");
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("Nothing to deposit");
    const bad = exportDeposit("--since", "yesterday");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--since must be a date");
  });
});
