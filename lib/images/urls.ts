// Where a stored image's sizes are served. Pure, so that any component can name them; the files
// themselves are written by ./stored-images.ts.

/** Covers keep the A4 page's proportions; photos are square. Every size of a kind has the same shape. */
export const IMAGE_KINDS = {
  covers: { widths: [240, 480], ratio: 297 / 210 },
  photos: { widths: [96, 320], ratio: 1 },
} as const;

export type ImageKind = keyof typeof IMAGE_KINDS;
export type ImageFormat = "webp" | "jpg";

export function imageHeight({ kind, width }: { kind: ImageKind; width: number }): number {
  return Math.round(width * IMAGE_KINDS[kind].ratio);
}

/** The storage key and the public path are the same string: /covers/<hash>-<width>.<format>. */
export function imageKeyFor({ kind, sha256, width, format }: { kind: ImageKind; sha256: string; width: number; format: ImageFormat }): string {
  return `${kind}/${sha256}-${width}.${format}`;
}

export function imageUrl(options: { kind: ImageKind; sha256: string; width: number; format: ImageFormat }): string {
  return `/${imageKeyFor(options)}`;
}

/** A <picture>'s sources for an image shown `width` CSS pixels wide: the smallest stored size that is sharp at 1× and 2×. */
export function pictureSources({ kind, sha256, width }: { kind: ImageKind; sha256: string; width: number }) {
  const widths: readonly number[] = IMAGE_KINDS[kind].widths;
  const at = (density: number) => widths.find((w) => w >= width * density) ?? widths[widths.length - 1];
  const [one, two] = [at(1), at(2)];
  return {
    webp: one === two ? imageUrl({ kind, sha256, width: one, format: "webp" }) : `${imageUrl({ kind, sha256, width: one, format: "webp" })} 1x, ${imageUrl({ kind, sha256, width: two, format: "webp" })} 2x`,
    jpg: imageUrl({ kind, sha256, width: one, format: "jpg" }),
    height: Math.round(width * IMAGE_KINDS[kind].ratio),
  };
}
