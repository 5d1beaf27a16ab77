import "server-only";
import { notFoundResponse } from "@/lib/http/responses";
import { readNamedImage } from "@/lib/images/stored-images";
import type { ImageKind } from "@/lib/images/urls";

/** The response for /<kind>/<file>: a stored size, kept by browsers for a year (its name is its hash), or 404. */
export async function serveStoredImage({ kind, file, storageDir }: { kind: ImageKind; file: string; storageDir?: string }): Promise<Response> {
  const image = await readNamedImage({ kind, file, storageDir });
  if (!image) return notFoundResponse();
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "content-type": image.format === "webp" ? "image/webp" : "image/jpeg",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
