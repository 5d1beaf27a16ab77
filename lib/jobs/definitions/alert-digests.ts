import "server-only";
import { hasDueDigests, runAlertDigests } from "@/lib/alerts/digest";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";

export default defineJob({
  name: "alert-digests",
  description: "Queues the alert digests that are due, one mail per reader, in batches.",
  everySeconds: () => env.SCHEDULER_INTERVAL_SECONDS,
  // One process at a time; the holder renews it after each batch.
  lease: { seconds: 5 * 60 },
  // Every process asks each tick: a read, not the lease's two writes, when nobody is due.
  hasWork: () => hasDueDigests(),
  run: async ({ onProgress, keepLease }) => runAlertDigests({ onProgress, keepLease }),
});
