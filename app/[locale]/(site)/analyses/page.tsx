import { notFound } from "next/navigation";
import { AnalysesListing } from "@/components/listing/analyses-listing";
import { listingMetadata, loadListingPage } from "@/lib/publications/listing-page";
import { parseListingQuery } from "@/lib/validations/listing";
import { readPageLocale } from "@/lib/i18n/request-locale";

// Rendered per request only for queries too long to cache; proxy.ts sends the rest to q/analyses.
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props) {
  return listingMetadata(parseListingQuery(await searchParams), { locale: await readPageLocale(params) });
}

export default async function AnalysesPage({ params, searchParams }: Props) {
  await readPageLocale(params);
  const query = parseListingQuery(await searchParams);
  const data = await loadListingPage(query);
  if (!data) notFound();
  return <AnalysesListing query={query} {...data} />;
}
