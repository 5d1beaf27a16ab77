import "server-only";
import type { z } from "zod";

export type JobSummary = Record<string, number | boolean | string>;

export type JobContext<P> = {
  payload: P;
  onProgress?: (done: number, total: number) => void;
  /** Renews the job's lease; false when it lapsed and another process took it: stop there. Always true without a lease. */
  keepLease: () => Promise<boolean>;
};

/**
 * One background job: what it is, how often each server process runs it, and what it does. The
 * same definition drives the in-process timer (lib/jobs/timers.ts), the cron route
 * (POST /api/cron/<name>) and `npm run job <name>`.
 */
export type JobDefinition<P = undefined> = {
  /** Lower-case words joined by hyphens: the route's and the command's argument. */
  name: string;
  description: string;
  /** Seconds between runs in each server process, read when the timers start; 0 leaves it to cron or `npm run job`. */
  everySeconds: () => number;
  /** Also runs once when a server process starts, with this payload. */
  atStartup?: P;
  /** One process at a time across every server: the runner holds a lease this long while it runs, renewed through `keepLease`. */
  lease?: { seconds: number };
  /** A cheap check before the lease's two writes; false: nothing to do this time. */
  hasWork?: () => Promise<boolean>;
  /** Next refreshes a process's page cache only inside a request: its timer calls the cron route on its own process. */
  inRequest?: boolean;
  /** A job with its own way of waking, besides its timer (the mail worker also wakes when a mail is queued). */
  startTimer?: (options: { intervalMs: number }) => void;
  /** What the route's body and the command's `--payload` carry; omitted, the job takes none. */
  payload?: z.ZodType<P>;
  run: (context: JobContext<P>) => Promise<JobSummary>;
};

/** Keeps a definition's payload type; the registry lists what this returns. */
export function defineJob<P = undefined>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}
