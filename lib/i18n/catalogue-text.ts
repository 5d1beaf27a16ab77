import "server-only";
import { CATALOGUE_LANGUAGE, type Locale } from "@/lib/i18n/locales";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { readLocalizedTexts } from "@/lib/i18n/localized-texts";

/**
 * A read row with its catalogue texts in the page's language: every object that carries a
 * `localized` column (a centre, a programme, a researcher, a topic, a region, at any depth) has
 * its texts replaced by that language's version, loses the column, and gains `lang`, the language
 * its texts are now in, which the page marks with `contentLang(row.lang)` when it is not its own.
 */
export type Localized<T> = T extends Date
  ? T
  : T extends ReadonlyArray<unknown>
    ? { -readonly [K in keyof T]: Localized<T[K]> }
    : T extends object
      ? "localized" extends keyof T
        ? { [K in Exclude<keyof T, "localized">]: Localized<T[K]> } & { lang: string }
        : { [K in keyof T]: Localized<T[K]> }
      : T;

/** Applied by the read functions of lib/ to what they return; the locale is the page's unless given. */
export function localizeCatalogue<T>(value: T, { locale = getRequestLocale() }: { locale?: Locale } = {}): Localized<T> {
  return walk(value, locale) as Localized<T>;
}

function walk(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, locale));
  if (!value || typeof value !== "object" || value instanceof Date) return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (key !== "localized") out[key] = walk(v, locale);
  if ("localized" in value) {
    const version = locale === CATALOGUE_LANGUAGE ? undefined : readLocalizedTexts((value as { localized: unknown }).localized)[locale];
    let replaced = false;
    for (const [field, text] of Object.entries(version ?? {})) {
      if (typeof out[field] === "string") {
        out[field] = text;
        replaced = true;
      }
    }
    out.lang = replaced ? locale : CATALOGUE_LANGUAGE;
  }
  return out;
}

const collators = new Map<Locale, Intl.Collator>();
/**
 * Items in the alphabetical order of their names in `locale` (the page's unless given), for lists
 * the database sorted by the English names: "Centre des études de sécurité" comes before
 * "Centre Énergie et Climat" in French. Stable, so equal names keep the database's order.
 */
export function inNameOrder<T extends { name: string }>(items: readonly T[], { locale = getRequestLocale() }: { locale?: Locale } = {}): T[] {
  if (locale === CATALOGUE_LANGUAGE) return [...items];
  const collator = collators.get(locale) ?? collators.set(locale, new Intl.Collator(locale)).get(locale)!;
  return [...items].sort((a, b) => collator.compare(a.name, b.name));
}
