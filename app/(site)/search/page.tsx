import { SearchResults } from "@/components/search/search-results";
import { loadSearchPage } from "@/lib/search/search";
import { parseSearchParams } from "@/lib/validations/search";

// Rendered per request only for queries too long to cache; proxy.ts sends the rest to q/search.
export const metadata = { title: "Search", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const query = parseSearchParams(await searchParams);
  return <SearchResults query={query} {...await loadSearchPage(query)} />;
}
