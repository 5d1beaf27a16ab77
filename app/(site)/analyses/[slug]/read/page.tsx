import { notFound } from "next/navigation";
import { PdfReader } from "@/components/reader/pdf-reader";
import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";
import { loadPublicationPage } from "@/lib/publications/queries";

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };


// The same page for everyone, cached like the analysis page: the gate is on the PDF route, which
// every request of the viewer goes through, and the reader's place comes from /api/reading.
export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  const publication = await loadPublicationPage(slug);
  if (!publication) return {};
  return { title: `Read: ${publication.title}`, robots: { index: false }, alternates: { canonical: `/analyses/${publication.slug}` } };
}

export default async function ReadPage({ params }: Props) {
  const { slug } = await params;
  const publication = await loadPublicationPage(slug);
  if (!publication || !publication.pdfKey) notFound();
  return (
    <Container className="max-w-4xl">
      <p className="text-sm">
        <TextLink href={`/analyses/${publication.slug}`}>← Back to the summary</TextLink>
      </p>
      <h1 className="mt-3 font-serif text-2xl font-semibold sm:text-3xl">{publication.title}</h1>
      <PdfReader slug={publication.slug} title={publication.title} pages={publication.pdfPages ?? null} />
    </Container>
  );
}
