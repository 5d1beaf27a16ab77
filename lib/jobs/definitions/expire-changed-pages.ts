import "server-only";
import { expireChangedPages } from "@/lib/cache/invalidation";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";

// Per process: each expires, in its own page cache, what an edit through another process (or an
// import) changed. With the shared cache on Redis there is nothing to do.
export default defineJob({
  name: "expire-changed-pages",
  description: "Expires this process's cached pages that another process's edit changed.",
  everySeconds: () => env.SCHEDULER_INTERVAL_SECONDS,
  inRequest: true,
  run: async () => ({ refreshed: await expireChangedPages() }),
});
