import { SearchResults } from "@/components/search/search-results";
import { unindexedPageMetadata } from "@/lib/seo";
import { loadSearchPage } from "@/lib/publications/search";
import { parseSearchParams } from "@/lib/validations/search";
import { readPageLocale } from "@/lib/i18n/request-locale";

// Rendered per request only for queries too long to cache; proxy.ts sends the rest to q/search.
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("search.title", { follow: true });

export default async function SearchPage({ params, searchParams }: Props) {
  await readPageLocale(params);
  const query = parseSearchParams(await searchParams);
  return <SearchResults query={query} {...await loadSearchPage(query)} />;
}
