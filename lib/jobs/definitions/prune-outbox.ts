import "server-only";
import { defineJob } from "@/lib/jobs/define-job";
import { pruneOutbox } from "@/lib/mail/outbox";

export default defineJob({
  name: "prune-outbox",
  description: "Deletes sent and failed mails after 30 days.",
  everySeconds: () => 60 * 60,
  run: async () => ({ deleted: await pruneOutbox() }),
});
