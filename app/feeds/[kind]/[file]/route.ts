import { buildFeed } from "@/lib/feeds/build-feed";
import { FEED_KINDS, type FeedKind } from "@/lib/validations/listing";
import { atomResponse } from "@/lib/feeds/response";

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; file: string }> }) {
  const { kind, file } = await params;
  const slug = file.endsWith(".xml") ? file.slice(0, -4) : null;
  if (!slug || !(FEED_KINDS as readonly string[]).includes(kind)) return atomResponse(null);
  return atomResponse(await buildFeed({ kind: kind as FeedKind, slug }));
}
