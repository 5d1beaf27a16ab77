import "server-only";
import { toAtom, type AtomFeed } from "@/lib/feeds/atom";

export function atomResponse(feed: AtomFeed | null): Response {
  if (!feed) return new Response("No such feed", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(toAtom(feed), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
