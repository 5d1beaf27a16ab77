import "server-only";
import path from "node:path";
import { storeImageSizes } from "@/lib/images/stored-images";
import { imageKeyFor, IMAGE_KINDS } from "@/lib/images/urls";
import { pdfKeyFor, readStoredFile, storedFileExists } from "@/lib/storage/pdf-store";

// A publication's cover is the first page of its PDF, rendered once when the file is stored
// (upload, import, `npm run covers`) and kept beside it under the file's hash (lib/images). PDF.js
// renders (Apache-2.0; mupdf would do it too but is AGPL), @napi-rs/canvas gives it a canvas in
// Node, sharp writes the sizes.

// From the project root, where every Folio process runs: inside a Next bundle require.resolve
// answers a module id, not a path.
const STANDARD_FONTS = `${path.join(process.cwd(), "node_modules", "pdfjs-dist", "standard_fonts")}/`;

async function renderFirstPage(bytes: Uint8Array, width: number): Promise<Buffer> {
  const [pdfjs, { createCanvas }] = await Promise.all([import("pdfjs-dist/legacy/build/pdf.mjs"), import("@napi-rs/canvas")]);
  const doc = await pdfjs.getDocument({ data: bytes, standardFontDataUrl: STANDARD_FONTS, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    // The page's own background is transparent where nothing is drawn: paper is white.
    const context = canvas.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
    return canvas.toBuffer("image/png");
  } finally {
    await doc.destroy();
  }
}

/**
 * Renders and stores the cover of a stored PDF, unless it exists, and answers whether it does.
 * False (and a log line) when the PDF cannot be rendered: a publication without a cover shows none,
 * and a broken first page must not fail an upload or an import.
 */
export async function renderCover({ sha256, storageDir }: { sha256: string; storageDir?: string }): Promise<boolean> {
  const sizes = IMAGE_KINDS.covers.widths.flatMap((width) => (["webp", "jpg"] as const).map((format) => imageKeyFor({ kind: "covers", sha256, width, format })));
  if ((await Promise.all(sizes.map((key) => storedFileExists({ key, storageDir })))).every(Boolean)) return true;
  try {
    const pdf = await readStoredFile({ key: pdfKeyFor(sha256), storageDir });
    if (!pdf) throw new Error("the PDF is not stored");
    const png = await renderFirstPage(new Uint8Array(pdf), Math.max(...IMAGE_KINDS.covers.widths));
    await storeImageSizes({ kind: "covers", sha256, source: png, storageDir });
    return true;
  } catch (error) {
    console.error(`The cover of ${sha256} could not be rendered:`, error instanceof Error ? error.message : error);
    return false;
  }
}

/** An editor's uploaded cover, as opposed to the PDF's first page, which a new PDF replaces. */
export function hasCustomCover({ pdfSha256, coverSha256 }: { pdfSha256: string | null; coverSha256: string | null }): boolean {
  return coverSha256 !== null && coverSha256 !== pdfSha256;
}
