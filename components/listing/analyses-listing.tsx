import { ActiveFilters } from "@/components/listing/active-filters";
import { buildFilterChoices, FilterForm, filterSummary } from "@/components/listing/filter-form";
import { Fold } from "@/components/ui/fold";
import { PublicationList } from "@/components/publication-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { isOffsetPage, type FilterOptions, type listPublications } from "@/lib/publications/queries";
import { isCrawlableListing, listingHref, type ListingQuery } from "@/lib/validations/listing";
import { getPageTranslator } from "@/lib/i18n/request-locale";
import { ListingAlerts } from "@/components/alerts/listing-alerts";

type Props = {
  query: ListingQuery;
  result: Awaited<ReturnType<typeof listPublications>>;
  options: FilterOptions;
};

/** The catalogue listing, shared by its cached route and its per-request fallback. */
export function AnalysesListing({ query: { filters, page, cursor }, result, options }: Props) {
  const t = getPageTranslator();
  const choices = buildFilterChoices(options);
  const { items, pageCount } = result;
  // Deep pages have no numbered link: they are reached by Previous and Next, through cursors.
  const hrefFor = (p: number) => (isOffsetPage(p, pageCount) ? listingHref(filters, p) : null);
  const prevHref = items.length && !isOffsetPage(page - 1, pageCount) ? listingHref(filters, page - 1, "/analyses", { direction: "before", ...items[0] }) : undefined;
  const nextHref = items.length && !isOffsetPage(page + 1, pageCount) ? listingHref(filters, page + 1, "/analyses", { direction: "after", ...items[items.length - 1] }) : undefined;

  return (
    <Container>
      <h1 className="font-serif text-3xl font-semibold">{t("listing.title")}</h1>
      <ListingAlerts filters={filters} options={options} back={listingHref(filters)} />
      <div className="mt-8 grid gap-8 lg:grid-cols-[16rem_1fr]">
        <aside aria-label={t("listing.filters")}>
          <Fold summary={filterSummary(filters)}>
            {/* Keyed by the filters: client-side navigation must reset the selects, not keep stale values. */}
            <FilterForm key={listingHref(filters)} filters={filters} choices={choices} />
          </Fold>
        </aside>
        <section aria-labelledby="results">
          <h2 id="results" className="sr-only">{t("listing.resultsHeading")}</h2>
          <ActiveFilters filters={filters} choices={choices} />
          <p className="text-sm text-muted" role="status">
            {result.total === 0
              ? t("listing.none")
              : t("listing.total", { count: result.total, page, pageCount })}
          </p>
          {items.length ? (
            <PublicationList publications={items} back={listingHref(filters, page, "/analyses", cursor)} />
          ) : (
            <div className="mt-4">
              <EmptyState title={t("listing.emptyTitle")}>{t("listing.emptyText")}</EmptyState>
            </div>
          )}
          <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} prevHref={prevHref} nextHref={nextHref} nofollow={!isCrawlableListing(filters)} />
        </section>
      </div>
    </Container>
  );
}
