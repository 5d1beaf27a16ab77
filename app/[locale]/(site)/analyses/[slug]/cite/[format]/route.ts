import { toCitationEntry } from "@/lib/formats/citation-entry";
import { findFormat } from "@/lib/formats/registry";
import { getPublication } from "@/lib/publications/queries";
import { isSlug } from "@/lib/validations/slug";

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

// "Cite this": public, like the summary; the same writers as the library export.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  const { slug, format } = await params;
  const f = findFormat({ model: "citation", offeredIn: "cite", name: format });
  const publication = f && isSlug(slug) ? await getPublication({ slug }) : null;
  if (!f || !publication) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(f.write([toCitationEntry(publication)]), {
    headers: { "content-type": f.contentType, "content-disposition": `attachment; filename="${publication.slug}.${f.extension}"` },
  });
}
