import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { cardTags, tagPage, TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { json, jsonDate, parseJsonColumn, sqlParam } from "@/lib/db/sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListingCursor, ListingFilters } from "@/lib/validations/listing";
import { buildPublicationWhere } from "@/lib/publications/filters";
import { isSlug } from "@/lib/validations/ids";
import { localizeCatalogue, type Localized } from "@/lib/i18n/catalogue-text";

/** What a listing item shows: type, date, title, authors, the teaser and the cover. */
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
  coverSha256: true,
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
  center: { select: { id: true, slug: true, name: true, description: true, localized: true } },
  programs: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, localized: true, center: { select: { slug: true } } } },
  topics: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, localized: true } },
  regions: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, localized: true } },
  authors: {
    orderBy: { position: "asc" },
    select: {
      author: {
        select: { id: true, slug: true, name: true, role: true, bio: true, photoSha256: true, orcid: true, localized: true, center: { select: { id: true, slug: true, name: true, localized: true } } },
      },
    },
  },
} satisfies Prisma.PublicationInclude;

const PUBLICATION_COLUMNS = [
  "id", "slug", "title", "type", "series", "seriesNumber", "language", "publishedAt", "status", "scheduledAt", "version", "featured",
  "summary", "teaser", "pdfKey", "pdfSize", "pdfPages", "pdfSha256", "coverSha256", "translationGroup", "centerId", "createdAt", "updatedAt", "doi",
] as const;
const CARD_COLUMNS = ["id", "slug", "title", "type", "language", "series", "seriesNumber", "publishedAt", "teaser", "coverSha256"] as const;
const columns = (alias: string, names: readonly string[]) => Object.fromEntries(names.map((n) => [n, `${alias}."${n}"`]));

/** How many related analyses a page shows. */
export const RELATED_SHOWN = 4;

/**
 * The analysis page in one statement: the publication, its centre, programmes, topics, regions,
 * authors (with their centres) and its stored related analyses (lib/publications/related.ts) as
 * cards, nested as JSON by the database. Through Prisma's include it took 15 statements.
 */
function publicationPageSql(): string {
  const card = json.object({
    ...columns("r", CARD_COLUMNS),
    authors: json.array({
      object: json.object({ author: json.object(columns("ra", ["id", "slug", "name"])) }),
      from: `FROM "PublicationAuthor" rpa JOIN "Author" ra ON ra."id" = rpa."authorId" WHERE rpa."publicationId" = r."id"`,
      orderBy: `rpa."position"`,
    }),
  });
  const page = json.object({
    ...columns("p", PUBLICATION_COLUMNS),
    center: json.object(columns("c", ["id", "slug", "name", "description", "localized"])),
    programs: json.array({
      object: json.object({ ...columns("g", ["id", "slug", "name", "localized"]), center: json.object({ slug: `gc."slug"` }) }),
      from: `FROM "_ProgramToPublication" jg JOIN "Program" g ON g."id" = jg."A" JOIN "Center" gc ON gc."id" = g."centerId" WHERE jg."B" = p."id"`,
      orderBy: `g."name"`,
    }),
    topics: json.array({ object: json.object(columns("t", ["id", "slug", "name", "localized"])), from: `FROM "_PublicationToTopic" jt JOIN "Topic" t ON t."id" = jt."B" WHERE jt."A" = p."id"`, orderBy: `t."name"` }),
    regions: json.array({ object: json.object(columns("x", ["id", "slug", "name", "localized"])), from: `FROM "_PublicationToRegion" jx JOIN "Region" x ON x."id" = jx."B" WHERE jx."A" = p."id"`, orderBy: `x."name"` }),
    authors: json.array({
      object: json.object({ author: json.object({ ...columns("a", ["id", "slug", "name", "role", "bio", "photoSha256", "orcid", "localized"]), center: json.orNull(`ac."id"`, json.object(columns("ac", ["id", "slug", "name", "localized"]))) }) }),
      from: `FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" LEFT JOIN "Center" ac ON ac."id" = a."centerId" WHERE pa."publicationId" = p."id"`,
      orderBy: `pa."position"`,
    }),
    translations: json.array({
      object: json.object(columns("tr", ["id", "slug", "title", "language"])),
      from: `FROM "Publication" tr WHERE tr."translationGroup" = p."translationGroup" AND tr."id" <> p."id" AND tr."status" = 'PUBLISHED'`,
      orderBy: `tr."language"`,
    }),
    related: json.array({
      object: card,
      from: `FROM "RelatedPublication" rp JOIN "Publication" r ON r."id" = rp."relatedId" WHERE rp."publicationId" = p."id" AND r."status" = 'PUBLISHED'`,
      orderBy: `rp."position"`,
    }),
  });
  return `SELECT ${page} AS page FROM "Publication" p JOIN "Center" c ON c."id" = p."centerId" WHERE p."slug" = ${sqlParam(1)} AND p."status" = 'PUBLISHED'`;
}

type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] extends Date ? string : T[P] extends Date | null ? string | null : T[P] };
type PageJson = Dated<Omit<PublicationDetail, "featured">, "publishedAt" | "scheduledAt" | "createdAt" | "updatedAt"> & {
  featured: boolean | number;
  translations: Translation[];
  related: Array<Dated<PublicationCard, "publishedAt">>;
};

let pageSql: string | undefined;

