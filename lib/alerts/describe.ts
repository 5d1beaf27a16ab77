import "server-only";
import { db } from "@/lib/db";
import { languageLabel, typeLabel } from "@/lib/format";
import { localizeCatalogue } from "@/lib/i18n/catalogue-text";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";
import { FILTER_KEYS } from "@/lib/validations/listing";
import { parseSavedSearch } from "@/lib/validations/alerts";

/** slug → name in one language, for the filters a saved search may name. */
export type FilterNames = Record<"center" | "program" | "topic" | "region" | "author", Map<string, string>>;

export async function loadFilterNames({ locale }: { locale: Locale }): Promise<FilterNames> {
  const pick = { slug: true, name: true, localized: true } as const;
  const [center, program, topic, region, author] = localizeCatalogue(
    await Promise.all([db.center.findMany({ select: pick }), db.program.findMany({ select: pick }), db.topic.findMany({ select: pick }), db.region.findMany({ select: pick }), db.author.findMany({ select: { slug: true, name: true } })]),
    { locale },
  );
  const map = (rows: Array<{ slug: string; name: string }>) => new Map(rows.map((r) => [r.slug, r.name]));
  return { center: map(center), program: map(program), topic: map(topic), region: map(region), author: map(author) };
}

/** “energy” · Topic: Energy · Year: 2024: a saved search in words, for its mails and the account page. */
export function describeSavedSearch(query: string, names: FilterNames, locale: Locale): string {
  const t = getTranslator({ locale });
  const { q, filters } = parseSavedSearch(query);
  const parts = q ? [t("alerts.quoted", { q })] : [];
  for (const key of FILTER_KEYS) {
    const v = filters[key];
    if (v === undefined) continue;
    const shown =
      key === "type" ? typeLabel(String(v), locale)
      : key === "language" ? languageLabel(String(v), locale)
      : key === "year" ? String(v)
      : (names[key].get(String(v)) ?? String(v));
    parts.push(t("alerts.filterValue", { label: t(`filters.${key}`), value: shown }));
  }
  return parts.join(" · ");
}
