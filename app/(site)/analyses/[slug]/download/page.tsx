import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { getPublication } from "@/lib/publications/queries";
import { isSlug } from "@/lib/seo";

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export const metadata = { title: "Download", robots: { index: false } };

// Placeholder until reader accounts exist: the PDF itself is never served from here.
export default async function DownloadPlaceholderPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const publication = isSlug(slug) ? await getPublication({ slug }) : null;
  if (!publication?.pdfKey) notFound();
  return (
    <Container className="max-w-2xl">
      <h1 className="font-serif text-3xl font-semibold">Full text of “{publication.title}”</h1>
      <p className="mt-4">
        Full texts are for readers with a free account. Reader accounts are not open yet; the summary remains free to read.
      </p>
      <p className="mt-6">
        <Link href={`/analyses/${publication.slug}`} className="text-accent underline">
          Back to the summary
        </Link>
      </p>
    </Container>
  );
}
