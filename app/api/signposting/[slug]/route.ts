// The analysis page's Signposting Link header, for scripts/serve.ts to attach to the page (a page
// cannot set its own headers). Not cached here: it is one small read, and the server keeps each
// answer a minute, where caching the route would cost a cache write per page rendered. Only the
// first lookup in each process comes here; loading this module registers the in-process reader.
import { listFormats } from "@/lib/formats/registry";
import { registerSignpostingReader } from "@/lib/http/signposting-header";
import { readSignpostingHeader } from "@/lib/publications/signposting";
import { isSlug } from "@/lib/validations/slug";

export const dynamic = "force-dynamic";

// From the first request on, the server asks in-process (lib/http/signposting-header.ts).
const describedBy = listFormats({ model: "citation", offeredIn: "cite" });
registerSignpostingReader((slug) => (isSlug(slug) ? readSignpostingHeader({ slug, describedBy }) : Promise.resolve(null)));

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const header = isSlug(slug) ? await readSignpostingHeader({ slug, describedBy }) : null;
  if (!header) return new Response("", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  return new Response(header, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
