import "server-only";
import { pruneChangeLog } from "@/lib/cache/invalidation";
import { defineJob } from "@/lib/jobs/define-job";

export default defineJob({
  name: "prune-change-log",
  description: "Deletes page-change records every process has had time to read.",
  everySeconds: () => 60 * 60,
  run: async () => ({ deleted: await pruneChangeLog() }),
});