/** A published publication with everything its page shows, related analyses included; drafts are not found. */
export async function getPublication({ slug }: { slug: string }): Promise<PublicationPage | null> {
  const [row] = await db.$queryRawUnsafe<Array<{ page: unknown }>>((pageSql ??= publicationPageSql()), slug);
  if (!row) return null;
  const raw = parseJsonColumn<PageJson>(row.page);
  const publication: PublicationPageRow = {
    ...raw,
    featured: Boolean(raw.featured),
    publishedAt: jsonDate(raw.publishedAt),
    scheduledAt: raw.scheduledAt ? jsonDate(raw.scheduledAt) : null,
    createdAt: jsonDate(raw.createdAt),
    updatedAt: jsonDate(raw.updatedAt),
    related: raw.related.slice(0, RELATED_SHOWN).map((c) => ({ ...c, publishedAt: jsonDate(c.publishedAt) })),
  };
  await tagPage([...publicationPageTags(publication), ...publication.translations.map((t) => TAG.publication(t.id)), ...cardTags(publication.related)]);
  return localizeCatalogue(publication);
}

/** What a publication's page shows besides itself: its authors (and their centres), centre, programmes, topics and regions. */
function publicationPageTags(p: PublicationDetail): string[] {
  return [
    TAG.publication(p.id),
    TAG.center(p.center.id),
    ...p.authors.flatMap(({ author }) => [TAG.author(author.id), ...(author.center ? [TAG.center(author.center.id)] : [])]),
    ...p.programs.map((g) => TAG.program(g.id)),
    ...p.topics.map((t) => TAG.topic(t.id)),
    ...p.regions.map((r) => TAG.region(r.id)),
  ];
}

/**
 * The publication a page's [slug] names, or null for an implausible slug: one read per render,
 * however many of generateMetadata and the page ask (React's cache).
 */
export const loadPublicationPage = cache(async (slug: string) => (isSlug(slug) ? getPublication({ slug }) : null));

/** A published publication's title, by slug or id: for pages that name it (sign-in says what it is for). */
export async function findPublishedTitle(where: { slug: string } | { id: string }): Promise<string | null> {
  const row = await db.publication.findFirst({ where: { ...where, status: "PUBLISHED" }, select: { title: true } });
  return row?.title ?? null;
}

/** The current slug of a published publication that once had `slug`. */
export async function findRedirectedSlug({ slug }: { slug: string }): Promise<string | null> {
  const row = await db.publicationRedirect.findUnique({ where: { slug }, select: { publication: { select: { slug: true, status: true } } } });
  return row?.publication.status === "PUBLISHED" ? row.publication.slug : null;
}

export type PublicationDetail = Prisma.PublicationGetPayload<{ include: typeof publicationDetailInclude }>;
/** A published translation of a publication: what its page links to. */
export type Translation = { id: string; slug: string; title: string; language: string };
type PublicationPageRow = PublicationDetail & { translations: Translation[]; related: PublicationCard[] };
/** What the public analysis page reads: the publication, its translations and the related analyses it shows, in the page's language. */
export type PublicationPage = Localized<PublicationPageRow>;

/** The stored related analyses of any publication, published ones only: for the back office's preview of a draft. */
export async function listRelatedPublications({ id, take = RELATED_SHOWN }: { id: string; take?: number }): Promise<PublicationCard[]> {
  const rows = await db.relatedPublication.findMany({
    where: { publicationId: id, related: { status: "PUBLISHED" } },
    orderBy: { position: "asc" },
    take,
    select: { related: { select: publicationCardSelect } },
  });
  return rows.map((r) => r.related);
}

const readCachedFilterOptions = unstable_cache(readFilterOptions, ["filter-options"], cached);

/** Everything the listing's filter form offers, and the names behind the slugs in its chips, in the page's language. */
export async function listFilterOptions() {
  return localizeCatalogue(await readCachedFilterOptions());
}

async function readFilterOptions() {
  const [centers, topics, regions, authors, range, languages] = await Promise.all([
    // Ids too: a listing filtered by one of them offers to follow it, and follows name ids.
    db.center.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, localized: true, programs: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, localized: true } } } }),
    db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, localized: true } }),
    db.region.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, localized: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
    db.publication.aggregate({ where: { status: "PUBLISHED" }, _min: { publishedAt: true }, _max: { publishedAt: true } }),
    db.publication.groupBy({ by: ["language"], where: { status: "PUBLISHED" }, orderBy: { language: "asc" } }),
  ]);
  const minYear = range._min.publishedAt?.getUTCFullYear();
  const maxYear = range._max.publishedAt?.getUTCFullYear();
  const years = minYear && maxYear ? Array.from({ length: maxYear - minYear + 1 }, (_, i) => maxYear - i) : [];
  return { centers, topics, regions, authors, years, languages: languages.map((l) => l.language) };
}

export type FilterOptions = Awaited<ReturnType<typeof listFilterOptions>>;

/** The newest publications matching a listing filter, with what a feed or sitemap entry needs. */
export async function listFeedPublications({ filters = {}, take = 50 }: { filters?: ListingFilters; take?: number }) {
  await tagPage([TAG.catalog]);
  return db.publication.findMany({
    where: buildPublicationWhere(filters),
    orderBy: newestFirst,
    take,
    select: {
      slug: true, title: true, teaser: true, language: true, publishedAt: true, updatedAt: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true, name: true } } } },
      topics: { orderBy: { name: "asc" }, select: { name: true } },
    },
  });
}
