import { notFound } from "next/navigation";
import { PdfReader } from "@/components/reader/pdf-reader";
import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";
import { loadPublicationPage } from "@/lib/publications/queries";
import { publicationPath } from "@/lib/i18n/paths";
import { getPageTranslator, getRequestLocale, readPageLocale } from "@/lib/i18n/request-locale";

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };


// The same page for everyone, cached like the analysis page: the gate is on the PDF route, which
// every request of the viewer goes through, and the reader's place comes from /api/reading.
export async function generateMetadata({ params }: Props) {
  await readPageLocale(params);
  const { slug } = await params;
  const publication = await loadPublicationPage(slug);
  if (!publication) return {};
  return { title: getPageTranslator()("read.title", { title: publication.title }), robots: { index: false }, alternates: { canonical: publicationPath(publication) } };
}

export default async function ReadPage({ params }: Props) {
  await readPageLocale(params);
  const t = getPageTranslator();
  const { slug } = await params;
  const publication = await loadPublicationPage(slug);
  if (!publication || !publication.pdfKey) notFound();
  return (
    <Container className="max-w-4xl">
      <p className="text-sm">
        <TextLink href={`/analyses/${publication.slug}`}>{t("read.back")}</TextLink>
      </p>
      <h1 className="mt-3 font-serif text-2xl font-semibold sm:text-3xl" lang={publication.language !== getRequestLocale() ? publication.language : undefined}>{publication.title}</h1>
      <PdfReader slug={publication.slug} title={publication.title} pages={publication.pdfPages ?? null} />
    </Container>
  );
}
