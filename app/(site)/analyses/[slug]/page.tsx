import { notFound, permanentRedirect } from "next/navigation";
import { AnalysisArticle } from "@/components/analysis/analysis-article";
import { citationMetaTags } from "@/lib/publications/citation";
import { findRedirectedSlug, loadPublicationPage } from "@/lib/publications/queries";
import { translationAlternates } from "@/lib/publications/translations";
import { pageMetadata } from "@/lib/seo";
import { isSlug } from "@/lib/validations/slug";
import { isoDate } from "@/lib/format";

export const revalidate = 86400;

// Rendered on first request, then served from cache: no publication is built at build time.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };



export async function generateMetadata({ params }: Props) {
  const publication = await loadPublicationPage((await params).slug);
  if (!publication) return {};
  return {
    ...pageMetadata({
      title: publication.title,
      description: publication.teaser,
      path: `/analyses/${publication.slug}`,
      type: "article",
      publishedTime: isoDate(publication.publishedAt),
      authors: publication.authors.map((a) => a.author.name),
      languages: translationAlternates([publication, ...publication.translations]),
    }),
    other: citationMetaTags(publication),
  };
}

export default async function AnalysisPage({ params }: Props) {
  const { slug } = await params;
  const publication = await loadPublicationPage(slug);
  if (!publication) {
    // A published analysis whose slug changed keeps its old address working.
    const current = isSlug(slug) ? await findRedirectedSlug({ slug }) : null;
    if (current) permanentRedirect(`/analyses/${current}`);
    notFound();
  }
  return <AnalysisArticle publication={publication} translations={publication.translations} related={publication.related} />;
}
