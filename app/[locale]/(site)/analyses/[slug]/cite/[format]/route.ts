import { toBibtex, toCitationEntry, toRis } from "@/lib/formats/citations";
import { getPublication } from "@/lib/publications/queries";
import { isSlug } from "@/lib/validations/slug";

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

const FORMATS = {
  bibtex: { type: "application/x-bibtex; charset=utf-8", ext: "bib", write: toBibtex },
  ris: { type: "application/x-research-info-systems; charset=utf-8", ext: "ris", write: toRis },
} as const;

// "Cite this": public, like the summary; the same writers as the library export.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  const { slug, format } = await params;
  const f = FORMATS[format as keyof typeof FORMATS];
  const publication = f && isSlug(slug) ? await getPublication({ slug }) : null;
  if (!f || !publication) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(f.write([toCitationEntry(publication)]), {
    headers: { "content-type": f.type, "content-disposition": `attachment; filename="${publication.slug}.${f.ext}"` },
  });
}
