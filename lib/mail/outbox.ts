import "server-only";
import { db } from "@/lib/db";
import { deliverMail, type Mail } from "@/lib/mail/send-mail";

/**
 * The durable way to send a mail: `queueMail` writes it to the outbox (MailJob) and returns; the
 * mail worker of each server process (`startMailWorker`, started by the send-mail job) sends it.
 *
 * - Nothing is lost: a mail stays in the outbox until an SMTP server accepts it. A worker claims a
 *   few mails for LEASE_MS; if its process dies mid-batch, another takes them over after that.
 * - Nothing is sent twice by two workers: a claim is a compare-and-set on the row (its status and
 *   attempt count), which one worker wins on both engines. The one gap no outbox closes: a process
 *   that dies after the SMTP server accepted a mail but before marking it sent sends it again.
 * - A refusal for now (connection refused, 4xx) is retried with backoff: 30 s, 1, 2, 4 … minutes,
 *   at most an hour apart, MAX_ATTEMPTS times. A refusal for good (5xx) stops at once. Either way
 *   the failure and its reason are kept for the back office.
 */

const LEASE_MS = 5 * 60 * 1000;
const BATCH = 50;
export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60 * 1000;
// Sent and failed mails are kept this long for the back office, then deleted.
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/** Writes a mail to the outbox and wakes this process's worker. Usable inside a transaction. */
export async function queueMail(mail: Mail, { client = db }: { client?: Pick<typeof db, "mailJob"> } = {}): Promise<void> {
  await client.mailJob.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, headers: mail.headers ?? undefined } });
  wakeMailWorker();
}

/** How long to wait before attempt number `attempts + 1`, after `attempts` failed ones. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/** A refusal for good: the SMTP server answered 5xx (no such mailbox, policy). Anything else may pass later. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export type AddressRefused = (reader: { userId: string }) => Promise<void>;
type DrainOptions = { send?: (mail: Mail) => Promise<void>; now?: () => Date; batch?: number; onAddressRefused?: AddressRefused };

const claimedSelect = { id: true, to: true, subject: true, text: true, html: true, headers: true, userId: true, attempts: true } as const;
type Claimed = { id: string; to: string; subject: string; text: string; html: string | null; headers: Record<string, string> | null; userId: string | null; attempts: number };

/**
 * Claims up to `limit` mails that are due, or whose worker's lease ran out; each is claimed by one
 * worker only. Empty only when nothing is due: a worker that lost every race for the rows it read
 * reads again (the winner moved them on), rather than stopping while mail waits.
 */
export async function claimMailJobs({ now = new Date(), limit = BATCH }: { now?: Date; limit?: number } = {}): Promise<Claimed[]> {
  for (;;) {
    const due = await db.mailJob.findMany({
      where: { OR: [{ status: "PENDING", nextAttemptAt: { lte: now } }, { status: "SENDING", lockedUntil: { lt: now } }] },
      orderBy: { nextAttemptAt: "asc" },
      take: limit,
      // A claimable row's body cannot change between this read and the claim: only the worker that
      // claims it erases it.
      select: { ...claimedSelect, status: true },
    });
    if (!due.length) return [];
    const claimed: Claimed[] = [];
    for (const { status, ...job } of due) {
      // Compare-and-set: only the worker that still sees the row as it read it moves it on.
      const { count } = await db.mailJob.updateMany({
        where: { id: job.id, status, attempts: job.attempts },
        data: { status: "SENDING", attempts: { increment: 1 }, lockedUntil: new Date(now.getTime() + LEASE_MS) },
      });
      if (count === 1) claimed.push({ ...job, headers: (job.headers ?? null) as Record<string, string> | null, attempts: job.attempts + 1 });
    }
    if (claimed.length) return claimed;
  }
}

/**
 * Sends what is due until nothing is, and returns what it did. `send` is the SMTP delivery
 * (tests pass their own); `now` is read for each batch. `onAddressRefused` hears of each reader
 * whose address refused a mail for good: the outbox knows mail, not what a reader receives, so
 * whoever starts it says what to stop (lib/jobs/definitions/send-mail.ts: their alerts).
 */
