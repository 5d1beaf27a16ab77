import { notFound } from "next/navigation";
import { unindexedPageMetadata } from "@/lib/seo";
import { SearchResults } from "@/components/search/search-results";
import { readQueryKey } from "@/lib/http/query-cache";
import { loadSearchPage } from "@/lib/publications/search";
import { parseSearchParams } from "@/lib/validations/search";
import { readPageLocale } from "@/lib/i18n/request-locale";

// /search?… served from cache, one entry per canonical query (proxy.ts rewrites here).
export const revalidate = 86400;
type Props = { params: Promise<{ locale: string; key: string }> };

export const generateMetadata = unindexedPageMetadata("search.title", { follow: true });

export function generateStaticParams() {
  return [];
}

export default async function CachedSearchPage({ params }: Props) {
  await readPageLocale(params);
  const search = readQueryKey("/search", (await params).key);
  if (!search) notFound();
  const query = parseSearchParams(search);
  return <SearchResults query={query} {...await loadSearchPage(query)} />;
}
