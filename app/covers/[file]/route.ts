import { serveStoredImage } from "@/lib/http/image-response";

// /covers/<hash>-<width>.<webp|jpg>. Covers are public, like the summaries: the first page is the
// title page.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveStoredImage({ kind: "covers", file: (await params).file });
}
