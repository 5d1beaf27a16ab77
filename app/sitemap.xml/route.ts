import { renderSitemapIndex } from "@/lib/sitemaps/sitemaps";

export const revalidate = 86400;

export async function GET() {
  return new Response(await renderSitemapIndex(), { headers: { "content-type": "application/xml; charset=utf-8" } });
}
