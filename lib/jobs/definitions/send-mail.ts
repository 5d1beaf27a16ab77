import "server-only";
import { recordAlertBounce } from "@/lib/alerts/subscriptions";
import { defineJob } from "@/lib/jobs/define-job";
import { drainOutbox, startMailWorker } from "@/lib/mail/outbox";

// An address that refuses for good stops that reader's alerts until they confirm it again
// (/account/alerts), rather than knocking on a dead mailbox every day.
const onAddressRefused = recordAlertBounce;

export default defineJob({
  name: "send-mail",
  description: "Sends the outbox: what is due, and what waits for a retry.",
  // Mails queued by another process (or retried after a refusal) go within this; one queued by
  // this process goes at once.
  everySeconds: () => 5,
  startTimer: ({ intervalMs }) => startMailWorker({ intervalMs, onAddressRefused }),
  run: async () => drainOutbox({ onAddressRefused }),
});
