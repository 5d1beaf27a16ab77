import "server-only";
import { db } from "@/lib/db";
import { sqlParam, sqlTimestamp } from "@/lib/db/sql";
import { PUBLICATION_TYPES, typeFromSlug } from "@/lib/format";
import type { OaiCursor } from "@/lib/oai/protocol";
import { publicationSets } from "@/lib/publications/sets";
import type { RecordMetadata } from "@/lib/formats/read-models";

// What OAI-PMH exposes of the catalogue. A publication is a record from the moment it was first
// public (releasedAt): while published it has metadata; unpublished, or deleted (DeletedPublication),
// it is a deleted record. Drafts never published never appear. Records are ordered by (datestamp,
// id), and a page resumes after the last one sent, so page 1,000 costs what page 1 does.

export type OaiHeader = { id: string; datestamp: number; deleted: boolean; sets: string[] };


export type OaiRecord = OaiHeader & { metadata: RecordMetadata | null };

export type OaiSet = { spec: string; name: string };

const msOf = (value: Date | string) => new Date(value).getTime();

/** Sets: every centre, programme and type, under three parent sets. */
export async function listOaiSets(): Promise<OaiSet[]> {
  const [centers, programs] = await Promise.all([
    db.center.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true } }),
    db.program.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true } }),
  ]);
  return [
    { spec: "center", name: "Research centres" },
    ...centers.map((c) => ({ spec: `center:${c.slug}`, name: c.name })),
    { spec: "program", name: "Programmes" },
    ...programs.map((p) => ({ spec: `program:${p.slug}`, name: p.name })),
    { spec: "type", name: "Publication types" },
    ...PUBLICATION_TYPES.map((t) => ({ spec: `type:${t}`, name: t.replace("-", " ").replace(/^./, (c) => c.toUpperCase()) })),
  ];
}


/** SQL (and its values) restricting publications to a set; null when the set cannot exist. */
function publicationSetFilter(set: string | undefined, n: number): { sql: string; values: unknown[] } | null {
  if (!set) return { sql: "", values: [] };
  const [kind, slug, ...rest] = set.split(":");
  if (rest.length) return null;
  if (kind === "center") return slug ? { sql: ` AND p."centerId" = (SELECT c.id FROM "Center" c WHERE c.slug = ${sqlParam(n)})`, values: [slug] } : { sql: "", values: [] };
  if (kind === "program") {
    const where = slug ? ` AND g.slug = ${sqlParam(n)}` : "";
    return { sql: ` AND EXISTS (SELECT 1 FROM "_ProgramToPublication" pp JOIN "Program" g ON g.id = pp."A" WHERE pp."B" = p.id${where})`, values: slug ? [slug] : [] };
  }
  if (kind === "type") {
    if (!slug) return { sql: "", values: [] };
    if (!(PUBLICATION_TYPES as readonly string[]).includes(slug)) return null;
    return { sql: ` AND p."type" = ${sqlParam(n)}`, values: [typeFromSlug(slug as (typeof PUBLICATION_TYPES)[number])] };
  }
  return null;
}

type Bounds = { from?: number; before?: number; set?: string; after?: OaiCursor };

