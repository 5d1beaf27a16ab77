import fs from "node:fs/promises";
import { coverKeyFor, COVER_WIDTHS, type CoverWidth } from "@/lib/covers/render-cover";
import { notFoundResponse } from "@/lib/http/responses";
import { resolveStoragePath } from "@/lib/storage/pdf-store";

// /covers/<sha256>-<width>.<webp|jpg>: a cover is named by its PDF's hash, so an address never
// changes content and browsers and fronts may keep it for a year. Covers are public, like the
// summaries: the first page is the title page.
const NAME = /^([a-f0-9]{64})-(\d+)\.(webp|jpg)$/;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const m = NAME.exec((await params).file);
  const width = Number(m?.[2]) as CoverWidth;
  if (!m || !COVER_WIDTHS.includes(width)) return notFoundResponse();
  const format = m[3] as "webp" | "jpg";
  const path = resolveStoragePath({ key: coverKeyFor({ sha256: m[1], width, format }) });
  const bytes = path ? await fs.readFile(path).catch(() => null) : null;
  if (!bytes) return notFoundResponse();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": format === "webp" ? "image/webp" : "image/jpeg",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
