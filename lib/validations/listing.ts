// The listing's query string: parsed leniently (a bad value is dropped, never an error page),
// and written back canonically for pagination and the removable filter chips.
import { z } from "zod";
import { PUBLICATION_TYPES } from "@/lib/format";
import { urlSlugSchema } from "@/lib/validations/slug";

export const FILTER_KEYS = ["center", "program", "topic", "region", "author", "type", "language", "year"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const slug = urlSlugSchema;

export const listingFilterSchema = z.object({
  center: slug.optional(),
  program: slug.optional(),
  topic: slug.optional(),
  region: slug.optional(),
  author: slug.optional(),
  type: z.enum(PUBLICATION_TYPES).optional(),
  language: z.string().regex(/^[a-z]{2}$/).optional(),
  year: z.string().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(1900).max(2200)).optional(),
});

export type ListingFilters = z.infer<typeof listingFilterSchema>;

/**
 * A keyset position in the newest-first order: the page after (older than) or before (newer than)
 * one publication. Deep pages are reached through these, so no query ever skips 40,000 rows.
 */
export type ListingCursor = { direction: "after" | "before"; publishedAt: Date; id: string };
export type ListingQuery = { filters: ListingFilters; page: number; cursor?: ListingCursor };

export const MAX_PAGE = 100_000;
const pageSchema = z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1).max(MAX_PAGE));

/** A query string as Next's searchParams or as URLSearchParams (the proxy's and cached routes'). */
export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** A parameter's value as sent; a repeated parameter counts once: the first value wins. */
export function firstParam(params: RawParams, key: string): string | undefined {
  const v = params instanceof URLSearchParams ? params.get(key) ?? undefined : params[key];
  return Array.isArray(v) ? v[0] : v;
}

function first(params: RawParams, key: string): string | undefined {
  const value = firstParam(params, key);
  // Nothing valid is longer than a slug; a 10 KB value is not worth parsing.
  return value === undefined || value.length > 120 ? undefined : value.trim();
}

export function parseListingQuery(params: RawParams): ListingQuery {
  const filters: ListingFilters = {};
  for (const key of FILTER_KEYS) {
    const raw = first(params, key);
    if (!raw) continue;
    const parsed = listingFilterSchema.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) (filters as Record<string, unknown>)[key] = parsed.data;
  }
  const page = pageSchema.safeParse(first(params, "page"));
  // A cursor labels the page it leads to; without a trustworthy page number it is ignored.
  const cursor = page.success ? parseCursor(params) : undefined;
  return { filters, page: page.success ? page.data : 1, ...(cursor ? { cursor } : {}) };
}

const cursorPattern = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{1,40})$/;

export function encodeCursor(item: { publishedAt: Date; id: string }): string {
  return `${item.publishedAt.getTime().toString(36)}.${item.id}`;
}

function parseCursor(params: RawParams): ListingCursor | undefined {
  for (const direction of ["after", "before"] as const) {
    const m = cursorPattern.exec(first(params, direction) ?? "");
    if (!m) continue;
    const publishedAt = new Date(parseInt(m[1], 36));
    if (!Number.isNaN(publishedAt.getTime())) return { direction, publishedAt, id: m[2] };
  }
  return undefined;
}

/** `?center=asia&page=2`, in a fixed key order so each listing has one URL. */
export function listingHref(filters: ListingFilters, page = 1, path = "/analyses", cursor?: ListingCursor): string {
  const s = listingQueryString({ filters, page, cursor });
  return s ? `${path}?${s}` : path;
}

/** The canonical query string of a listing: what its cache entry is keyed by. */
export function listingQueryString({ filters, page, cursor }: ListingQuery): string {
  const qs = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = filters[key];
    if (v !== undefined) qs.set(key, String(v));
  }
  if (page > 1) qs.set("page", String(page));
  if (cursor && page > 1) qs.set(cursor.direction, encodeCursor(cursor));
  return qs.toString();
}

/**
 * Search engines' advice on faceted navigation: single-filter listings (a topic, a region, a
 * centre) are good landing pages; combinations are endless and add nothing. Links to them carry
 * rel="nofollow", robots.txt keeps crawlers out, and their canonical link is the first filter alone.
 */
export function isCrawlableListing(filters: ListingFilters): boolean {
  return FILTER_KEYS.filter((k) => filters[k] !== undefined).length <= 1;
}

/** The listing a filtered listing stands for in search engines: its first filter alone. */
export function canonicalListingFilters(filters: ListingFilters): ListingFilters {
  if (isCrawlableListing(filters)) return filters;
  const key = FILTER_KEYS.find((k) => filters[k] !== undefined)!;
  return { [key]: filters[key] } as ListingFilters;
}

export function withoutFilter(filters: ListingFilters, key: FilterKey): ListingFilters {
  const next = { ...filters };
  delete next[key];
  return next;
}

// A listing's feed, by what it follows. "languages": the publications written in one language (/feeds/languages/fr.xml), the feed each
// interface language offers its readers.
export const FEED_KINDS = ["centers", "authors", "topics", "types", "languages"] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** The feed's path for a page to link to with <link rel="alternate">. */
export function feedPath(kind?: FeedKind, slug?: string): string {
  return kind && slug ? `/feeds/${kind}/${slug}.xml` : "/feeds/analyses.xml";
}
