import "server-only";
import { feedPath } from "@/lib/feeds/build-feed";
import { listFilterOptions, listPublications } from "@/lib/publications/queries";
import { pageMetadata } from "@/lib/seo";
import { canonicalListingFilters, isCrawlableListing, listingHref, type ListingQuery } from "@/lib/validations/listing";

/** Everything the listing page shows, or null when the query names no page. */
export async function loadListingPage({ filters, page, cursor }: ListingQuery) {
  const [result, options] = await Promise.all([listPublications({ filters, page, cursor }), listFilterOptions()]);
  // Past the last page is not a page; page 1 of an empty result is (it says so).
  return result.reachable ? { result, options } : null;
}

export function listingMetadata({ filters, page, cursor }: ListingQuery) {
  return pageMetadata({
    title: page > 1 ? `All analyses, page ${page}` : "All analyses",
    description: "Every analysis, policy brief, report, article and book chapter we have published, newest first.",
    // A combination of filters points search engines at its first filter's listing.
    path: isCrawlableListing(filters) ? listingHref(filters, page, "/analyses", cursor) : listingHref(canonicalListingFilters(filters)),
    // A topic or type listing announces that topic's or type's feed; any other, the whole catalogue's.
    feed: filters.topic
      ? { path: feedPath("topics", filters.topic), title: "Analyses on this topic" }
      : filters.type
        ? { path: feedPath("types", filters.type), title: "Analyses of this type" }
        : { path: feedPath(), title: "All analyses" },
  });
}
