// The interface languages. Pure, so that client components may read it too.

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of unprefixed addresses, and of anything said before a reader chose. */
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language the catalogue's own texts (researchers, centres, programmes, topics, regions) are written in. */
export const CATALOGUE_LANGUAGE = "en";
