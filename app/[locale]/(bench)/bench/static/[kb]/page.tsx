import { Container } from "@/components/ui/container";
import { env } from "@/lib/env";

// The benchmark's baselines: fully static pages in the same build, with the same layout, of
// 20 to 200 KB of HTML, so each Folio page is compared with a static page of its own size.
// Prerendered only when BENCH_STATIC_PAGES=1 (npm run bench); every other path is a 404.
export const dynamicParams = false;
export const metadata = { title: "Static baseline", robots: { index: false } };

export function generateStaticParams() {
  return env.BENCH_STATIC_PAGES === "1" ? Array.from({ length: 19 }, (_, i) => ({ kb: String(20 + i * 10) })) : [];
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
