// Pure: the catalogue's texts in other languages, as the database's `localized` column stores them:
// {"fr": {"name": "…", "description": "…"}}. The forms' schemas (lib/validations/localized.ts) write
// this shape; the pages read it back through catalogue-text.ts.
import { CATALOGUE_LANGUAGE, LOCALES, type Locale } from "@/lib/i18n/locales";

/** The interface languages a catalogue text may be translated into: every one but its own. */
export const TRANSLATION_LOCALES = LOCALES.filter((l) => l !== CATALOGUE_LANGUAGE) as Locale[];

export type LocalizedTexts = Partial<Record<Locale, Record<string, string>>>;

/** The stored `localized` value read back: anything malformed counts as no translation. */
export function readLocalizedTexts(value: unknown): LocalizedTexts {
  const parsed = typeof value === "string" ? safeJson(value) : value;
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  const out: LocalizedTexts = {};
  for (const locale of TRANSLATION_LOCALES) {
    const version = (parsed as Record<string, unknown>)[locale];
    if (!version || typeof version !== "object" || Array.isArray(version)) continue;
    const texts = Object.fromEntries(Object.entries(version).filter(([, v]) => typeof v === "string" && v.trim() !== ""));
    if (Object.keys(texts).length) out[locale] = texts as Record<string, string>;
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
