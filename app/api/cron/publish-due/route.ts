import { publishDuePublications } from "@/lib/editorial/publications";
import { refreshPublicPages } from "@/lib/editorial/refresh";
import { isCronRequest } from "@/lib/jobs/background";

// Called every SCHEDULER_INTERVAL_SECONDS by each server process (lib/jobs/background.ts).
export async function POST(request: Request) {
  if (!isCronRequest(request)) return Response.json({ ok: false }, { status: 403 });
  const published = await publishDuePublications();
  if (published > 0) refreshPublicPages();
  return Response.json({ ok: true, published }, { headers: { "cache-control": "no-store" } });
}
