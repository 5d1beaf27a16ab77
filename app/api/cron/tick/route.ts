import { expireChangedPages } from "@/lib/cache/invalidation";
import { publishDuePublications } from "@/lib/editorial/publications";
import { isCronRequest } from "@/lib/jobs/background";

// Called every SCHEDULER_INTERVAL_SECONDS by each server process (lib/jobs/background.ts): publishes
// what is due (which expires the pages that show it), then expires what other processes changed.
export async function POST(request: Request) {
  if (!isCronRequest(request)) return Response.json({ ok: false }, { status: 403 });
  const published = await publishDuePublications();
  const refreshed = await expireChangedPages();
  return Response.json({ ok: true, published, refreshed }, { headers: { "cache-control": "no-store" } });
}
