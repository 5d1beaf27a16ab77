import { notFound } from "next/navigation";
import { AnalysesListing } from "@/components/listing/analyses-listing";
import { readQueryKey } from "@/lib/http/query-cache";
import { listingMetadata, loadListingPage } from "@/lib/publications/listing-page";
import { parseListingQuery } from "@/lib/validations/listing";

// /analyses?… served from cache, one entry per canonical query (proxy.ts rewrites here).
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ key: string }> };

async function queryOf({ params }: Props) {
  const search = readQueryKey("/analyses", (await params).key);
  return search ? parseListingQuery(search) : null;
}

export async function generateMetadata(props: Props) {
  const query = await queryOf(props);
  return query ? listingMetadata(query) : {};
}

export default async function CachedAnalysesPage(props: Props) {
  const query = await queryOf(props);
  const data = query && (await loadListingPage(query));
  if (!query || !data) notFound();
  return <AnalysesListing query={query} {...data} />;
}
