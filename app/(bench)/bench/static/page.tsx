import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { env } from "@/lib/env";

// The benchmark's baseline: a fully static page in the same build, with the same layout, padded
// to the analysis page's size. Built only when BENCH_STATIC_PAGE_BYTES is set (npm run bench).
export const dynamic = "force-static";
export const metadata = { title: "Static baseline", robots: { index: false } };

const SENTENCE = "A static paragraph of the same length as the analysis it stands in for. ";

export default function StaticBaselinePage() {
  if (!env.BENCH_STATIC_PAGE_BYTES) notFound();
  // The layout and its payload weigh about 16 KB, and the text is sent twice (HTML and the
  // React payload), so each paragraph adds twice its length.
  const paragraphs = Math.max(1, Math.round((env.BENCH_STATIC_PAGE_BYTES - 16_000) / 2 / (SENTENCE.length * 10)));
  return (
    <Container className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Static baseline</h1>
      {Array.from({ length: paragraphs }, (_, i) => (
        <p key={i} className="mt-4">{SENTENCE.repeat(10)}</p>
      ))}
    </Container>
  );
}
