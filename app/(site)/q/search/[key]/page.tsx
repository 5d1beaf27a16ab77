import { notFound } from "next/navigation";
import { SearchResults } from "@/components/search/search-results";
import { readQueryKey } from "@/lib/http/query-cache";
import { loadSearchPage } from "@/lib/search/search";
import { parseSearchParams } from "@/lib/validations/search";

// /search?… served from cache, one entry per canonical query (proxy.ts rewrites here).
export const revalidate = 86400;
export const metadata = { title: "Search", robots: { index: false, follow: true } };

export function generateStaticParams() {
  return [];
}

export default async function CachedSearchPage({ params }: { params: Promise<{ key: string }> }) {
  const search = readQueryKey("/search", (await params).key);
  if (!search) notFound();
  const query = parseSearchParams(search);
  return <SearchResults query={query} {...await loadSearchPage(query)} />;
}
