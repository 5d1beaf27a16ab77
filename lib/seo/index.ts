import "server-only";
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localePath, pathInEveryLocale } from "@/lib/i18n/paths";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";

const OPEN_GRAPH_LOCALE: Record<Locale, string> = { en: "en_GB", fr: "fr_FR" };

export type PageMetadataOptions = {
  title: string;
  description: string;
  /** The interface language of the page. */
  locale: Locale;
  /** Site-relative, locale-free path, with its canonical query string if any. */
  path: string;
  /**
   * The canonical address when it is not this page in this locale: a publication's is its page in
   * its own language (lib/i18n/paths publicationPath).
   */
  canonical?: string;
  type?: "website" | "article" | "profile";
  publishedTime?: string;
  authors?: string[];
  /** An Atom feed for this page's publications, announced with <link rel="alternate">. */
  feed?: { path: string; title: string };
  /**
   * The same content in other languages, by language code, this page's own included, as public
   * addresses: hreflang alternates, made absolute from SITE_URL, with `x-default` on the first (the
   * page readers land on when no language matches). By default, the page in every interface
   * language; `[]` for none.
   */
  languages?: Array<{ language: string; path: string }>;
};

export function pageMetadata({ title, description, locale, path, canonical, type = "website", publishedTime, authors, feed, languages = pathInEveryLocale(path).map((p) => ({ language: p.locale, path: p.path })) }: PageMetadataOptions): Metadata {
  const own = canonical ?? localePath(locale, path);
  const desc = description.length > 300 ? `${description.slice(0, 297).replace(/\s+\S*$/, "")}…` : description;
  return {
    // The layout's template adds " | <site>"; a page titled with the site's name alone (the home
    // page) would then read "Halden Institute | Halden Institute".
    title: title === env.SITE_NAME ? { absolute: title } : title,
    description: desc,
    alternates: {
      canonical: own,
      ...(feed ? { types: { "application/atom+xml": [{ url: feed.path, title: feed.title }] } } : {}),
      ...(languages && languages.length > 1 ? { languages: { ...Object.fromEntries(languages.map((l) => [l.language, l.path])), "x-default": languages[0].path } } : {}),
    },
    openGraph: {
      title,
      description: desc,
      url: own,
      siteName: env.SITE_NAME,
      type,
      locale: OPEN_GRAPH_LOCALE[locale] ?? OPEN_GRAPH_LOCALE[DEFAULT_LOCALE],
      ...(type === "article" ? { publishedTime, authors } : {}),
    },
    twitter: { card: "summary", title, description: desc },
  };
}

type MessageKey = Parameters<ReturnType<typeof getPageTranslator>>[0];

/**
 * generateMetadata for a page search engines should not index (a form, the reader's own pages,
 * search results): its title from the catalogue, in the page's language.
 */
export function unindexedPageMetadata(titleKey: MessageKey, { follow = false }: { follow?: boolean } = {}) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    await readPageLocale(params);
    return { title: getPageTranslator()(titleKey), robots: { index: false, follow } };
  };
}
