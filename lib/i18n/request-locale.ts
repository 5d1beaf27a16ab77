import "server-only";
import { cache } from "react";
import { CATALOGUE_LANGUAGE, DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";

// The interface language of the page being rendered, from its [locale] segment, never from the
// request: read from a header or a cookie, it would make every public page dynamic. Layouts and
// pages may render in any order, so each sets it from its own params before anything reads it
// (the pattern next-intl uses for static rendering).
const current = cache(() => ({ locale: DEFAULT_LOCALE as Locale }));

/** Records the page's locale for this render; returns it, for the page's own use. */
export function setRequestLocale(locale: string): Locale {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  current().locale = chosen;
  return chosen;
}

/** The locale of the page being rendered (the default outside a localized page). */
export function getRequestLocale(): Locale {
  return current().locale;
}

/** The translator for the page being rendered. */
export function getPageTranslator() {
  return getTranslator({ locale: getRequestLocale() });
}

/** For pages and generateMetadata: the locale of the route's params, recorded for this render. */
export async function readPageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  return setRequestLocale((await params).locale);
}

/**
 * The `lang` attribute of content written in `language`, on the page being rendered: none when it
 * is the interface's own. A catalogue item's texts say theirs in `lang` (lib/i18n/catalogue-text.ts);
 * without one they are in CATALOGUE_LANGUAGE.
 */
export function contentLang(language: string = CATALOGUE_LANGUAGE): string | undefined {
  return language === getRequestLocale() ? undefined : language;
}
