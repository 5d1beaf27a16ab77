import { Container } from "@/components/ui/container";

// The benchmark's baselines: fully static pages in the same build, with the same layout, of
// 20 to 200 KB of HTML, so each Folio page is compared with a static page of its own size.
// A page only in the bench's build (BENCH_STATIC_PAGES=1 adds the .bench.tsx extension in
// next.config.js); in every other build this route does not exist.
export const dynamicParams = false;
export const metadata = { title: "Static baseline", robots: { index: false } };

export function generateStaticParams() {
  return Array.from({ length: 19 }, (_, i) => ({ kb: String(20 + i * 10) }));
}

const SENTENCE = "A static paragraph of the same length as the analysis it stands in for. ";

export default async function StaticBaselinePage({ params }: { params: Promise<{ kb: string }> }) {
  const bytes = Number((await params).kb) * 1000;
  // The layout and its payload weigh about 16 KB, and the text is sent twice (HTML and the
  // React payload), so each paragraph adds twice its length.
  const paragraphs = Math.max(1, Math.round((bytes - 16_000) / 2 / (SENTENCE.length * 10)));
  return (
    <Container className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Static baseline</h1>
      {Array.from({ length: paragraphs }, (_, i) => (
        <p key={i} className="mt-4">{SENTENCE.repeat(10)}</p>
      ))}
    </Container>
  );
}
