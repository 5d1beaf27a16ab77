import { SearchResults } from "@/components/search/search-results";
import { loadSearchPage } from "@/lib/search/search";
import { parseSearchParams } from "@/lib/validations/search";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";

// Rendered per request only for queries too long to cache; proxy.ts sends the rest to q/search.
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  await readPageLocale(params);
  return { title: getPageTranslator()("search.title"), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  await readPageLocale(params);
  const query = parseSearchParams(await searchParams);
  return <SearchResults query={query} {...await loadSearchPage(query)} />;
}
