import { suggestPublications } from "@/lib/search/suggest";

const MESSAGES = { empty: "Type a word to search for.", "too-long": "Queries are at most 200 characters." } as const;

// Public and the same for everyone: no session is read, and shared caches may keep it briefly.
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const result = await suggestPublications({ q });
  if ("error" in result) return Response.json({ error: MESSAGES[result.error] }, { status: 400, headers: { "cache-control": "no-store" } });
  return Response.json(result, { headers: { "cache-control": "public, max-age=60, s-maxage=60" } });
}
