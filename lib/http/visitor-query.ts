// Pure, and not server-only: scripts/serve.ts applies it before Next sees a request.
// A cached page must be a function of its canonical URL alone. Next writes the URL it was asked
// for (before proxy.ts rewrites it) into the page's RSC data, so the first visitor's query string
// (?utm_source=…) would be served to every later visitor. Pages that are one page whatever the
// query drop it; listings and search get their canonical query (lib/http/query-cache.ts).
import { canonicalQueryString } from "@/lib/http/query-cache";
import { splitLocalePath } from "@/lib/i18n/paths";

// Which pages are cached is not a list kept by hand (one that forgot every French page and four
// English ones): it is read from the build, Next's prerender manifest, which names every page
// rendered once and kept (each static route, and the pattern of each route with parameters). A
// page that reads its query string is dynamic, so it is never there and keeps its query; every
// page that is there is one page whatever the query, and loses it.
export type PrerenderManifest = { routes: Record<string, unknown>; dynamicRoutes: Record<string, { routeRegex: string }> };
export type CachedPageTest = (pathname: string) => boolean;

/**
 * From the manifest, whether a public path is served by a cached page. Unprefixed English paths
 * are the `/en` routes (next.config.js rewrites them), so routes under `[locale]` are matched
 * against the path as its locale's route, and only then: `/library` is not the `[locale]` page.
 */
export function cachedPageTest(manifest: PrerenderManifest): CachedPageTest {
  const exact = new Set(Object.keys(manifest.routes));
  const patterns = Object.entries(manifest.dynamicRoutes).map(([route, { routeRegex }]) => ({ localized: route.startsWith("/[locale]"), re: new RegExp(routeRegex) }));
  return (pathname) => {
    const { locale, path } = splitLocalePath(pathname);
    const routed = `/${locale}${path === "/" ? "" : path}`;
    if (exact.has(pathname) || exact.has(routed)) return true;
    return patterns.some(({ localized, re }) => re.test(localized ? routed : pathname));
  };
}

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
export function withoutVisitorQuery(requestUrl: string, isCachedPage: CachedPageTest): string {
  const q = requestUrl.indexOf("?");
  if (q === -1) return requestUrl;
  const pathname = requestUrl.slice(0, q);
  const params = new URLSearchParams(requestUrl.slice(q + 1));
  // Listings and search in every language: /fr/analyses is cached as /analyses is.
  const canonical = canonicalQueryString(splitLocalePath(pathname).path, params);
  if (canonical !== null) {
    const rsc = nextOnlySearch(params).slice(1);
    const query = [canonical, rsc].filter(Boolean).join("&");
    return query ? `${pathname}?${query}` : pathname;
  }
  if (!isCachedPage(pathname)) return requestUrl;
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
  if (canonicalQueryString(splitLocalePath(pathname).path, new URLSearchParams()) === null) return null;
  const params = new URLSearchParams(requestUrl.slice(q + 1));
  const kept = new URLSearchParams([...params].filter(([, value]) => value.trim() !== ""));
  if ([...kept].length === [...params].length) return null;
  const query = kept.toString();
  return query ? `${pathname}?${query}` : pathname;
}
