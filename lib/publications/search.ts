import "server-only";
import { tagPage, TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { localizeCatalogue } from "@/lib/i18n/catalogue-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildPublicationWhere } from "@/lib/publications/filters";
import { listFilterOptions, PAGE_SIZE, publicationCardSelect, type PublicationCard } from "@/lib/publications/queries";
import { matchPublications } from "@/lib/search/engine";
import { highlight, type Segment } from "@/lib/search/highlight";
import { parseSearchQuery, type SearchTerm } from "@/lib/search/query";
import { suggestSpelling } from "@/lib/search/spelling";
import { markdownToText } from "@/lib/teaser";
import type { ListingFilters } from "@/lib/validations/listing";

// Results are the best MATCH_CAP matches; filters, facets and sorting work within them. The ids
// travel as query parameters (twice in the facet counts), and SQLite allows 999 of them.
export const MATCH_CAP = 400;

export type SearchSort = "relevance" | "date";
/** `lang`: the label's language, where it is a catalogue text that may lack a translation. */
export type FacetCount = { value: string; label: string; count: number; lang?: string };
export type SearchResult = {
  total: number;
  capped: boolean;
  page: number;
  pageCount: number;
  items: Array<PublicationCard & { snippet: Segment[] }>;
  /** When nothing matched: a corrected query that finds published work. */
  didYouMean?: string;
  facets: Record<"center" | "program" | "author" | "type" | "language" | "year" | "topic" | "region", FacetCount[]>;
};

export type SearchQuery = { q: string; filters: ListingFilters; sort: SearchSort; page: number };

/** Everything the search page shows; no result at all before anything is asked. */
export async function loadSearchPage(query: SearchQuery) {
  await tagPage([TAG.catalog]);
  const [result, options] = await Promise.all([query.q.trim() ? searchPublications(query) : null, listFilterOptions()]);
  return { result, options };
}

export async function searchPublications({ q, filters = {}, sort = "relevance", page = 1 }: { q: string; filters?: ListingFilters; sort?: SearchSort; page?: number }): Promise<SearchResult | { error: "empty" | "too-long" }> {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) return { error: parsed.reason };
  const matches = await matchPublications({ terms: parsed.terms, limit: MATCH_CAP });
  const rank = new Map(matches.map((m, i) => [m.id, i]));
  const where: Prisma.PublicationWhereInput = { AND: [buildPublicationWhere(filters), { id: { in: matches.map((m) => m.id) } }] };

  // The filtered set is small (at most MATCH_CAP ids): order and count it here, then load one page.
  const rows = await db.publication.findMany({ where, select: { id: true, publishedAt: true, type: true, language: true, centerId: true } });
  const ordered = sort === "date" ? [...rows].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.id.localeCompare(b.id)) : [...rows].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const pageIds = ordered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => r.id);
  const ids = rows.map((r) => r.id);

  const [cards, centers, topics, regions, programs, authorCounts] = localizeCatalogue(await Promise.all([
    db.publication.findMany({ where: { id: { in: pageIds } }, select: { ...publicationCardSelect, summary: true } }),
    db.center.findMany({ select: { id: true, slug: true, name: true, localized: true } }),
    db.topic.findMany({ where: { publications: { some: { id: { in: ids } } } }, select: { slug: true, name: true, localized: true, _count: { select: { publications: { where: { id: { in: ids } } } } } } }),
    db.region.findMany({ where: { publications: { some: { id: { in: ids } } } }, select: { slug: true, name: true, localized: true, _count: { select: { publications: { where: { id: { in: ids } } } } } } }),
    db.program.findMany({ where: { publications: { some: { id: { in: ids } } } }, select: { slug: true, name: true, localized: true, _count: { select: { publications: { where: { id: { in: ids } } } } } } }),
    db.publicationAuthor.groupBy({ by: ["authorId"], where: { publicationId: { in: ids } }, _count: { authorId: true } }),
  ]));
  const authorNames = await db.author.findMany({ where: { id: { in: authorCounts.map((a) => a.authorId) } }, select: { id: true, slug: true, name: true } });

  const count = <K extends string>(keyOf: (r: (typeof rows)[number]) => K) => {
    const m = new Map<K, number>();
    for (const r of rows) m.set(keyOf(r), (m.get(keyOf(r)) ?? 0) + 1);
    return m;
  };
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.label.localeCompare(b.label);
  const centerCounts = count((r) => r.centerId);
  const facets: SearchResult["facets"] = {
    center: centers.filter((c) => centerCounts.has(c.id)).map((c) => ({ value: c.slug, label: c.name, lang: c.lang, count: centerCounts.get(c.id)! })).sort(byCount),
    type: [...count((r) => r.type)].map(([t, n]) => ({ value: t.toLowerCase().replace(/_/g, "-"), label: t, count: n })).sort(byCount),
    language: [...count((r) => r.language)].map(([l, n]) => ({ value: l, label: l, count: n })).sort(byCount),
    year: [...count((r) => String(r.publishedAt.getUTCFullYear()))].map(([y, n]) => ({ value: y, label: y, count: n })).sort((a, b) => b.value.localeCompare(a.value)),
    topic: topics.map((t) => ({ value: t.slug, label: t.name, lang: t.lang, count: t._count.publications })).sort(byCount),
    region: regions.map((r) => ({ value: r.slug, label: r.name, lang: r.lang, count: r._count.publications })).sort(byCount),
    program: programs.map((g) => ({ value: g.slug, label: g.name, lang: g.lang, count: g._count.publications })).sort(byCount),
    author: authorCounts
      .map((a) => ({ a, who: authorNames.find((n) => n.id === a.authorId) }))
      .filter((x) => !!x.who)
      .map(({ a, who }) => ({ value: who!.slug, label: who!.name, count: a._count.authorId }))
      .sort(byCount),
  };
  const items = pageIds
    .map((id) => {
      const found = cards.find((c) => c.id === id);
      if (!found) return null;
      const { summary, ...card } = found;
      return { ...card, snippet: highlight(markdownToText(summary), parsed.terms) };
    })
    .filter((x): x is NonNullable<typeof x> => !!x);
  const didYouMean = rows.length ? undefined : await findCorrection({ terms: parsed.terms, filters });
  return { total: rows.length, capped: matches.length === MATCH_CAP, page, pageCount: Math.max(1, Math.ceil(rows.length / PAGE_SIZE)), items, facets, ...(didYouMean ? { didYouMean } : {}) };
}

/** A spelling correction worth offering: one that finds published work under the same filters. */
async function findCorrection({ terms, filters }: { terms: SearchTerm[]; filters: ListingFilters }): Promise<string | undefined> {
  const corrected = await suggestSpelling({ terms });
  const parsed = corrected ? parseSearchQuery(corrected) : null;
  if (!parsed?.ok) return undefined;
  const matches = await matchPublications({ terms: parsed.terms, limit: MATCH_CAP });
  const found = await db.publication.count({ where: { AND: [buildPublicationWhere(filters), { id: { in: matches.map((m) => m.id) } }] } });
  return found ? corrected! : undefined;
}
