import "server-only";
import { feedPath } from "@/lib/validations/listing";
import { listFilterOptions, listPublications } from "@/lib/publications/queries";
import { pageMetadata } from "@/lib/seo";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";
import { canonicalListingFilters, isCrawlableListing, listingHref, type ListingQuery } from "@/lib/validations/listing";

/** Everything the listing page shows, or null when the query names no page. */
export async function loadListingPage({ filters, page, cursor }: ListingQuery) {
  const [result, options] = await Promise.all([listPublications({ filters, page, cursor }), listFilterOptions()]);
  // Past the last page is not a page; page 1 of an empty result is (it says so).
  return result.reachable ? { result, options } : null;
}

export function listingMetadata({ filters, page, cursor }: ListingQuery, { locale }: { locale: Locale }) {
  const t = getTranslator({ locale });
  return pageMetadata({
    title: page > 1 ? t("listing.titlePage", { page }) : t("listing.title"),
    description: t("listing.description"),
    locale,
    // A combination of filters points search engines at its first filter's listing.
    path: isCrawlableListing(filters) ? listingHref(filters, page, "/analyses", cursor) : listingHref(canonicalListingFilters(filters)),
    // A topic or type listing announces that topic's or type's feed; any other, the whole catalogue's.
    feed: filters.topic
      ? { path: feedPath("topics", filters.topic), title: t("feeds.topic") }
      : filters.type
        ? { path: feedPath("types", filters.type), title: t("feeds.type") }
        : { path: feedPath(), title: t("feeds.all") },
  });
}
