import { publishDuePublications } from "@/lib/editorial/publications";
import { refreshIfStale } from "@/lib/editorial/refresh";
import { isCronRequest } from "@/lib/jobs/background";

// Called every SCHEDULER_INTERVAL_SECONDS by each server process (lib/jobs/background.ts): publishes
// what is due (which refreshes the public pages), and expires this process's cached pages if
// another process changed the catalogue.
export async function POST(request: Request) {
  if (!isCronRequest(request)) return Response.json({ ok: false }, { status: 403 });
  const published = await publishDuePublications();
  const refreshed = published > 0 || (await refreshIfStale());
  return Response.json({ ok: true, published, refreshed }, { headers: { "cache-control": "no-store" } });
}
