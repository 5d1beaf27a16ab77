import "server-only";
import { db } from "@/lib/db";

/**
 * A job only one process may run at a time, on any number of servers: the lease is a row taken by
 * a conditional write when free or expired, so exactly one taker wins on either engine. The holder
 * renews it while it works; if its process dies, the lease lapses after `ms` and the next run
 * takes over where the work's own marks say it stopped.
 */
export async function takeLease({ name, holder, ms, now = new Date() }: { name: string; holder: string; ms: number; now?: Date }): Promise<boolean> {
  const until = new Date(now.getTime() + ms);
  const taken = await db.jobLease.updateMany({ where: { name, OR: [{ until: { lt: now } }, { holder }] }, data: { holder, until } });
  if (taken.count) return true;
  try {
    await db.jobLease.create({ data: { name, holder, until } });
    return true;
  } catch {
    // The row exists and is held (a unique-key refusal): someone else runs the job.
    return false;
  }
}

/** Extends a held lease; false when it was lost (it lapsed and another process took it). */
export async function renewLease({ name, holder, ms }: { name: string; holder: string; ms: number }): Promise<boolean> {
  const r = await db.jobLease.updateMany({ where: { name, holder }, data: { until: new Date(Date.now() + ms) } });
  return r.count === 1;
}

export async function releaseLease({ name, holder }: { name: string; holder: string }) {
  await db.jobLease.updateMany({ where: { name, holder }, data: { until: new Date(0) } });
}
