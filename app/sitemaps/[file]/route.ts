import { renderSitemap } from "@/lib/sitemaps/sitemaps";

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const xml = file.endsWith(".xml") ? await renderSitemap(file.slice(0, -4)) : null;
  if (!xml) return new Response("No such sitemap", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
