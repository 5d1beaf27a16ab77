// Pure, and not server-only: scripts/serve.ts applies it before Next sees a request.
// A cached page must be a function of its canonical URL alone. Next writes the URL it was asked
// for (before proxy.ts rewrites it) into the page's RSC data, so the first visitor's query string
// (?utm_source=…) would be served to every later visitor. Pages that are one page whatever the
// query drop it; listings and search get their canonical query (lib/http/query-cache.ts).
import { canonicalQueryString } from "@/lib/http/query-cache";

// Public pages rendered once for every query string.
const STATIC_PAGES = [/^\/$/, /^\/analyses\/[^/]+(\/read)?$/, /^\/authors(\/[^/]+)?$/, /^\/centers(\/[^/]+){0,2}$/, /^\/feeds\/.+/, /^\/sitemaps\/.+/, /^\/sitemap\.xml$/, /^\/robots\.txt$/];

// Next's own cache-busting parameter on client navigations; it checks it, so it stays.
const NEXT_PARAMS = ["_rsc"];

/** The query string with only Next's own parameters left ("" or "?_rsc=…"). */
export function nextOnlySearch(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const name of NEXT_PARAMS) for (const v of params.getAll(name)) kept.append(name, v);
  const s = kept.toString();
  return s ? `?${s}` : "";
}

/** A request path whose query is only what the page depends on, in its canonical form. */
export function withoutVisitorQuery(requestUrl: string): string {
  const q = requestUrl.indexOf("?");
  if (q === -1) return requestUrl;
  const pathname = requestUrl.slice(0, q);
  const params = new URLSearchParams(requestUrl.slice(q + 1));
  const canonical = canonicalQueryString(pathname, params);
  if (canonical !== null) {
    const rsc = nextOnlySearch(params).slice(1);
    const query = [canonical, rsc].filter(Boolean).join("&");
    return query ? `${pathname}?${query}` : pathname;
  }
  if (!STATIC_PAGES.some((re) => re.test(pathname))) return requestUrl;
  return `${pathname}${nextOnlySearch(params)}`;
}

/**
 * A listing or search address without its empty parameters, or null when it has none. A GET
 * form sends every control, chosen or not (`?center=&program=&topic=energy`); the reader should
 * see and share the short address, so serve.ts redirects to it.
 */
export function withoutEmptyParams(requestUrl: string): string | null {
  const q = requestUrl.indexOf("?");
  if (q === -1) return null;
  const pathname = requestUrl.slice(0, q);
  if (canonicalQueryString(pathname, new URLSearchParams()) === null) return null;
  const params = new URLSearchParams(requestUrl.slice(q + 1));
  const kept = new URLSearchParams([...params].filter(([, value]) => value.trim() !== ""));
  if ([...kept].length === [...params].length) return null;
  const query = kept.toString();
  return query ? `${pathname}?${query}` : pathname;
}
