import { FollowButton } from "@/components/alerts/follow-button";
import { SaveSearchButton } from "@/components/alerts/save-search-button";
import type { FilterOptions } from "@/lib/publications/queries";
import { getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";
import { localePath } from "@/lib/i18n/paths";
import { FILTER_KEYS, type ListingFilters } from "@/lib/validations/listing";
import { canonicalSavedSearch } from "@/lib/validations/alerts";

type Followable = { kind: "center" | "program" | "topic" | "region" | "author"; target: string; name: string };

/** A listing filtered by one centre, programme, topic, region or researcher can follow it. */
function followableOf(filters: ListingFilters, options: FilterOptions): Followable | null {
  const on = FILTER_KEYS.filter((k) => filters[k] !== undefined);
  if (on.length !== 1) return null;
  const [key] = on;
  const slug = String(filters[key]);
  const find = <T extends { id: string; slug: string; name: string }>(rows: T[]) => rows.find((r) => r.slug === slug);
  const row =
    key === "center" ? find(options.centers)
    : key === "program" ? find(options.centers.flatMap((c) => c.programs))
    : key === "topic" ? find(options.topics)
    : key === "region" ? find(options.regions)
    : key === "author" ? find(options.authors)
    : undefined;
  return row ? { kind: key as Followable["kind"], target: row.id, name: row.name } : null;
}

/**
 * The alert controls above a filtered listing or a search's results: Follow when the listing is
 * one followable thing, and "Alert me about new results" for any search or filter.
 */
export function ListingAlerts({ filters, options, q, back }: { filters: ListingFilters; options: FilterOptions; q?: string; back: string }) {
  const t = getPageTranslator();
  const params = new URLSearchParams(Object.entries({ ...filters, ...(q ? { q } : {}) }).map(([k, v]) => [k, String(v)]));
  const query = canonicalSavedSearch(params);
  if (!query) return null;
  const follow = q ? null : followableOf(filters, options);
  const path = localePath(getRequestLocale(), back);
  return (
    <div className="flex flex-wrap items-center gap-3">
      {follow ? <FollowButton kind={follow.kind} target={follow.target} name={follow.name} back={path} className="mt-3" /> : null}
      <SaveSearchButton query={query} back={path} label={t("alerts.saveSearch")} hint={t("alerts.saveSearchHint")} />
    </div>
  );
}
