import { notFound } from "next/navigation";
import { ActiveFilters } from "@/components/listing/active-filters";
import { buildFilterChoices, FilterForm } from "@/components/listing/filter-form";
import { PublicationList } from "@/components/publication-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listFilterOptions, listPublications } from "@/lib/publications/queries";
import { feedPath } from "@/lib/feeds/build-feed";
import { pageMetadata } from "@/lib/seo";
import { listingHref, parseListingQuery } from "@/lib/validations/listing";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  const { filters, page } = parseListingQuery(await searchParams);
  return pageMetadata({
    title: page > 1 ? `All analyses, page ${page}` : "All analyses",
    description: "Every analysis, policy brief, report, article and book chapter we have published, newest first.",
    path: listingHref(filters, page),
    // A topic or type listing announces that topic's or type's feed; any other, the whole catalogue's.
    feed: filters.topic
      ? { path: feedPath("topics", filters.topic), title: "Analyses on this topic" }
      : filters.type
        ? { path: feedPath("types", filters.type), title: "Analyses of this type" }
        : { path: feedPath(), title: "All analyses" },
  });
}

export default async function AnalysesPage({ searchParams }: Props) {
  const { filters, page } = parseListingQuery(await searchParams);
  const [result, options] = await Promise.all([listPublications({ filters, page }), listFilterOptions()]);
  // Past the last page is not a page; page 1 of an empty result is (it says so).
  if (page > result.pageCount) notFound();
  const choices = buildFilterChoices(options);

  return (
    <Container>
      <h1 className="font-serif text-3xl font-semibold">All analyses</h1>
      <div className="mt-8 grid gap-8 lg:grid-cols-[16rem_1fr]">
        <aside>
          <h2 className="sr-only">Filters</h2>
          {/* Keyed by the filters: client-side navigation must reset the selects, not keep stale values. */}
          <FilterForm key={listingHref(filters)} filters={filters} choices={choices} />
        </aside>
        <section aria-labelledby="results">
          <h2 id="results" className="sr-only">Results</h2>
          <ActiveFilters filters={filters} choices={choices} />
          <p className="text-sm text-muted" role="status">
            {result.total === 0
              ? "No publications match these filters."
              : `${result.total} publication${result.total === 1 ? "" : "s"}${result.pageCount > 1 ? `, page ${page} of ${result.pageCount}` : ""}`}
          </p>
          {result.items.length ? (
            <PublicationList publications={result.items} back={listingHref(filters, page)} />
          ) : (
            <div className="mt-4">
              <EmptyState title="Nothing matches these filters">Remove a filter above to widen the search.</EmptyState>
            </div>
          )}
          <Pagination page={page} pageCount={result.pageCount} hrefFor={(p) => listingHref(filters, p)} />
        </section>
      </div>
    </Container>
  );
}
