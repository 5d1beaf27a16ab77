import { ActiveFilters } from "@/components/listing/active-filters";
import { buildFilterChoices, filterSummary } from "@/components/listing/filter-form";
import { Fold } from "@/components/ui/fold";
import { PublicationListItem } from "@/components/publication-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { languageLabel, typeLabel } from "@/lib/format";
import type { FilterOptions } from "@/lib/publications/queries";
import { MATCH_CAP, type FacetCount, type SearchQuery, type searchPublications } from "@/lib/publications/search";
import { searchHref } from "@/lib/validations/search";
import type { FilterKey, ListingFilters } from "@/lib/validations/listing";
import { TextLink } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { contentLang, getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";
import { localePath } from "@/lib/i18n/paths";
import { ListingAlerts } from "@/components/alerts/listing-alerts";

type Props = {
  query: SearchQuery;
  result: Awaited<ReturnType<typeof searchPublications>> | null;
  options: FilterOptions;
};

const FACETS: FilterKey[] = ["center", "program", "author", "type", "topic", "region", "language", "year"];

function facetsOf(f: Record<string, FacetCount[]>) {
  return {
    ...f,
    type: f.type.map((x) => ({ ...x, label: typeLabel(x.label, getRequestLocale()) })),
    language: f.language.map((x) => ({ ...x, label: languageLabel(x.label, getRequestLocale()) })),
  } as Record<"center" | "program" | "author" | "type" | "topic" | "region" | "language" | "year", FacetCount[]>;
}

/** The search page, shared by its cached route and its per-request fallback. */
export function SearchResults({ query: { q, sort, filters, page }, result, options }: Props) {
  const t = getPageTranslator();
  const choices = buildFilterChoices(options);
  const href = (f: ListingFilters, p = 1, s = sort) => searchHref({ q, sort: s, filters: f, page: p });

  return (
    <Container>
      <h1 className="font-serif text-3xl font-semibold">{t("search.title")}</h1>
      <form method="get" action={localePath(getRequestLocale(), "/search")} role="search" className="mt-6 flex max-w-2xl flex-wrap gap-2">
        <label htmlFor="search-q" className="sr-only">{t("search.label")}</label>
        <input id="search-q" name="q" type="search" defaultValue={q} maxLength={1000} placeholder={t("search.placeholder")} className="min-w-0 flex-1 rounded border border-line bg-white px-3 py-2" />
        <Button className="py-2">{t("search.submit")}</Button>
      </form>

      {result && !("error" in result) ? <ListingAlerts filters={filters} options={options} q={q} back={href(filters, 1)} /> : null}

      {!result ? (
        <div className="mt-8">
          <EmptyState title={t("search.emptyTitle")}>{t("search.emptyText")}</EmptyState>
        </div>
      ) : "error" in result ? (
        <Notice tone="error" className="mt-8 max-w-2xl">{t(result.error === "too-long" ? "search.tooLong" : "search.noWords")}</Notice>
      ) : (
        <div className="mt-8 grid gap-8 lg:grid-cols-[16rem_1fr]">
          <aside aria-label={t("search.refine")} className="text-sm">
            <Fold summary={filterSummary(filters, t("search.refine"))}>
              <div className="space-y-6">
                {FACETS.map((key) => {
                  const filter = key;
                  const label = t(`filters.${key}`);
                  const values = facetsOf(result.facets)[key];
                  if (!values.length) return null;
                  return (
                    <section key={key} aria-labelledby={`facet-${key}`}>
                      <h2 id={`facet-${key}`} className="font-semibold">{label}</h2>
                      <ul className="mt-1 space-y-1">
                        {values.slice(0, 12).map((v) => (
                          <li key={v.value}>
                            <TextLink tone="accent" href={href({ ...filters, [filter]: filter === "year" ? Number(v.value) : v.value })} lang={contentLang(v.lang)}>
                              {v.label}
                            </TextLink>{" "}
                            <span className="text-muted">({v.count})</span>
                          </li>
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </div>
            </Fold>
          </aside>
          <section aria-labelledby="results">
            <h2 id="results" className="sr-only">{t("listing.resultsHeading")}</h2>
            <ActiveFilters filters={filters} choices={choices} hrefFor={(f) => href(f)} />
            {result.didYouMean ? (
              <p className="mb-3 text-lg">
                {t("search.didYouMean")}{" "}
                <TextLink href={searchHref({ q: result.didYouMean, sort, filters, page: 1 })} rel="nofollow">
                  <strong>{result.didYouMean}</strong>
                </TextLink>
                {t("search.questionEnd")}
              </p>
            ) : null}
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p role="status" className="text-sm text-muted">
                {t("listing.results", { count: result.total, capped: result.capped ? "yes" : "no", cap: MATCH_CAP })}
              </p>
              <p className="text-sm">
                {t("search.sort")}{" "}
                {sort === "relevance" ? <strong>{t("search.relevance")}</strong> : <TextLink href={href(filters, 1, "relevance")}>{t("search.relevance")}</TextLink>} ·{" "}
                {sort === "date" ? <strong>{t("search.newest")}</strong> : <TextLink href={href(filters, 1, "date")}>{t("search.newest")}</TextLink>}
              </p>
            </div>
            {result.items.map((p) => (
              <PublicationListItem key={p.id} publication={p} back={href(filters, page)} snippet={p.snippet} />
            ))}
            <Pagination page={page} pageCount={result.pageCount} hrefFor={(p) => href(filters, p)} />
          </section>
        </div>
      )}
    </Container>
  );
}