export async function drainOutbox({ send = deliverMail, now = () => new Date(), batch: size = BATCH, onAddressRefused }: DrainOptions = {}) {
  const done = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const at = now();
    const batch = await claimMailJobs({ now: at, limit: size });
    if (!batch.length) return done;
    // The batch's mails go out together, over the transport's pooled connections.
    await Promise.all(
      batch.map(async (job) => {
        try {
          await send({ to: job.to, subject: job.subject, text: job.text, html: job.html, headers: job.headers });
          await db.mailJob.update({ where: { id: job.id }, data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null, text: "", html: null } });
          done.sent++;
        } catch (e) {
          const reason = (e instanceof Error ? e.message : String(e)).slice(0, 500);
          const final = isPermanentFailure(e) || job.attempts >= MAX_ATTEMPTS;
          await db.mailJob.update({
            where: { id: job.id },
            data: final
              ? { status: "FAILED", lockedUntil: null, lastError: reason, text: "", html: null }
              : { status: "PENDING", lockedUntil: null, lastError: reason, nextAttemptAt: new Date(at.getTime() + retryDelayMs(job.attempts)) },
          });
          // The job's id, not the address: logs travel further than the database.
          console.warn(`[folio] mail ${job.id} not sent (attempt ${job.attempts}${final ? ", the last" : ""}): ${reason}`);
          if (final && isPermanentFailure(e) && job.userId) await onAddressRefused?.({ userId: job.userId });
          if (final) done.failed++;
          else done.retried++;
        }
      }),
    );
  }
}

/** What the back office shows: counts by state, and the latest failures with their reasons. */
export async function readOutboxStatus() {
  const [counts, retrying, failures] = await Promise.all([
    db.mailJob.groupBy({ by: ["status"], _count: { _all: true } }),
    db.mailJob.count({ where: { status: "PENDING", attempts: { gt: 0 } } }),
    db.mailJob.findMany({ where: { status: "FAILED" }, orderBy: { createdAt: "desc" }, take: 20, select: { id: true, to: true, subject: true, attempts: true, lastError: true, createdAt: true } }),
  ]);
  const of = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  return { pending: of("PENDING"), sending: of("SENDING"), sent: of("SENT"), failed: of("FAILED"), retrying, failures };
}

/** Drops sent and failed mails older than KEEP_MS. */
export async function pruneOutbox({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const { count } = await db.mailJob.deleteMany({ where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
  return count;
}

// The worker: one per process, on globalThis because Next bundles lib/ more than once.
type Worker = { running: boolean; again: boolean; enabled: boolean; onAddressRefused?: AddressRefused };
const state = globalThis as unknown as { folioMailWorker?: Worker };
const worker = () => (state.folioMailWorker ??= { running: false, again: false, enabled: false });

/** Starts this process's worker: it drains the outbox every `intervalMs`, and at once when a mail is queued here. */
export function startMailWorker({ intervalMs, onAddressRefused }: { intervalMs: number; onAddressRefused?: AddressRefused }) {
  const w = worker();
  if (w.enabled) return;
  w.enabled = true;
  w.onAddressRefused = onAddressRefused;
  setInterval(wakeMailWorker, intervalMs).unref();
  wakeMailWorker();
}

/** Sends what was just queued (by queueMail, or a digest run's batch) without waiting for the next interval. */
export function wakeMailWorker() {
  const w = worker();
  if (!w.enabled) return;
  if (w.running) {
    w.again = true;
    return;
  }
  w.running = true;
  setImmediate(async () => {
    try {
      do {
        w.again = false;
        await drainOutbox({ onAddressRefused: w.onAddressRefused });
      } while (w.again);
    } catch (e) {
      console.warn("[folio] sending queued mail failed:", e instanceof Error ? e.message : e);
    } finally {
      w.running = false;
    }
  });
}
