import { notFound } from "next/navigation";
import { AnalysesListing } from "@/components/listing/analyses-listing";
import { listingMetadata, loadListingPage } from "@/lib/publications/listing-page";
import { parseListingQuery } from "@/lib/validations/listing";

// Rendered per request only for queries too long to cache; proxy.ts sends the rest to q/analyses.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  return listingMetadata(parseListingQuery(await searchParams));
}

export default async function AnalysesPage({ searchParams }: Props) {
  const query = parseListingQuery(await searchParams);
  const data = await loadListingPage(query);
  if (!data) notFound();
  return <AnalysesListing query={query} {...data} />;
}
