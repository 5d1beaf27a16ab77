import { notFound, permanentRedirect, redirect } from "next/navigation";
import { AnalysisArticle } from "@/components/analysis/analysis-article";
import { citationMetaTags } from "@/lib/publications/citation";
import { listFormats } from "@/lib/formats/registry";
import { signpostingLinks } from "@/lib/publications/signposting";
import { findRedirectedSlug, loadPublicationPage } from "@/lib/publications/queries";
import { translationAlternates } from "@/lib/publications/translations";
import { localePath, publicationPath } from "@/lib/i18n/paths";
import { readPageLocale } from "@/lib/i18n/request-locale";
import { pageMetadata } from "@/lib/seo";
import { isSlug } from "@/lib/validations/slug";
import { isoDate } from "@/lib/format";

export const revalidate = 86400;

// Rendered on first request, then served from cache: no publication is built at build time.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await readPageLocale(params);
  const publication = await loadPublicationPage((await params).slug);
  if (!publication) return {};
  return {
    ...pageMetadata({
      title: publication.title,
      description: publication.teaser,
      locale,
      path: `/analyses/${publication.slug}`,
      canonical: publicationPath(publication),
      type: "article",
      publishedTime: isoDate(publication.publishedAt),
      authors: publication.authors.map((a) => a.author.name),
      // A publication's alternates are its translations, each in its own language's interface.
      languages: translationAlternates([publication, ...publication.translations]),
    }),
    other: citationMetaTags(publication),
  };
}

export default async function AnalysisPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const { slug } = await params;
  const publication = await loadPublicationPage(slug);
  if (!publication) {
    // A published analysis whose slug changed keeps its old address working.
    const current = isSlug(slug) ? await findRedirectedSlug({ slug }) : null;
    if (current) permanentRedirect(localePath(locale, `/analyses/${current}`));
    notFound();
  }
  // Under an interface whose language the publication was translated into, the reader gets the
  // translation (what the language switch leads to). Temporary: the link may be undone.
  const own = publication.language === locale ? null : publication.translations.find((t) => t.language === locale);
  if (own) redirect(localePath(locale, `/analyses/${own.slug}`));
  return (
    <>
      {/* FAIR Signposting; React puts these <link>s in the head. scripts/serve.ts sends the same as a Link header. */}
      {signpostingLinks(publication, { describedBy: listFormats({ model: "citation", offeredIn: "cite" }) }).map((l) => (
        <link key={`${l.rel} ${l.href}`} rel={l.rel} href={l.href} type={l.type} />
      ))}
      <AnalysisArticle publication={publication} translations={publication.translations} related={publication.related} />
    </>
  );
}
