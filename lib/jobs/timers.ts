import "server-only";
import { enableRewarming } from "@/lib/cache/rewarm";
import { env } from "@/lib/env";
import { postToLocalCron } from "@/lib/jobs/cron-auth";
import type { JobDefinition } from "@/lib/jobs/define-job";
import { JOBS } from "@/lib/jobs/registry";
import { runJob } from "@/lib/jobs/run-job";

const warn = (job: string) => (e: unknown) => console.warn(`[folio] ${job} failed:`, e instanceof Error ? e.message : e);

/** One run of a job in this process: directly, or through the cron route when it needs a request. */
function tick(job: JobDefinition<unknown>, payload?: unknown) {
  if (!job.inRequest) {
    return runJob(job, { payload })
      .then((run) => (run.ok ? undefined : warn(job.name)(new Error(run.issues.join("; ")))))
      .catch(warn(job.name));
  }
  return postToLocalCron({ name: job.name, payload })
    .then((r) => (r.ok ? undefined : warn(job.name)(new Error(`HTTP ${r.status}`))))
    .catch(warn(job.name));
}

/** Starts every job's timer in this server process (once, from instrumentation.ts). */
export function startJobTimers() {
  const g = globalThis as unknown as { folioJobs?: boolean };
  if (g.folioJobs) return;
  g.folioJobs = true;
  enableRewarming();
  for (const job of JOBS) {
    const seconds = job.everySeconds();
    // A job that calls its own process needs the token; without AUTH_SECRET (a dev server) it waits for cron.
    if (job.inRequest && !env.AUTH_SECRET) continue;
    if (job.atStartup !== undefined) void tick(job, job.atStartup);
    if (!(seconds > 0)) continue;
    if (job.startTimer) job.startTimer({ intervalMs: seconds * 1000 });
    else setInterval(() => void tick(job), seconds * 1000).unref();
  }
}
