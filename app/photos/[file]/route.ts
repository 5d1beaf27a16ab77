import { serveStoredImage } from "@/lib/http/image-response";

// /photos/<hash>-<width>.<webp|jpg>: researchers' photos, public like their pages.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveStoredImage({ kind: "photos", file: (await params).file });
}
