import "server-only";
import { unstable_cache } from "next/cache";
import { cardTags, tagPage, TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListingCursor, ListingFilters } from "@/lib/validations/listing";
import { buildPublicationWhere } from "@/lib/publications/filters";

/** What a listing item shows: type, date, title, authors and the teaser. */
export const publicationCardSelect = {
  id: true,
  slug: true,
  title: true,
  type: true,
  language: true,
  series: true,
  seriesNumber: true,
  publishedAt: true,
  teaser: true,
  authors: { orderBy: { position: "asc" }, select: { author: { select: { id: true, slug: true, name: true } } } },
} satisfies Prisma.PublicationSelect;

export type PublicationCard = Prisma.PublicationGetPayload<{ select: typeof publicationCardSelect }>;

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.PublicationOrderByWithRelationInput[];
const oldestFirst = [{ publishedAt: "asc" }, { id: "asc" }] satisfies Prisma.PublicationOrderByWithRelationInput[];

export const PAGE_SIZE = 20;

/**
 * Pages this close to either end are read by OFFSET, which stays cheap (at most this many pages
 * of rows skipped). Pages in between are reached only through keyset cursors: an OFFSET of 40,000
 * rows cost 200 ms on SQLite at 100,000 publications, a cursor seek about 1 ms.
 */
export const OFFSET_PAGES = 50;

export function isOffsetPage(page: number, pageCount: number): boolean {
  return page <= OFFSET_PAGES || pageCount - page < OFFSET_PAGES;
}

export type ListPublicationsOptions = {
  filters?: ListingFilters;
  page?: number;
  /** Where the page starts, for pages between the OFFSET_PAGES at either end. */
  cursor?: ListingCursor;
  pageSize?: number;
  /** Extra conditions, e.g. an author's or a centre's own page. */
  where?: Prisma.PublicationWhereInput;
};

// Counts and filter choices change only with the catalogue, and counting 100,000 rows cost 90 ms
// on SQLite, so they are cached under the catalogue's tag, which every published change expires.
const cached = { tags: [TAG.catalog], revalidate: 86_400 };

const countListing = unstable_cache(async (filtersJson: string) => db.publication.count({ where: buildPublicationWhere(JSON.parse(filtersJson) as ListingFilters) }), ["listing-count"], cached);

/** Strictly older (after) or newer (before) than the cursor's publication, in newest-first order. */
function beyondCursor({ direction, publishedAt, id }: ListingCursor): Prisma.PublicationWhereInput {
  // A range on publishedAt lets the index seek straight to the cursor; the NOT settles ties.
  return direction === "after"
    ? { publishedAt: { lte: publishedAt }, NOT: { publishedAt, id: { gte: id } } }
    : { publishedAt: { gte: publishedAt }, NOT: { publishedAt, id: { lte: id } } };
}

/**
 * One page of a listing, newest first. `reachable` is false when `page` is not a page: past the
 * end, or in the deep middle without a cursor. The whole catalogue's listing is a catalogue page;
 * an author's or a centre's (`where`) shows its cards, and its owner tags the rest.
 */
