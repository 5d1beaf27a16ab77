import "server-only";
import crypto from "node:crypto";
import { releaseLease, renewLease, takeLease } from "@/lib/db/lease";
import type { JobDefinition, JobSummary } from "@/lib/jobs/define-job";

export type JobRun =
  | { ok: true; ran: true; summary: JobSummary }
  /** Nothing was due, or another process holds the job's lease. */
  | { ok: true; ran: false; reason: "no-work" | "leased-elsewhere" }
  | { ok: false; reason: "invalid-payload"; issues: string[] };

/** Runs one job here and now: its payload checked, its lease held while it runs when it has one. */
export async function runJob<P>(job: JobDefinition<P>, { payload, onProgress }: { payload?: unknown; onProgress?: (done: number, total: number) => void } = {}): Promise<JobRun> {
  let parsed = undefined as P;
  if (job.payload) {
    const result = job.payload.safeParse(payload ?? {});
    if (!result.success) return { ok: false, reason: "invalid-payload", issues: result.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`) };
    parsed = result.data;
  } else if (payload !== undefined && !(typeof payload === "object" && payload && !Object.keys(payload).length)) {
    return { ok: false, reason: "invalid-payload", issues: [`${job.name} takes no payload`] };
  }
  if (job.hasWork && !(await job.hasWork())) return { ok: true, ran: false, reason: "no-work" };
  if (!job.lease) return { ok: true, ran: true, summary: await job.run({ payload: parsed, onProgress, keepLease: async () => true }) };
  const lease = { name: job.name, holder: crypto.randomUUID(), ms: job.lease.seconds * 1000 };
  if (!(await takeLease(lease))) return { ok: true, ran: false, reason: "leased-elsewhere" };
  try {
    return { ok: true, ran: true, summary: await job.run({ payload: parsed, onProgress, keepLease: () => renewLease(lease) }) };
  } finally {
    await releaseLease(lease);
  }
}
