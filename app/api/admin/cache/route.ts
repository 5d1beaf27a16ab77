import { getSession } from "@/lib/auth";
import { countUnappliedChanges } from "@/lib/cache/invalidation";
import { readRewarmQueue } from "@/lib/cache/rewarm";
import { notFoundResponse } from "@/lib/http/responses";
import { countRerankingRuns } from "@/lib/publications/related";

// What this process still has to do after an edit, for editors (and for the tests that check the
// re-render without rendering the pages themselves by asking for them): related analyses being
// ranked again, page changes in the log not yet applied here, pages queued or being rendered
// again. All zero: the cache has settled.
export async function GET() {
  const session = await getSession();
  if (session?.user.role !== "EDITOR" && session?.user.role !== "ADMIN") return notFoundResponse();
  const status = { ...readRewarmQueue(), reranking: countRerankingRuns(), unapplied: await countUnappliedChanges() };
  return Response.json({ ...status, settled: status.queued + status.running + status.reranking + status.unapplied === 0 }, { headers: { "cache-control": "no-store" } });
}
