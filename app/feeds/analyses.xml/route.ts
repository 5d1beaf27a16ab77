import { atomResponse } from "@/lib/feeds/response";
import { buildFeed } from "@/lib/feeds/build-feed";

export const revalidate = 86400;

export async function GET() {
  return atomResponse(await buildFeed());
}
