// Pure, and free of the catalogues lib/format/index.ts loads: the back office's form slugs titles
// in the browser with it.
/** ASCII slug: accents folded, everything else to hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
