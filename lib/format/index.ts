// Labels and formatting shared by pages and components, in the interface language; pure, so client
// components may use it too.
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";

export const PUBLICATION_TYPES = ["analysis", "policy-brief", "report", "article", "book-chapter"] as const;
export type PublicationTypeSlug = (typeof PUBLICATION_TYPES)[number];


/** The database enum (POLICY_BRIEF) and the URL/import form (policy-brief) of a type. */
export function typeToSlug(type: string): PublicationTypeSlug {
  return type.toLowerCase().replace(/_/g, "-") as PublicationTypeSlug;
}
export function typeFromSlug(slug: PublicationTypeSlug) {
  return slug.toUpperCase().replace(/-/g, "_") as "ANALYSIS" | "POLICY_BRIEF" | "REPORT" | "ARTICLE" | "BOOK_CHAPTER";
}
export function typeLabel(type: string, locale: Locale = DEFAULT_LOCALE): string {
  const slug = typeToSlug(type);
  return (PUBLICATION_TYPES as readonly string[]).includes(slug) ? getTranslator({ locale })(`types.${slug}`) : type;
}

// Intl formatters are costly to build and pure: one per locale, made on first use.
const perLocale = <T,>(make: (locale: Locale) => T) => {
  const made = new Map<Locale, T>();
  return (locale: Locale) => made.get(locale) ?? made.set(locale, make(locale)).get(locale)!;
};
// Dates read the British way in English (3 December 2026) and the French way in French (3 décembre 2026).
const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };
const languageNames = perLocale((locale) => new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "language" }));
const dateFormat = perLocale((locale) => new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
const timeFormats = {
  minutes: perLocale((locale) => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })),
  seconds: perLocale((locale) => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })),
};
const numberFormat = perLocale((locale) => new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

/** A language's name in the interface language: "French", "français". */
export function languageLabel(code: string, locale: Locale = DEFAULT_LOCALE): string {
  try {
    return languageNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "1 March 2026", "1er mars 2026": French writes the first of the month as an ordinal, which Intl does not. */
export function formatDate(d: Date, locale: Locale = DEFAULT_LOCALE): string {
  if (locale !== "fr" || d.getUTCDate() !== 1) return dateFormat(locale).format(d);
  return dateFormat(locale)
    .formatToParts(d)
    .map((part) => (part.type === "day" ? "1er" : part.value))
    .join("");
}
/** A moment in UTC to the minute or the second, for the back office: "3 Dec 2026, 14:05". */
export function formatUtcTime(d: Date, locale: Locale = DEFAULT_LOCALE, precision: keyof typeof timeFormats = "minutes"): string {
  return timeFormats[precision](locale).format(d);
}
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** "1.5 MB" in English, "1,5 Mo" in French. */
export function formatBytes(bytes: number, locale: Locale = DEFAULT_LOCALE): string {
  const [b, kb, mb] = locale === "fr" ? ["o", "Ko", "Mo"] : ["B", "KB", "MB"];
  if (bytes < 1024) return `${bytes} ${b}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} ${kb}`;
  return `${numberFormat(locale).format(Math.round((bytes / (1024 * 1024)) * 10) / 10)} ${mb}`;
}

export function seriesLabel(series: string | null, seriesNumber: number | null, locale: Locale = DEFAULT_LOCALE): string | null {
  if (!series) return null;
  return seriesNumber != null ? getTranslator({ locale })("format.series", { series, number: seriesNumber }) : series;
}

/** "Jane Q. Roe" → { family: "Roe", given: "Jane Q." }: the last word is the family name, in every format that splits one. */
export function splitPersonName(name: string): { family: string; given: string } {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? "";
  return { family, given: parts.join(" ") };
}
