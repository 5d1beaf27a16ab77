import { serveStoredImage } from "@/lib/images/stored-images";

// /photos/<hash>-<width>.<webp|jpg>: researchers' photos, public like their pages.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveStoredImage({ kind: "photos", file: (await params).file });
}
