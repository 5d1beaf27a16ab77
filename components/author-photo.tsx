import { cn } from "@/components/ui/cn";
import { pictureSources } from "@/lib/images/urls";

function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => Array.from(w)[0]?.toLocaleUpperCase() ?? "").join("");
}

/**
 * A researcher's photo, `size` CSS pixels square and round; without one, their initials in the
 * same box, so a list with and without photos keeps one rhythm. The name is printed beside it
 * wherever it appears, so the image is decorative.
 */
export function AuthorPhoto({ name, sha256, size, className }: { name: string; sha256: string | null; size: number; className?: string }) {
  const box = cn("shrink-0 overflow-hidden rounded-full border border-line", className);
  if (!sha256) {
    return (
      <span aria-hidden="true" data-testid="photo-placeholder" className={cn(box, "flex items-center justify-center bg-accent-soft font-serif font-semibold text-accent")} style={{ width: size, height: size, fontSize: size * 0.38 }}>
        {initials(name)}
      </span>
    );
  }
  const sources = pictureSources({ kind: "photos", sha256, width: size });
  return (
    <picture className={cn(box, "block")} style={{ width: size, height: size }}>
      <source type="image/webp" srcSet={sources.webp} />
      <img src={sources.jpg} alt="" width={size} height={size} loading="lazy" decoding="async" className="h-full w-full object-cover" />
    </picture>
  );
}
