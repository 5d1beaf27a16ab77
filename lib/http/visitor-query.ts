// Pure, and not server-only: scripts/serve.ts and proxy.ts apply it before Next renders.
// A cached page must be a function of its canonical URL alone. Next writes the URL it rendered
// for into the page's RSC data, so the first visitor's query string (?utm_source=…) would be
// served to every later visitor. Pages that are one page whatever the query drop it; listings
// and search keep only what their canonical key says (lib/http/query-cache.ts).

// Public pages rendered once for every query string.
const STATIC_PAGES = [/^\/$/, /^\/analyses\/[^/]+$/, /^\/authors(\/[^/]+)?$/, /^\/centers(\/[^/]+){0,2}$/, /^\/feeds\/.+/, /^\/sitemaps\/.+/, /^\/sitemap\.xml$/, /^\/robots\.txt$/];

// Next's own cache-busting parameter on client navigations; it checks it, so it stays.
const NEXT_PARAMS = ["_rsc"];

/** The query string with only Next's own parameters left ("" or "?_rsc=…"). */
export function nextOnlySearch(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const name of NEXT_PARAMS) for (const v of params.getAll(name)) kept.append(name, v);
  const s = kept.toString();
  return s ? `?${s}` : "";
}

/** A request path with the visitor's query dropped when the page does not depend on it. */
export function withoutVisitorQuery(requestUrl: string): string {
  const q = requestUrl.indexOf("?");
  if (q === -1) return requestUrl;
  const pathname = requestUrl.slice(0, q);
  if (!STATIC_PAGES.some((re) => re.test(pathname))) return requestUrl;
  return `${pathname}${nextOnlySearch(new URLSearchParams(requestUrl.slice(q + 1)))}`;
}
