import "server-only";
import crypto from "node:crypto";
import { pruneChangeLog } from "@/lib/cache/invalidation";
import { enableRewarming } from "@/lib/cache/rewarm";
import { optimizeDatabase } from "@/lib/db/maintenance";
import { env } from "@/lib/env";
import { pruneOutbox, startMailWorker } from "@/lib/mail/outbox";
import { runAlertDigests } from "@/lib/alerts/digest";
import { recordAlertBounce } from "@/lib/alerts/subscriptions";
import { purposeKey } from "@/lib/security/keys";
import { pruneDownloadLog } from "@/lib/stats/counter";

/** Proves a call to /api/cron/* came from this deployment (or an operator's cron holding the secret). */
export function cronToken(): string {
  return purposeKey("cron").toString("base64url");
}

export function isCronRequest(request: Request): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const wanted = Buffer.from(`Bearer ${cronToken()}`);
  return !!env.AUTH_SECRET && given.length === wanted.length && crypto.timingSafeEqual(given, wanted);
}

const HOUR = 60 * 60 * 1000;

/**
 * Timers each server process runs. Scheduled publishing goes through an HTTP call to this same
 * process because Next only refreshes its page cache from inside a request.
 */
export function startBackgroundJobs() {
  const g = globalThis as unknown as { folioJobs?: boolean };
  if (g.folioJobs) return;
  g.folioJobs = true;
  enableRewarming();
  const warn = (what: string) => (e: unknown) => console.warn(`[folio] ${what} failed:`, e instanceof Error ? e.message : e);
  optimizeDatabase({ startup: true }).catch(warn("database optimisation"));
  setInterval(() => optimizeDatabase().catch(warn("database optimisation")), HOUR).unref();
  setInterval(() => pruneChangeLog().catch(warn("pruning the page-change log")), HOUR).unref();
  // Mails queued by any process (or retried after a refusal) are sent within this; a mail queued
  // by this process is sent at once.
  startMailWorker({ intervalMs: 5_000, onAddressRefused: recordAlertBounce });
  setInterval(() => pruneOutbox().catch(warn("pruning the outbox")), HOUR).unref();
  setInterval(() => pruneDownloadLog().catch(warn("pruning the download log")), HOUR).unref();
  if (env.SCHEDULER_INTERVAL_SECONDS > 0) {
    // Alert digests: one process at a time (a lease), whichever takes it; the others return at once.
    setInterval(() => runAlertDigests().catch(warn("alert digests")), env.SCHEDULER_INTERVAL_SECONDS * 1000).unref();
  }
  if (env.SCHEDULER_INTERVAL_SECONDS > 0 && env.AUTH_SECRET) {
    const tick = () =>
      fetch(`http://127.0.0.1:${env.PORT}/api/cron/tick`, { method: "POST", headers: { authorization: `Bearer ${cronToken()}` } })
        .then((r) => (r.ok ? undefined : warn("scheduled publishing")(new Error(`HTTP ${r.status}`))))
        .catch(warn("scheduled publishing"));
    setInterval(tick, env.SCHEDULER_INTERVAL_SECONDS * 1000).unref();
  }
}
