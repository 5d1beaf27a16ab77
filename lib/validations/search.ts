import { z } from "zod";
import { FILTER_KEYS, firstParam, parseListingQuery, type ListingFilters, type RawParams } from "@/lib/validations/listing";

/** Longer queries get a message rather than a search (lib/search/query.ts). */
export const MAX_QUERY_LENGTH = 200;

export const searchSortSchema = z.enum(["relevance", "date"]).catch("relevance");

/** The search page's query string: q, sort, page, and the listing's filters. */
export function parseSearchParams(params: RawParams) {
  const { filters, page } = parseListingQuery(params);
  // Over-long queries are kept (and answered with a message), but never beyond 1,000 characters.
  const q = (firstParam(params, "q") ?? "").slice(0, 1000);
  return { q, sort: searchSortSchema.parse(firstParam(params, "sort")), filters, page };
}

type SearchQuery = { q: string; sort?: "relevance" | "date"; filters?: ListingFilters; page?: number };

export function searchHref(query: SearchQuery): string {
  return `/search?${searchQueryString(query)}`;
}

/** The canonical query string of a search, in a fixed key order; empty for no search at all. */
export function searchQueryString({ q, sort = "relevance", filters = {}, page = 1 }: SearchQuery): string {
  if (!q.trim()) return "";
  const qs = new URLSearchParams({ q });
  if (sort !== "relevance") qs.set("sort", sort);
  for (const key of FILTER_KEYS) if (filters[key] !== undefined) qs.set(key, String(filters[key]));
  if (page > 1) qs.set("page", String(page));
  return qs.toString();
}