export async function listPublications({ filters = {}, page = 1, cursor, pageSize = PAGE_SIZE, where }: ListPublicationsOptions = {}) {
  const combined: Prisma.PublicationWhereInput = where ? { AND: [buildPublicationWhere(filters), where] } : buildPublicationWhere(filters);
  const counting = where ? db.publication.count({ where: combined }) : countListing(JSON.stringify(filters, Object.keys(filters).sort()));
  const select = publicationCardSelect;
  const read = async (): Promise<PublicationCard[] | null> => {
    if (cursor) {
      const rows = await db.publication.findMany({
        where: { AND: [combined, beyondCursor(cursor)] },
        orderBy: cursor.direction === "after" ? newestFirst : oldestFirst,
        take: pageSize,
        select,
      });
      return cursor.direction === "after" ? rows : rows.reverse();
    }
    if (page <= OFFSET_PAGES) return db.publication.findMany({ where: combined, orderBy: newestFirst, skip: (page - 1) * pageSize, take: pageSize, select });
    const total = await counting;
    const pageCount = Math.ceil(total / pageSize);
    if (page > pageCount || !isOffsetPage(page, pageCount)) return null;
    // Near the end, count from the end: the last page holds what is left over.
    const rows = await db.publication.findMany({
      where: combined,
      orderBy: oldestFirst,
      skip: Math.max(0, total - page * pageSize),
      take: Math.min(pageSize, total - (page - 1) * pageSize),
      select,
    });
    return rows.reverse();
  };
  const [total, items] = await Promise.all([counting, read()]);
  await tagPage(where ? cardTags(items ?? []) : [TAG.catalog]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { items: items ?? [], reachable: items !== null && page <= pageCount && !(cursor && items.length === 0), total, page, pageSize, pageCount };
}

function readLatestPublications({ take, excludeIds = [] }: { take: number; excludeIds?: string[] }) {
  return db.publication.findMany({ where: { status: "PUBLISHED", id: { notIn: excludeIds } }, orderBy: newestFirst, take, select: publicationCardSelect });
}

/** The newest publications: a catalogue page, which any publication's change expires. */
export async function listLatestPublications({ take = 6, excludeIds = [] }: { take?: number; excludeIds?: string[] } = {}) {
  await tagPage([TAG.catalog]);
  return readLatestPublications({ take, excludeIds });
}

export async function listFeaturedPublications({ take = 3 }: { take?: number } = {}) {
  await tagPage([TAG.catalog]);
  return db.publication.findMany({
    where: { status: "PUBLISHED", featured: true },
    orderBy: newestFirst,
    take,
    select: publicationCardSelect,
  });
}

export const publicationDetailInclude = {
  center: { select: { id: true, slug: true, name: true, description: true } },
  programs: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, center: { select: { slug: true } } } },
  topics: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } },
  regions: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } },
  authors: {
    orderBy: { position: "asc" },
    select: {
      author: {
        select: { id: true, slug: true, name: true, role: true, bio: true, photoUrl: true, center: { select: { id: true, slug: true, name: true } } },
      },
    },
  },
} satisfies Prisma.PublicationInclude;

/** A published publication with everything its page shows; drafts are not found. */
export async function getPublication({ slug }: { slug: string }) {
  const publication = await db.publication.findFirst({ where: { slug, status: "PUBLISHED" }, include: publicationDetailInclude });
  if (publication) await tagPage(publicationPageTags(publication));
  return publication;
}

/** What a publication's page shows besides itself: its authors (and their centres), centre, programmes, topics and regions. */
function publicationPageTags(p: Prisma.PublicationGetPayload<{ include: typeof publicationDetailInclude }>): string[] {
  return [
    TAG.publication(p.id),
    TAG.center(p.center.id),
    ...p.authors.flatMap(({ author }) => [TAG.author(author.id), ...(author.center ? [TAG.center(author.center.id)] : [])]),
    ...p.programs.map((g) => TAG.program(g.id)),
    ...p.topics.map((t) => TAG.topic(t.id)),
    ...p.regions.map((r) => TAG.region(r.id)),
  ];
}

/** The current slug of a published publication that once had `slug`. */
export async function findRedirectedSlug({ slug }: { slug: string }): Promise<string | null> {
  const row = await db.publicationRedirect.findUnique({ where: { slug }, select: { publication: { select: { slug: true, status: true } } } });
  return row?.publication.status === "PUBLISHED" ? row.publication.slug : null;
}

export type PublicationDetail = NonNullable<Awaited<ReturnType<typeof getPublication>>>;

const RELATED_CANDIDATES = 300;

/**
 * Related analyses: most shared topics and regions first, then the same centre, then newest.
 * Candidates are bounded so a popular topic in a large catalogue stays cheap.
 */
