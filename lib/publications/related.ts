import "server-only";
import { recordPageChanges } from "@/lib/cache/invalidation";
import { TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { sqlParam } from "@/lib/db/sql";
import { matchPublications } from "@/lib/search/engine";
import { parseSearchQuery } from "@/lib/search/query";

/** How many are kept per publication: the page shows 4, and some may be unpublished later. */
export const RELATED_KEPT = 8;
// Per topic or region, the newest publications considered. A rare one is read in full (that is
// where the signal is); a common one weighs little anyway.
const PER_TERM = 200;
// Text similarity (0 to 1, relative to the best match) counts like sharing a fairly rare topic.
const TEXT_WEIGHT = 3;
const TEXT_MATCHES = 50;
// Words that say nothing about a title's subject, in the catalogue's two languages.
const STOPWORDS = new Set(
  "a an and are as at be by for from how in into is it its new of on or the their this that these those to what when where which who why will with after against between over under than more not but has have was were can about les des une un et en du de la le au aux pour par sur dans est qui que ses son sa vers entre avec sans plus ces cette".split(" "),
);

export type RelatedCandidate = { id: string; publishedAt: Date; terms: string[]; text: number };

/**
 * Pure: ranks candidates for a publication. Each shared topic or region counts by how rare it is
 * (inverse document frequency, so "Japan" outweighs "Europe"), text similarity adds up to
 * TEXT_WEIGHT, and ties go to the newer publication.
 */
export function rankRelated({ candidates, frequency, total }: { candidates: RelatedCandidate[]; frequency: Map<string, number>; total: number }): string[] {
  const weight = (term: string) => Math.log(1 + total / Math.max(1, frequency.get(term) ?? 1));
  return candidates
    .map((c) => ({ c, score: c.terms.reduce((sum, t) => sum + weight(t), 0) + TEXT_WEIGHT * c.text }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.c.publishedAt.getTime() - a.c.publishedAt.getTime() || (a.c.id < b.c.id ? -1 : 1))
    .map((x) => x.c.id);
}

/** The significant words of a title, as search terms any of which may match. */
export function titleWords(title: string): string[] {
  const parsed = parseSearchQuery(title.toLowerCase());
  if (!parsed.ok) return [];
  const words = parsed.terms.flatMap((t) => (t.kind === "word" ? [t.text] : t.words));
  return [...new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w)))].slice(0, 10);
}

/** How many published publications carry each topic and region; shared across one batch. */
async function readFrequencies() {
  const [topics, regions, total] = await Promise.all([
    db.topic.findMany({ select: { id: true, _count: { select: { publications: { where: { status: "PUBLISHED" } } } } } }),
    db.region.findMany({ select: { id: true, _count: { select: { publications: { where: { status: "PUBLISHED" } } } } } }),
    db.publication.count({ where: { status: "PUBLISHED" } }),
  ]);
  return { frequency: new Map([...topics, ...regions].map((t) => [t.id, t._count.publications])), total };
}

/** The newest PER_TERM published publications for each of the target's topics and regions. */
async function readTermNeighbours(target: { id: string; topicIds: string[]; regionIds: string[] }) {
  const parts: string[] = [];
  const values: unknown[] = [];
  const join = (table: string, term: string) => {
    values.push(term, target.id);
    const [a, b] = [sqlParam(values.length - 1), sqlParam(values.length)];
    parts.push(
      `SELECT * FROM (SELECT j."A" AS id, j."B" AS term, p."publishedAt" AS "publishedAt" FROM "${table}" j JOIN "Publication" p ON p."id" = j."A"
       WHERE j."B" = ${a} AND p."status" = 'PUBLISHED' AND p."id" <> ${b} ORDER BY p."publishedAt" DESC LIMIT ${PER_TERM}) AS x${parts.length}`,
    );
  };
  for (const t of target.topicIds) join("_PublicationToTopic", t);
  for (const r of target.regionIds) join("_PublicationToRegion", r);
  if (!parts.length) return [];
  return db.$queryRawUnsafe<Array<{ id: string; term: string; publishedAt: Date | string }>>(parts.join(" UNION ALL "), ...values);
}

