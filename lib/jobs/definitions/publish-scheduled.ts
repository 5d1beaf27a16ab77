import "server-only";
import { publishDuePublications } from "@/lib/editorial/publications";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";

// Each row is claimed by a conditional update, so every process may run it: each is published once.
export default defineJob({
  name: "publish-scheduled",
  description: "Publishes the scheduled publications whose time has come, and expires the pages that show them.",
  everySeconds: () => env.SCHEDULER_INTERVAL_SECONDS,
  inRequest: true,
  run: async () => ({ published: await publishDuePublications() }),
});
