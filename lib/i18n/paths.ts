// Where each locale lives in the URL: English, the default, unprefixed (the addresses Folio always
// had), French under /fr. Pure, so links are built the same way on the server and in the browser.
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";

/** The public address of a site-relative path in a locale: ("fr", "/analyses") → "/fr/analyses". */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  if (path === "/" || path === "") return `/${locale}`;
  return `/${locale}${path}`;
}

/**
 * The locale and the locale-free path of an address, public ("/fr/analyses") or internal
 * ("/en/analyses", what the rewrite serves unprefixed addresses from).
 */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && isLocale(match[1])) return { locale: match[1], path: match[2] || "/" };
  return { locale: DEFAULT_LOCALE, path: pathname || "/" };
}

/** The same page in every locale, for hreflang alternates and sitemaps: the default locale first. */
export function pathInEveryLocale(path: string): Array<{ locale: Locale; path: string }> {
  return LOCALES.map((locale) => ({ locale, path: localePath(locale, path) }));
}

// The cached copies of listings and searches are internal paths (lib/http/query-cache.ts); their
// public address is the page's own.
const INTERNAL = [
  ["/q/analyses/", "/analyses"],
  ["/q/search/", "/search"],
] as const;

/** The locale-free public path of the page being shown, from its public or internal pathname. */
export function publicPathOf(pathname: string): string {
  const { path } = splitLocalePath(pathname);
  for (const [prefix, page] of INTERNAL) if (path.startsWith(prefix)) return page;
  return path;
}

/** The interface a publication in `language` is read in by default: its own, where Folio speaks it. */
export function contentLocale(language: string): Locale {
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/**
 * A publication's canonical address: its page in the interface of its own language. The same
 * publication under the other interface is a page too, for readers who chose that language, but
 * points here as canonical.
 */
export function publicationPath({ slug, language }: { slug: string; language: string }): string {
  return localePath(contentLocale(language), `/analyses/${slug}`);
}
