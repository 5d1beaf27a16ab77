import { cn } from "@/components/ui/cn";

export type CoverSources = { webp: string; webp2x: string; jpg: string };

/** The first page of the full text, as WebP (1× and 2×) with a JPEG for browsers without it. */
export function Cover({ sources, title, className }: { sources: CoverSources; title: string; className?: string }) {
  return (
    <picture className={cn("block", className)}>
      <source type="image/webp" srcSet={`${sources.webp} 1x, ${sources.webp2x} 2x`} />
      <img src={sources.jpg} alt={`Cover of “${title}”`} width={240} height={339} className="h-auto w-full rounded border border-line bg-white shadow-sm" />
    </picture>
  );
}