export async function listRelatedPublications({ publication, take = 4 }: {
  publication: Pick<PublicationDetail, "id" | "topics" | "regions"> & { centerId: string };
  take?: number;
}): Promise<PublicationCard[]> {
  const topicIds = publication.topics.map((t) => t.id);
  const regionIds = publication.regions.map((r) => r.id);
  const candidates = await db.publication.findMany({
    where: {
      status: "PUBLISHED",
      id: { not: publication.id },
      OR: [
        ...(topicIds.length ? [{ topics: { some: { id: { in: topicIds } } } }] : []),
        ...(regionIds.length ? [{ regions: { some: { id: { in: regionIds } } } }] : []),
        { centerId: publication.centerId },
      ],
    },
    orderBy: newestFirst,
    take: RELATED_CANDIDATES,
    select: { id: true, centerId: true, topics: { select: { id: true } }, regions: { select: { id: true } } },
  });
  const ranked = rankRelated(candidates, { topicIds, regionIds, centerId: publication.centerId }).slice(0, take);
  if (ranked.length < take) {
    // A lone publication still gets something to read next.
    const fill = await readLatestPublications({ take: take - ranked.length, excludeIds: [publication.id, ...ranked] });
    ranked.push(...fill.map((p) => p.id));
  }
  const cards = await db.publication.findMany({ where: { id: { in: ranked } }, select: publicationCardSelect });
  await tagPage(cardTags(cards));
  return ranked.map((id) => cards.find((c) => c.id === id)).filter((c): c is PublicationCard => !!c);
}

type Candidate = { id: string; centerId: string; topics: { id: string }[]; regions: { id: string }[] };

/** Pure and stable: candidates arrive newest first, and ties keep that order. */
export function rankRelated(candidates: Candidate[], target: { topicIds: string[]; regionIds: string[]; centerId: string }): string[] {
  const topics = new Set(target.topicIds);
  const regions = new Set(target.regionIds);
  return candidates
    .map((c, index) => ({
      id: c.id,
      index,
      shared: c.topics.filter((t) => topics.has(t.id)).length + c.regions.filter((r) => regions.has(r.id)).length,
      sameCenter: c.centerId === target.centerId ? 1 : 0,
    }))
    .sort((a, b) => b.shared - a.shared || b.sameCenter - a.sameCenter || a.index - b.index)
    .map((c) => c.id);
}

/** Everything the listing's filter form offers, and the names behind the slugs in its chips. */
export const listFilterOptions = unstable_cache(readFilterOptions, ["filter-options"], cached);

async function readFilterOptions() {
  const [centers, topics, regions, authors, range, languages] = await Promise.all([
    db.center.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, programs: { orderBy: { name: "asc" }, select: { slug: true, name: true } } } }),
    db.topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.region.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.publication.aggregate({ where: { status: "PUBLISHED" }, _min: { publishedAt: true }, _max: { publishedAt: true } }),
    db.publication.groupBy({ by: ["language"], where: { status: "PUBLISHED" }, orderBy: { language: "asc" } }),
  ]);
  const minYear = range._min.publishedAt?.getUTCFullYear();
  const maxYear = range._max.publishedAt?.getUTCFullYear();
  const years = minYear && maxYear ? Array.from({ length: maxYear - minYear + 1 }, (_, i) => maxYear - i) : [];
  return { centers, topics, regions, authors, years, languages: languages.map((l) => l.language) };
}

export type FilterOptions = Awaited<ReturnType<typeof readFilterOptions>>;

/** The newest publications matching a listing filter, with what a feed or sitemap entry needs. */
export async function listFeedPublications({ filters = {}, take = 50 }: { filters?: ListingFilters; take?: number }) {
  await tagPage([TAG.catalog]);
  return db.publication.findMany({
    where: buildPublicationWhere(filters),
    orderBy: newestFirst,
    take,
    select: {
      slug: true, title: true, teaser: true, publishedAt: true, updatedAt: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true, name: true } } } },
      topics: { orderBy: { name: "asc" }, select: { name: true } },
    },
  });
}
