// When a reader's next digest may go out. Pure, so the rules are unit-tested without a clock.
import type { AlertFrequency } from "@/lib/generated/prisma/client";

// Daily and weekly digests leave with the first run after this hour (UTC); weekly ones on Mondays.
export const DIGEST_HOUR_UTC = 6;

/** The first moment after `now` at which a digest of this frequency is due. */
export function nextDigestAt({ frequency, now }: { frequency: AlertFrequency; now: Date }): Date {
  if (frequency === "IMMEDIATE") return now;
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
  if (frequency === "WEEKLY") {
    // getUTCDay: Sunday 0, Monday 1.
    while (at.getUTCDay() !== 1) at.setUTCDate(at.getUTCDate() + 1);
  }
  return at;
}

// A digest never reaches further back than this, whatever a reader's mark says: a weekly digest
// needs seven days, and an old mark (say, after a long bounce) must not turn into a flood.
export const LONGEST_LOOKBACK_MS = 8 * 24 * 60 * 60 * 1000;
