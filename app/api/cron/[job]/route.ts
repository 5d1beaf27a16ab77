import { isCronRequest } from "@/lib/jobs/cron-auth";
import { findJob } from "@/lib/jobs/registry";
import { runJob } from "@/lib/jobs/run-job";

const MAX_PAYLOAD_BYTES = 16 * 1024;

// Runs one background job (lib/jobs/registry.ts) in this process: each server's own timer calls
// the jobs that need a request (Next refreshes its page cache only there), and an operator's cron
// may call any job, with the token lib/jobs/cron-auth.ts describes. The body is the job's payload.
export async function POST(request: Request, { params }: { params: Promise<{ job: string }> }) {
  const noStore = { "cache-control": "no-store" };
  if (!isCronRequest(request)) return Response.json({ ok: false, error: "A cron call needs the deployment's token." }, { status: 403, headers: noStore });
  const job = findJob({ name: (await params).job });
  if (!job) return Response.json({ ok: false, error: "No such job." }, { status: 404, headers: noStore });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_PAYLOAD_BYTES) return Response.json({ ok: false, error: "The payload is too large." }, { status: 413, headers: noStore });
  const text = await request.text();
  if (text.length > MAX_PAYLOAD_BYTES) return Response.json({ ok: false, error: "The payload is too large." }, { status: 413, headers: noStore });
  let payload: unknown;
  try {
    payload = text.trim() ? JSON.parse(text) : undefined;
  } catch {
    return Response.json({ ok: false, error: "The payload is not JSON." }, { status: 400, headers: noStore });
  }
  const run = await runJob(job, { payload });
  if (!run.ok) return Response.json({ ok: false, error: run.issues.join("; ") }, { status: 422, headers: noStore });
  return Response.json(run, { headers: noStore });
}
