import "server-only";
import { recordPageChanges } from "@/lib/cache/invalidation";
import { TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { sqlParam } from "@/lib/db/sql";
import { matchPublications } from "@/lib/search/engine";
import { parseSearchQuery } from "@/lib/search/query";

/** How many are kept per publication: the page shows 4, and some may be unpublished later. */
export const RELATED_KEPT = 8;
// A topic or region on at most this share of the catalogue is rare: its publications are all
// candidates. PER_TERM bounds what one topic or region brings.
const RARE_SHARE = 0.02;
const PER_TERM = 300;
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

// How often a topic or region occurs changes slowly; each process counts again after this long.
const FREQUENCIES_MS = 10 * 60 * 1000;
const memo = globalThis as unknown as { folioTermFrequencies?: { at: number; frequency: Map<string, number>; total: number } };

/**
 * How many publications carry each topic and region, and how many are published. Read from the
 * join tables' indexes alone (drafts included: close enough for a weight) and kept a few minutes:
 * with a status filter it took 0.5 s at 100,000 publications, on the server's one thread.
 */
async function readFrequencies() {
  const known = memo.folioTermFrequencies;
  if (known && Date.now() - known.at < FREQUENCIES_MS) return known;
  const [rows, total] = await Promise.all([
    db.$queryRawUnsafe<Array<{ term: string; n: number | bigint }>>(
      `SELECT "B" AS term, COUNT(*) AS n FROM "_PublicationToTopic" GROUP BY "B" UNION ALL SELECT "B" AS term, COUNT(*) AS n FROM "_PublicationToRegion" GROUP BY "B"`,
    ),
    db.publication.count({ where: { status: "PUBLISHED" } }),
  ]);
  memo.folioTermFrequencies = { at: Date.now(), frequency: new Map(rows.map((r) => [r.term, Number(r.n)])), total };
  return memo.folioTermFrequencies;
}

const TERM_TABLES = [["_PublicationToTopic", "topicIds"], ["_PublicationToRegion", "regionIds"]] as const;

/**
 * Candidates found through the target's topics and regions: every publication with one of its
 * rare ones (on at most RARE_SHARE of the catalogue, where the signal is), or, when it has none,
 * the newest PER_TERM with its least common one. Reading the newest of a topic 20,000
 * publications carry means sorting them all, so common ones only weigh candidates found here or
 * by their title (readSharedTerms).
 */
async function readTermNeighbours(target: { id: string; topicIds: string[]; regionIds: string[] }, { frequency, total }: { frequency: Map<string, number>; total: number }) {
  const rareLimit = Math.max(PER_TERM, total * RARE_SHARE);
  const terms = TERM_TABLES.flatMap(([table, key]) => target[key].map((term) => ({ table, term, n: frequency.get(term) ?? 0 }))).sort((a, b) => a.n - b.n);
  const rare = terms.filter((t) => t.n <= rareLimit);
  const chosen = rare.length ? rare : terms.slice(0, 1);
  if (!chosen.length) return [];
  const values: unknown[] = [];
  const parts = chosen.map(({ table, term }, i) => {
    values.push(term, target.id);
    const [a, b] = [sqlParam(values.length - 1), sqlParam(values.length)];
    return `SELECT * FROM (SELECT j."A" AS id, p."publishedAt" AS "publishedAt" FROM "${table}" j JOIN "Publication" p ON p."id" = j."A"
       WHERE j."B" = ${a} AND p."status" = 'PUBLISHED' AND p."id" <> ${b} ORDER BY p."publishedAt" DESC LIMIT ${PER_TERM}) AS x${i}`;
  });
  return db.$queryRawUnsafe<Array<{ id: string; publishedAt: Date | string }>>(parts.join(" UNION ALL "), ...values);
}

/** Which of the target's topics and regions each candidate carries, common ones included. */
async function readSharedTerms(target: { topicIds: string[]; regionIds: string[] }, ids: string[]) {
  const shared = new Map<string, string[]>();
  for (let start = 0; start < ids.length; start += 400) {
    const chunk = ids.slice(start, start + 400);
    for (const [table, key] of TERM_TABLES) {
      const terms = target[key];
      if (!terms.length) continue;
      const values = [...terms, ...chunk];
      const sql = `SELECT "A" AS id, "B" AS term FROM "${table}" WHERE "B" IN (${terms.map((_, i) => sqlParam(i + 1)).join(", ")}) AND "A" IN (${chunk.map((_, i) => sqlParam(terms.length + i + 1)).join(", ")})`;
      for (const r of await db.$queryRawUnsafe<Array<{ id: string; term: string }>>(sql, ...values)) shared.set(r.id, [...(shared.get(r.id) ?? []), r.term]);
    }
  }
  return shared;
}

/** Published candidates whose title resembles the target's, in the full-text index of titles: their similarity (0 to 1) and date. */
async function readTextNeighbours(target: { id: string; title: string }) {
  const similar = new Map<string, { text: number; publishedAt: Date }>();
  const words = titleWords(target.title);
  if (!words.length) return similar;
  const matches = (await matchPublications({ terms: words.map((text) => ({ kind: "word", text, prefix: false })), titleOnly: true, anyOf: true, limit: TEXT_MATCHES })).filter((m) => m.id !== target.id);
  const best = Math.max(0, ...matches.map((m) => m.rank));
  if (!best) return similar;
  const published = await db.publication.findMany({ where: { id: { in: matches.map((m) => m.id) }, status: "PUBLISHED" }, select: { id: true, publishedAt: true } });
  const dates = new Map(published.map((p) => [p.id, p.publishedAt]));
  for (const m of matches) {
    const publishedAt = dates.get(m.id);
    if (publishedAt) similar.set(m.id, { text: m.rank / best, publishedAt });
  }
  return similar;
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
  const counts = await readFrequencies();
  for (const id of ids) {
    const target = await db.publication.findUnique({ where: { id }, select: { id: true, title: true, topics: { select: { id: true } }, regions: { select: { id: true } }, related: { orderBy: { position: "asc" }, select: { relatedId: true } } } });
    onEach?.();
    if (!target) continue;
    const terms = { topicIds: target.topics.map((t) => t.id), regionIds: target.regions.map((r) => r.id) };
    const [byTerm, text] = await Promise.all([readTermNeighbours({ id, ...terms }, counts), readTextNeighbours(target)]);
    // Their dates came with them, from either source.
    const dates = new Map([...byTerm.map((r) => [r.id, new Date(r.publishedAt)] as const), ...[...text].map(([cid, t]) => [cid, t.publishedAt] as const)]);
    const shared = await readSharedTerms(terms, [...dates.keys()]);
    const candidates: RelatedCandidate[] = [...dates].map(([cid, publishedAt]) => ({ id: cid, publishedAt, terms: shared.get(cid) ?? [], text: text.get(cid)?.text ?? 0 }));
    const ranked = rankRelated({ candidates, frequency: counts.frequency, total: counts.total }).slice(0, RELATED_KEPT);
    const before = target.related.map((r) => r.relatedId);
    const same = before.length === ranked.length && before.every((r, i) => r === ranked[i]);
    changed.set(id, !same);
    if (same) continue;
    await db.relatedPublication.deleteMany({ where: { publicationId: id } });
    if (ranked.length) await db.relatedPublication.createMany({ data: ranked.map((relatedId, position) => ({ publicationId: id, relatedId, position })) });
  }
  return changed;
}

// Per change, the lists re-ranked besides the publication's own: the first of its own list (the
// likeliest to show it in turn) and lists that show it, this many of each.
const NEIGHBOURS_EACH_WAY = 4;

/**
 * After a publication changed, in the background (the save does not wait): ranks its own list,
 * then the lists it may now enter or leave, and reports the pages whose list changed, its own
 * included, so that every process expires them at its next tick (lib/cache/invalidation.ts).
 * One at a time, each a few statements, so readers' requests run in between: on SQLite a
 * full-text ranking blocks the server's thread while it runs.
 */
export function refreshRelatedAround({ id }: { id: string }): void {
  reranking.folioReranking = (reranking.folioReranking ?? 0) + 1;
  const run = async () => {
    const own = await refreshRelatedPublications({ ids: [id] });
    const [first, containing] = await Promise.all([
      db.relatedPublication.findMany({ where: { publicationId: id }, orderBy: { position: "asc" }, take: NEIGHBOURS_EACH_WAY, select: { relatedId: true } }),
      db.relatedPublication.findMany({ where: { relatedId: id }, take: NEIGHBOURS_EACH_WAY, select: { publicationId: true } }),
    ]);
    const ids = [...new Set([...first.map((r) => r.relatedId), ...containing.map((r) => r.publicationId)])].filter((n) => n !== id);
    const changed = [...own, ...(await refreshRelatedPublications({ ids }))].filter(([, c]) => c).map(([n]) => n);
    if (!changed.length) return;
    const pages = await db.publication.findMany({ where: { id: { in: changed }, status: "PUBLISHED" }, select: { slug: true } });
    if (pages.length) await recordPageChanges({ tags: pages.map((p) => TAG.path(`/analyses/${p.slug}`)) });
  };
  void run()
    .catch((e: unknown) => console.error("Related analyses were not ranked again:", e))
    .finally(() => (reranking.folioReranking! -= 1));
}

// On globalThis: Next bundles lib/ more than once in one process.
const reranking = globalThis as unknown as { folioReranking?: number };

/** How many of this process's re-rankings are still running (the back office's cache status). */
export function countRerankingRuns(): number {
  return reranking.folioReranking ?? 0;
}
