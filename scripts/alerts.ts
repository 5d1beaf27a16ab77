// npm run alerts [-- --send]: runs the alert digests now, as every server process does each
// SCHEDULER_INTERVAL_SECONDS: each reader whose digest is due gets one mail in the outbox. With
// --send it also sends the outbox (for a deployment that runs this from cron rather than servers,
// and for benches). Safe to run beside the servers: one run at a time holds the lease.
import { runAlertDigests } from "@/lib/alerts/digest";
import { recordAlertBounce } from "@/lib/alerts/subscriptions";
import { drainOutbox } from "@/lib/mail/outbox";
import { createProgressBar } from "./lib/progress";
import { runScript } from "./lib/run-script";

async function main() {
  const started = performance.now();
  const bar = createProgressBar();
  const run = await runAlertDigests({ onProgress: (done, total) => bar.update(done, total, "readers") });
  bar.done();
  const seconds = (s: number) => `${((performance.now() - s) / 1000).toFixed(1)} s`;
  if (!run.ran) {
    console.log("Another process is running the digests; nothing done.");
    return 0;
  }
  console.log(`${run.mails} digest${run.mails === 1 ? "" : "s"} queued for ${run.readers} reader${run.readers === 1 ? "" : "s"} due, from ${run.releases} new release${run.releases === 1 ? "" : "s"}, in ${seconds(started)}.`);
  if (process.argv.includes("--send")) {
    const sending = performance.now();
    const sent = await drainOutbox({ onAddressRefused: recordAlertBounce });
    console.log(`Outbox: ${sent.sent} sent, ${sent.retried} to retry, ${sent.failed} failed, in ${seconds(sending)}.`);
  }
  return 0;
}

runScript(main);
