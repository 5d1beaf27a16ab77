// Listings and search results depend only on their query string, so each canonical query is
// rendered once and cached like any static page (ISR) under an internal path that proxy.ts
// rewrites to. A page that reads searchParams renders on every request: about 85 req/s here.
import { listingQueryString, parseListingQuery } from "@/lib/validations/listing";
import { parseSearchParams, searchQueryString } from "@/lib/validations/search";

export const CACHED_QUERY_PREFIX = "/q/";

// Each key names a file in Next's cache (at most 255 bytes); longer queries render per request.
const MAX_KEY_LENGTH = 200;

function toKey(queryString: string): string | null {
  const key = queryString ? Buffer.from(queryString).toString("base64url") : "-";
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

export function decodeQueryKey(key: string): URLSearchParams {
  return new URLSearchParams(key === "-" ? "" : Buffer.from(key, "base64url").toString());
}

const canonical: Record<string, (params: URLSearchParams) => string> = {
  "/analyses": (params) => listingQueryString(parseListingQuery(params)),
  "/search": (params) => searchQueryString(parseSearchParams(params)),
};

/** The canonical query string of a listing or search URL, or null for any other page. */
export function canonicalQueryString(pathname: string, params: URLSearchParams): string | null {
  const canonicalize = canonical[pathname];
  return canonicalize ? canonicalize(params) : null;
}

const internalPath = (pathname: string, key: string) => `${CACHED_QUERY_PREFIX}${pathname.slice(1)}/${key}`;

/** The internal path serving this public URL from cache, or null to render it per request. */
export function cachedQueryPath(pathname: string, params: URLSearchParams): string | null {
  const query = canonicalQueryString(pathname, params);
  const key = query === null ? null : toKey(query);
  return key ? internalPath(pathname, key) : null;
}

/** The key's query, or null for a key that is not the canonical form of any query. */
export function readQueryKey(pathname: "/analyses" | "/search", key: string): URLSearchParams | null {
  const params = decodeQueryKey(key);
  return cachedQueryPath(pathname, params) === internalPath(pathname, key) ? params : null;
}
