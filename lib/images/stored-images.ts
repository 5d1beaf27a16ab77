import "server-only";
import crypto from "node:crypto";
import { imageHeight, imageKeyFor, IMAGE_KINDS, type ImageFormat, type ImageKind } from "@/lib/images/urls";
import { readStoredFile, storedFileExists, writeStoredFile } from "@/lib/storage/pdf-store";

// Covers and researchers' photos are stored alike: a few sizes of one source image, WebP with a
// JPEG fallback, named by the source's hash, so an address never changes content and browsers and
// fronts may keep it for a year.

const FORMATS: readonly ImageFormat[] = ["webp", "jpg"];

// A decompression bomb (a small file declaring a huge canvas) is refused before it is decoded.
const MAX_INPUT_PIXELS = 40_000_000;

/** The formats an editor may upload; sharp reads what the bytes are, whatever the file's name says. */
const UPLOADABLE = new Set(["jpeg", "png", "webp"]);

async function loadSharp() {
  return (await import("sharp")).default;
}

/** Writes every size and format of `source` that is not stored yet, cropped to the kind's shape. */
export async function storeImageSizes({ kind, sha256, source, storageDir }: { kind: ImageKind; sha256: string; source: Uint8Array; storageDir?: string }): Promise<void> {
  const sharp = await loadSharp();
  for (const width of IMAGE_KINDS[kind].widths) {
    for (const format of FORMATS) {
      const key = imageKeyFor({ kind, sha256, width, format });
      if (await storedFileExists({ key, storageDir })) continue;
      // rotate() applies a photo's EXIF orientation; flatten() gives transparent images a white ground.
      const resized = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS })
        .rotate()
        .flatten({ background: "#ffffff" })
        .resize({ width, height: imageHeight({ kind, width }), fit: "cover", position: kind === "covers" ? "top" : "attention" });
      const bytes = format === "webp" ? await resized.webp({ quality: 80 }).toBuffer() : await resized.jpeg({ quality: 82, mozjpeg: true }).toBuffer();
      await writeStoredFile({ key, from: { bytes }, storageDir });
    }
  }
}

/** Whether the bytes are a JPEG, PNG or WebP image sharp can read within the pixel limit. */
export async function isUploadableImage({ source }: { source: Uint8Array }): Promise<boolean> {
  const sharp = await loadSharp();
  // An empty input throws at once rather than rejecting.
  const meta = await Promise.resolve()
    .then(() => sharp(source, { limitInputPixels: MAX_INPUT_PIXELS }).metadata())
    .catch(() => null);
  return Boolean(meta?.format && UPLOADABLE.has(meta.format) && meta.width && meta.height);
}

/**
 * Stores an uploaded image's sizes and answers its hash, or null when the bytes are not an image
 * it accepts (an editor's upload, a photo in an import).
 */
export async function storeUploadedImage({ kind, source, storageDir }: { kind: ImageKind; source: Uint8Array; storageDir?: string }): Promise<string | null> {
  if (!(await isUploadableImage({ source }))) return null;
  const sha256 = crypto.createHash("sha256").update(source).digest("hex");
  try {
    await storeImageSizes({ kind, sha256, source, storageDir });
  } catch {
    // Corrupt data past a valid header fails only when decoded.
    return null;
  }
  return sha256;
}

const FILE_NAME = /^([a-f0-9]{64})-(\d+)\.(webp|jpg)$/;

/** The stored image a public address (/<kind>/<file>) names, or null for any name no size has. */
export async function readNamedImage({ kind, file, storageDir }: { kind: ImageKind; file: string; storageDir?: string }): Promise<{ bytes: Buffer; format: ImageFormat } | null> {
  const m = FILE_NAME.exec(file);
  const width = Number(m?.[2]);
  if (!m || !(IMAGE_KINDS[kind].widths as readonly number[]).includes(width)) return null;
  const format = m[3] as ImageFormat;
  const bytes = await readStoredFile({ key: imageKeyFor({ kind, sha256: m[1], width, format }), storageDir });
  return bytes ? { bytes, format } : null;
}

/** One stored size's bytes, for pages that embed an image (the OpenGraph image). */
export async function readStoredImage(options: { kind: ImageKind; sha256: string; width: number; format: ImageFormat; storageDir?: string }): Promise<Buffer | null> {
  return readStoredFile({ key: imageKeyFor(options), storageDir: options.storageDir });
}
