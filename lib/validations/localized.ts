// The catalogue's texts in other languages (centres, programmes, researchers, topics, regions), as
// the import file, the back office and the database's `localized` column all write them:
// {"fr": {"name": "…", "description": "…"}}. Shared by the import, the forms and the reader.
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { TRANSLATION_LOCALES, type LocalizedTexts } from "@/lib/i18n/localized-texts";

/** Which texts of each kind of item are translated. A researcher's name is the same everywhere. */
export const LOCALIZED_FIELDS = {
  center: ["name", "description"],
  program: ["name", "description"],
  author: ["role", "bio"],
  topic: ["name"],
  region: ["name"],
} as const;
export type LocalizedKind = keyof typeof LOCALIZED_FIELDS;

const LIMITS: Record<string, number> = { name: 200, description: 5_000, role: 300, bio: 5_000 };
const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/**
 * One language's texts: all of the kind's fields or none, so a page never shows a French name over
 * an English description that it would have to mark field by field.
 */
function versionSchema(kind: LocalizedKind) {
  return z.strictObject(Object.fromEntries(LOCALIZED_FIELDS[kind].map((f) => [f, text(LIMITS[f] ?? 200)])) as Record<string, ReturnType<typeof text>>);
}

/** The `localized` object of an item of this kind: a version per translation language, each optional. */
export function localizedSchema(kind: LocalizedKind) {
  const version = versionSchema(kind);
  return z.strictObject(Object.fromEntries(TRANSLATION_LOCALES.map((l) => [l, version.optional()])) as Record<Locale, z.ZodOptional<typeof version>>);
}

/** The form field that carries a translated text: `name_fr`. */
export function localizedFieldName(field: string, locale: Locale): string {
  return `${field}_${locale}`;
}

/**
 * A back-office form's schema: the item's own fields, plus its translated ones (`name_fr`…) read
 * into `localized`. A language whose fields are all empty is left out; one with some filled must
 * have all of them, and each empty one is named.
 */
export function withLocalizedFields<S extends z.ZodRawShape>(kind: LocalizedKind, shape: S) {
  const fields = LOCALIZED_FIELDS[kind];
  const translated = Object.fromEntries(
    TRANSLATION_LOCALES.flatMap((l) => fields.map((f) => {
      return [localizedFieldName(f, l), z.string().trim().max(LIMITS[f] ?? 200, "field.tooLong").optional()];
    })),
  );
  return z.object({ ...shape, ...translated }).transform((form, ctx) => {
    const own = Object.fromEntries(Object.entries(form).filter(([k]) => k in shape)) as z.output<z.ZodObject<S>>;
    const localized: LocalizedTexts = {};
    for (const locale of TRANSLATION_LOCALES) {
      const values = Object.fromEntries(fields.map((f) => [f, ((form as Record<string, unknown>)[localizedFieldName(f, locale)] as string | undefined) ?? ""]));
      if (!fields.some((f) => values[f])) continue;
      for (const f of fields) if (!values[f]) ctx.addIssue({ code: "custom", message: "editor.translationIncomplete", path: [localizedFieldName(f, locale)] });
      localized[locale] = values;
    }
    return { ...own, localized };
  });
}
