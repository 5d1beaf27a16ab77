import { cn } from "@/components/ui/cn";
import { pictureSources } from "@/lib/images/urls";

/**
 * A publication's cover, `width` CSS pixels wide: WebP (1× and 2×) with a JPEG for browsers
 * without it. Its box is reserved by width and height, so nothing moves when it arrives.
 * Decorative (`alt=""`) where the title is printed beside it, as on cards.
 */
export function Cover({ sha256, title, width, decorative = false, eager = false, className }: { sha256: string; title: string; width: number; decorative?: boolean; eager?: boolean; className?: string }) {
  const sources = pictureSources({ kind: "covers", sha256, width });
  return (
    <picture className={cn("block", className)}>
      <source type="image/webp" srcSet={sources.webp} />
      <img
        src={sources.jpg}
        alt={decorative ? "" : `Cover of “${title}”`}
        width={width}
        height={sources.height}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        className="h-auto w-full rounded-sm border border-line bg-white shadow-sm"
      />
    </picture>
  );
}
