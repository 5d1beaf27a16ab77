import "server-only";
import { defineJob } from "@/lib/jobs/define-job";
import { pruneDownloadLog } from "@/lib/stats/counter";

export default defineJob({
  name: "prune-download-log",
  description: "Deletes download events older than DOWNLOAD_LOG_RETENTION_DAYS.",
  everySeconds: () => 60 * 60,
  run: async () => ({ deleted: await pruneDownloadLog() }),
});
