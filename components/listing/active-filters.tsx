import { Link } from "@/components/ui/locale-link";
import { filterLabel, type FilterChoices } from "@/components/listing/filter-form";
import { FILTER_KEYS, isCrawlableListing, listingHref, withoutFilter, type ListingFilters } from "@/lib/validations/listing";
import { TextLink } from "@/components/ui/link";
import { getPageTranslator } from "@/lib/i18n/request-locale";

/** `hrefFor` builds the page's own URL for a set of filters (the listing's, or the search's). */
export function ActiveFilters({ filters, choices, hrefFor = (f) => listingHref(f) }: { filters: ListingFilters; choices: FilterChoices; hrefFor?: (filters: ListingFilters) => string }) {
  const active = FILTER_KEYS.filter((k) => filters[k] !== undefined);
  if (!active.length) return null;
  const t = getPageTranslator();
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2" aria-label={t("listing.currentFilters")} role="group">
      {active.map((key) => {
        const value = String(filters[key]);
        const choice = choices[key].find((o) => o.value === value);
        const label = choice?.label ?? value;
        return (
          <Link
            key={key}
            href={hrefFor(withoutFilter(filters, key))}
            rel={isCrawlableListing(withoutFilter(filters, key)) ? undefined : "nofollow"}
            className="inline-flex items-center gap-2 rounded-full bg-accent-soft px-3 py-1 text-sm hover:bg-accent hover:text-white"
            aria-label={t("listing.removeFilter", { filter: filterLabel(key), value: label })}
          >
            <span>
              {filterLabel(key)}: <strong lang={choice?.lang}>{label}</strong>
            </span>
            <span aria-hidden>×</span>
          </Link>
        );
      })}
      <TextLink href={hrefFor({})} size="sm">
        {t("listing.clearAll")}
      </TextLink>
    </div>
  );
}