/** One page of headers, in (datestamp, id) order, and whether more follow. */
export async function listOaiHeaders({ from, before, set, after, take }: Bounds & { take: number }): Promise<{ headers: OaiHeader[]; more: boolean }> {
  const [published, deleted] = await Promise.all([readPublicationKeys({ from, before, set, after, take: take + 1 }), readTombstoneKeys({ from, before, set, after, take: take + 1 })]);
  const merged = [...published, ...deleted].sort((a, b) => a.datestamp - b.datestamp || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const page = merged.slice(0, take);
  // Sets of live publications are read for the page only.
  const liveIds = page.filter((h) => h.sets.length === 0).map((h) => h.id);
  const rows = liveIds.length
    ? await db.publication.findMany({ where: { id: { in: liveIds } }, select: { id: true, type: true, center: { select: { slug: true } }, programs: { select: { slug: true }, orderBy: { slug: "asc" } } } })
    : [];
  const sets = new Map(rows.map((r) => [r.id, publicationSets(r)]));
  return { headers: page.map((h) => (h.sets.length ? h : { ...h, sets: sets.get(h.id) ?? [] })), more: merged.length > take };
}

async function readPublicationKeys({ from, before, set, after, take }: Bounds & { take: number }): Promise<OaiHeader[]> {
  const values: unknown[] = [];
  const param = (v: unknown) => (values.push(v), sqlParam(values.length));
  let where = `p."releasedAt" IS NOT NULL`;
  if (from !== undefined) where += ` AND p."updatedAt" >= ${param(sqlTimestamp(new Date(from)))}`;
  if (before !== undefined) where += ` AND p."updatedAt" < ${param(sqlTimestamp(new Date(before)))}`;
  // Row-value comparison: both engines read it straight off the (updatedAt, id) index.
  if (after) where += ` AND (p."updatedAt", p.id) > (${param(sqlTimestamp(new Date(after.datestamp)))}, ${param(after.id)})`;
  const filter = publicationSetFilter(set, values.length + 1);
  if (!filter) return [];
  values.push(...filter.values);
  where += filter.sql;
  const rows = await db.$queryRawUnsafe<Array<{ id: string; updatedAt: Date | string; status: string }>>(
    `SELECT p.id, p."updatedAt", p.status FROM "Publication" p WHERE ${where} ORDER BY p."updatedAt", p.id LIMIT ${Number(take)}`,
    ...values,
  );
  return rows.map((r) => ({ id: r.id, datestamp: msOf(r.updatedAt), deleted: r.status !== "PUBLISHED", sets: [] }));
}

async function readTombstoneKeys({ from, before, set, after, take }: Bounds & { take: number }): Promise<OaiHeader[]> {
  const values: unknown[] = [];
  const param = (v: unknown) => (values.push(v), sqlParam(values.length));
  let where = "1 = 1";
  if (from !== undefined) where += ` AND d."deletedAt" >= ${param(sqlTimestamp(new Date(from)))}`;
  if (before !== undefined) where += ` AND d."deletedAt" < ${param(sqlTimestamp(new Date(before)))}`;
  if (after) where += ` AND (d."deletedAt", d.id) > (${param(sqlTimestamp(new Date(after.datestamp)))}, ${param(after.id)})`;
  // A parent set ("center") matches "center:…" too; setSpec characters include no LIKE wildcards
  // but "_", which matches itself and any one character: harmless for a filter of this shape.
  if (set) where += ` AND (d.sets LIKE ${param(`% ${set} %`)} OR d.sets LIKE ${param(`% ${set}:%`)})`;
  const rows = await db.$queryRawUnsafe<Array<{ id: string; deletedAt: Date | string; sets: string }>>(
    `SELECT d.id, d."deletedAt", d.sets FROM "DeletedPublication" d WHERE ${where} ORDER BY d."deletedAt", d.id LIMIT ${Number(take)}`,
    ...values,
  );
  return rows.map((r) => ({ id: r.id, datestamp: msOf(r.deletedAt), deleted: true, sets: r.sets.trim().split(/\s+/).filter(Boolean) }));
}

const METADATA = {
  id: true,
  title: true,
  slug: true,
  language: true,
  type: true,
  publishedAt: true,
  teaser: true,
  doi: true,
  series: true,
  seriesNumber: true,
  pdfKey: true,
  center: { select: { name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, orcid: true } } } },
  topics: { orderBy: { name: "asc" }, select: { name: true } },
  regions: { orderBy: { name: "asc" }, select: { name: true } },
} as const;

/** The Dublin Core source of the published ones among `headers`, by id. */
export async function readRecordMetadata(headers: OaiHeader[]): Promise<Map<string, RecordMetadata>> {
  const ids = headers.filter((h) => !h.deleted).map((h) => h.id);
  if (!ids.length) return new Map();
  const rows = await db.publication.findMany({ where: { id: { in: ids }, status: "PUBLISHED" }, select: METADATA });
  return new Map(
    rows.map((r) => [
      r.id,
      {
        title: r.title,
        slug: r.slug,
        language: r.language,
        type: r.type,
        publishedAt: r.publishedAt,
        teaser: r.teaser,
        doi: r.doi,
        series: r.series,
        seriesNumber: r.seriesNumber,
        hasPdf: r.pdfKey !== null,
        centerName: r.center.name,
        authors: r.authors.map((a) => a.author),
        topics: r.topics.map((t) => t.name),
        regions: r.regions.map((t) => t.name),
      },
    ]),
  );
}

/** One record's header, or null when the id never was a public record. */
export async function findOaiHeader({ id }: { id: string }): Promise<OaiHeader | null> {
  const p = await db.publication.findFirst({
    where: { id, releasedAt: { not: null } },
    select: { id: true, updatedAt: true, status: true, type: true, center: { select: { slug: true } }, programs: { select: { slug: true }, orderBy: { slug: "asc" } } },
  });
  if (p) return { id: p.id, datestamp: p.updatedAt.getTime(), deleted: p.status !== "PUBLISHED", sets: publicationSets(p) };
  const d = await db.deletedPublication.findUnique({ where: { id } });
  return d ? { id: d.id, datestamp: d.deletedAt.getTime(), deleted: true, sets: d.sets.trim().split(/\s+/).filter(Boolean) } : null;
}

/** The oldest datestamp any record has (Identify's earliestDatestamp). */
export async function readEarliestDatestamp(): Promise<number> {
  const [p, d] = await Promise.all([
    db.publication.findFirst({ where: { releasedAt: { not: null } }, orderBy: [{ updatedAt: "asc" }], select: { updatedAt: true } }),
    db.deletedPublication.findFirst({ orderBy: [{ deletedAt: "asc" }], select: { deletedAt: true } }),
  ]);
  const all = [p?.updatedAt.getTime(), d?.deletedAt.getTime()].filter((n): n is number => n !== undefined);
  // An empty repository still answers Identify; its earliest datestamp is the epoch's first second.
  return all.length ? Math.min(...all) : 0;
}
