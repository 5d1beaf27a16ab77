import { notFound } from "next/navigation";
import { AnalysesListing } from "@/components/listing/analyses-listing";
import { readQueryKey } from "@/lib/http/query-cache";
import { listingMetadata, loadListingPage } from "@/lib/publications/listing-page";
import { parseListingQuery } from "@/lib/validations/listing";
import { readPageLocale } from "@/lib/i18n/request-locale";

// /analyses?… served from cache, one entry per canonical query (proxy.ts rewrites here).
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; key: string }> };

async function queryOf({ params }: Props) {
  const search = readQueryKey("/analyses", (await params).key);
  return search ? parseListingQuery(search) : null;
}

export async function generateMetadata(props: Props) {
  const locale = await readPageLocale(props.params);
  const query = await queryOf(props);
  return query ? listingMetadata(query, { locale }) : {};
}

export default async function CachedAnalysesPage(props: Props) {
  await readPageLocale(props.params);
  const query = await queryOf(props);
  const data = query && (await loadListingPage(query));
  if (!query || !data) notFound();
  return <AnalysesListing query={query} {...data} />;
}