/** Candidates whose title or text resembles the target's title, in the full-text index. */
async function readTextNeighbours(target: { id: string; title: string }) {
  const words = titleWords(target.title);
  if (!words.length) return new Map<string, number>();
  const matches = (await matchPublications({ terms: words.map((text) => ({ kind: "word", text, prefix: false })), anyOf: true, limit: TEXT_MATCHES })).filter((m) => m.id !== target.id);
  const best = Math.max(0, ...matches.map((m) => m.rank));
  if (!best) return new Map<string, number>();
  const published = await db.publication.findMany({ where: { id: { in: matches.map((m) => m.id) }, status: "PUBLISHED" }, select: { id: true } });
  const ok = new Set(published.map((p) => p.id));
  return new Map(matches.filter((m) => ok.has(m.id)).map((m) => [m.id, m.rank / best]));
}

/**
 * Ranks and stores the related publications of each of `ids` (lib/publications/queries.ts reads
 * them with the page). Run on every save of a publication, and for the publications it now
 * appears beside, so a new analysis enters its neighbours' lists too. Reads outside any
 * transaction (on SQLite a read inside one from the outer client would wait for it): callers run
 * it after their change committed. Returns, for each id, whether its list changed.
 */
export async function refreshRelatedPublications({ ids, onEach }: { ids: string[]; onEach?: () => void }): Promise<Map<string, boolean>> {
  const changed = new Map<string, boolean>();
  if (!ids.length) return changed;
  const { frequency, total } = await readFrequencies();
  for (const id of ids) {
    const target = await db.publication.findUnique({ where: { id }, select: { id: true, title: true, topics: { select: { id: true } }, regions: { select: { id: true } }, related: { orderBy: { position: "asc" }, select: { relatedId: true } } } });
    onEach?.();
    if (!target) continue;
    const [rows, text] = await Promise.all([
      readTermNeighbours({ id, topicIds: target.topics.map((t) => t.id), regionIds: target.regions.map((r) => r.id) }),
      readTextNeighbours(target),
    ]);
    const byId = new Map<string, RelatedCandidate>();
    const candidate = (cid: string, publishedAt?: Date | string) => {
      let c = byId.get(cid);
      if (!c) byId.set(cid, (c = { id: cid, publishedAt: new Date(publishedAt ?? 0), terms: [], text: text.get(cid) ?? 0 }));
      return c;
    };
    for (const r of rows) candidate(r.id, r.publishedAt).terms.push(r.term);
    const textOnly = [...text.keys()].filter((cid) => !byId.has(cid));
    if (textOnly.length) for (const p of await db.publication.findMany({ where: { id: { in: textOnly } }, select: { id: true, publishedAt: true } })) candidate(p.id, p.publishedAt);
    const ranked = rankRelated({ candidates: [...byId.values()], frequency, total }).slice(0, RELATED_KEPT);
    const before = target.related.map((r) => r.relatedId);
    const same = before.length === ranked.length && before.every((r, i) => r === ranked[i]);
    changed.set(id, !same);
    if (same) continue;
    await db.relatedPublication.deleteMany({ where: { publicationId: id } });
    if (ranked.length) await db.relatedPublication.createMany({ data: ranked.map((relatedId, position) => ({ publicationId: id, relatedId, position })) });
  }
  return changed;
}

// A publication in many lists is re-ranked beside at most this many of them per change.
const MAX_NEIGHBOURS = 24;

/**
 * After a publication changed: ranks its own list now, then, in the background, the lists it
 * entered or was in, and reports those pages as changed (lib/cache/invalidation.ts), so every
 * process expires them at its next tick. The save does not wait for its neighbours.
 */
export async function refreshRelatedAround({ id }: { id: string }): Promise<void> {
  await refreshRelatedPublications({ ids: [id] });
  const neighbours = async () => {
    const [own, containing] = await Promise.all([
      db.relatedPublication.findMany({ where: { publicationId: id }, select: { relatedId: true } }),
      db.relatedPublication.findMany({ where: { relatedId: id }, select: { publicationId: true }, take: MAX_NEIGHBOURS }),
    ]);
    const ids = [...new Set([...own.map((r) => r.relatedId), ...containing.map((r) => r.publicationId)])].filter((n) => n !== id);
    const changed = [...(await refreshRelatedPublications({ ids }))].filter(([, c]) => c).map(([n]) => n);
    if (!changed.length) return;
    const pages = await db.publication.findMany({ where: { id: { in: changed }, status: "PUBLISHED" }, select: { slug: true } });
    if (pages.length) await recordPageChanges({ tags: pages.map((p) => TAG.path(`/analyses/${p.slug}`)) });
  };
  void neighbours().catch((e: unknown) => console.error("Related analyses of the neighbours were not refreshed:", e));
}
