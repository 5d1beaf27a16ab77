// The analysis page's Signposting Link header, for scripts/serve.ts to attach to the page (a page
// cannot set its own headers). Cached and expired with the page itself: getPublication tags it.
import { formatLinkHeader, signpostingLinks } from "@/lib/publications/signposting";
import { getPublication } from "@/lib/publications/queries";
import { isSlug } from "@/lib/validations/slug";

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const publication = isSlug(slug) ? await getPublication({ slug }) : null;
  if (!publication) return new Response("", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(formatLinkHeader(signpostingLinks(publication)), { headers: { "content-type": "text/plain; charset=utf-8" } });
}
