import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { pdfKeyFor, resolveStoragePath } from "@/lib/storage/pdf-store";

// A publication's cover is the first page of its PDF, rendered once when the file is stored
// (upload, import, `npm run covers`) and kept beside it under the file's hash. PDF.js renders
// (Apache-2.0; mupdf would do it too but is AGPL), @napi-rs/canvas gives it a canvas in Node,
// sharp writes the sizes.

/** The widths stored: cards and small screens, then the analysis page on a high-density screen. */
export const COVER_WIDTHS = [240, 480] as const;
export type CoverWidth = (typeof COVER_WIDTHS)[number];
export type CoverFormat = "webp" | "jpg";

export function coverKeyFor({ sha256, width, format }: { sha256: string; width: CoverWidth; format: CoverFormat }): string {
  return `covers/${sha256}-${width}.${format}`;
}

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
 * Renders and stores the cover of a stored PDF, in every width and format, unless it exists.
 * Returns false (and logs) when the PDF cannot be rendered: a publication without a cover shows a
 * placeholder, and a broken first page must not fail an upload or an import.
 */
export async function renderCover({ sha256, storageDir = env.storageDir }: { sha256: string; storageDir?: string }): Promise<boolean> {
  const targets = COVER_WIDTHS.flatMap((width) => (["webp", "jpg"] as const).map((format) => ({ width, format, path: resolveStoragePath({ key: coverKeyFor({ sha256, width, format }), storageDir }) })));
  const present = await Promise.all(targets.map((t) => (t.path ? fs.stat(t.path).then(() => true, () => false) : false)));
  if (present.every(Boolean)) return true;
  const pdf = resolveStoragePath({ key: pdfKeyFor(sha256), storageDir });
  try {
    const png = await renderFirstPage(new Uint8Array(await fs.readFile(pdf!)), Math.max(...COVER_WIDTHS));
    const sharp = (await import("sharp")).default;
    await fs.mkdir(path.dirname(targets[0].path!), { recursive: true });
    for (const t of targets) {
      const resized = sharp(png).resize({ width: t.width });
      const out = t.format === "webp" ? await resized.webp({ quality: 80 }).toBuffer() : await resized.jpeg({ quality: 82, mozjpeg: true }).toBuffer();
      const tmp = `${t.path}.${process.pid}.tmp`;
      await fs.writeFile(tmp, out);
      await fs.rename(tmp, t.path!);
    }
    return true;
  } catch (error) {
    console.error(`The cover of ${sha256} could not be rendered:`, error instanceof Error ? error.message : error);
    return false;
  }
}

/** The cover's addresses, when its files exist: the page shows none rather than a broken image. */
export async function findCover({ sha256, storageDir = env.storageDir }: { sha256: string | null; storageDir?: string }): Promise<{ webp: string; jpg: string; webp2x: string } | null> {
  if (!sha256) return null;
  const widest = resolveStoragePath({ key: coverKeyFor({ sha256, width: 480, format: "jpg" }), storageDir });
  if (!widest || !(await fs.stat(widest).then(() => true, () => false))) return null;
  return { webp: `/covers/${sha256}-240.webp`, webp2x: `/covers/${sha256}-480.webp`, jpg: `/covers/${sha256}-240.jpg` };
}
