import "server-only";
import type { JobDefinition } from "@/lib/jobs/define-job";
import alertDigests from "@/lib/jobs/definitions/alert-digests";
import expireChangedPages from "@/lib/jobs/definitions/expire-changed-pages";
import optimizeDatabase from "@/lib/jobs/definitions/optimize-database";
import pruneChangeLog from "@/lib/jobs/definitions/prune-change-log";
import pruneDownloadLog from "@/lib/jobs/definitions/prune-download-log";
import pruneOutbox from "@/lib/jobs/definitions/prune-outbox";
import publishScheduled from "@/lib/jobs/definitions/publish-scheduled";
import sendMail from "@/lib/jobs/definitions/send-mail";

// Every background job, listed once. Adding one: copy a file in definitions/, then add it here.
// Each run parses its payload with its own job's schema, so the list holds them as taking unknown.
export const JOBS = [
  publishScheduled,
  expireChangedPages,
  alertDigests,
  sendMail,
  optimizeDatabase,
  pruneChangeLog,
  pruneOutbox,
  pruneDownloadLog,
] as unknown as readonly JobDefinition<unknown>[];

export function findJob({ name }: { name: string }): JobDefinition<unknown> | undefined {
  return JOBS.find((job) => job.name === name);
}
