import "server-only";
import type { AtomFeed } from "@/lib/formats/read-models";
import { formatNamed } from "@/lib/formats/registry";

export function atomResponse(feed: AtomFeed | null): Response {
  if (!feed) return new Response("No such feed", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const atom = formatNamed({ model: "feed", name: "atom" });
  return new Response(atom.write([feed]), { headers: { "content-type": atom.contentType } });
}
