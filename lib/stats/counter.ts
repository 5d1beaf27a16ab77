import "server-only";
import { db } from "@/lib/db";
import { sqlBucket, sqlParam, sqlTimestamp, sqlTrue } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { isRobot } from "@/lib/stats/robots";
import { signForPurpose } from "@/lib/security/keys";

// Download statistics by the COUNTER Code of Practice, Release 5.1 (section 7):
// - only full responses of the gated PDF route are logged (lib/downloads/stream-pdf.ts): a
//   refusal (303 to sign-in), a HEAD and a ranged request for part of the file never are;
// - a request whose User-Agent is on the COUNTER robots list is logged but never counted;
// - double-click filtering: a request for the same file by the same visitor within 30 seconds of
//   the previous one counts once (a chain of clicks each within 30 s of the last counts once);
// - Unique_Item_Requests counts user-sessions: visitor plus UTC date and hour.

export const DOUBLE_CLICK_MS = 30_000;

/**
 * The visitor COUNTER identifies a session by, pseudonymised: the account when there is one,
 * else a session cookie, else the address and user agent together. Hashed with a key derived from
 * AUTH_SECRET, so the log names no one and the same reader is the same visitor across requests.
 */
export function visitorKey({ userId, cookie, ip, userAgent }: { userId?: string | null; cookie?: string | null; ip?: string | null; userAgent?: string | null }): string {
  const who = userId ? `user:${userId}` : cookie ? `cookie:${cookie}` : `ip:${ip ?? ""}|ua:${userAgent ?? ""}`;
  return signForPurpose({ purpose: "counter-visitor", value: who }).slice(0, 22);
}

/** COUNTER's user-session: the visitor within one UTC hour. */
export function sessionOf(visitor: string, at: Date): string {
  return `${visitor}:${at.toISOString().slice(0, 13)}`;
}

/**
 * Logs one full download and decides whether it counts. Called only after the route has decided to
 * send the whole file to a reader with a session, so no request from outside can add a count
 * without being that download.
 */
export async function recordDownloadEvent({ publicationId, userId, userAgent, at = new Date() }: { publicationId: string; userId: string; userAgent: string | null; at?: Date }) {
  const visitor = visitorKey({ userId });
  const robot = isRobot(userAgent);
  // The previous request by this visitor for this file, counted or not: a click within 30 s of
  // it is the same click.
  const previous = robot
    ? null
    : await db.downloadEvent.findFirst({ where: { publicationId, visitor, robot: false, at: { gte: new Date(at.getTime() - DOUBLE_CLICK_MS), lte: at } }, select: { id: true } });
  await db.downloadEvent.create({
    data: { publicationId, visitor, session: sessionOf(visitor, at), userAgent: (userAgent ?? "").slice(0, 500), robot, counted: !robot && !previous, at },
  });
}

/** Deletes log entries older than DOWNLOAD_LOG_RETENTION_DAYS; figures for those months go with them. */
export async function pruneDownloadLog({ now = new Date() }: { now?: Date } = {}) {
  const cutoff = new Date(now.getTime() - env.DOWNLOAD_LOG_RETENTION_DAYS * 86_400_000);
  return (await db.downloadEvent.deleteMany({ where: { at: { lt: cutoff } } })).count;
}


export type MonthlyItemRequests = { publicationId: string; month: string; total: number; unique: number };

/** Total_Item_Requests and Unique_Item_Requests per publication and month, for months in [fromMonth, toMonth] (YYYY-MM). */
export async function readMonthlyItemRequests({ fromMonth, toMonth, publicationId }: { fromMonth: string; toMonth: string; publicationId?: string }): Promise<MonthlyItemRequests[]> {
  const rows = await db.$queryRawUnsafe<Array<{ publicationId: string; month: string; total: number | bigint; uniq: number | bigint }>>(
    `${perItemAndMonth({ publicationId })} ORDER BY "publicationId", month`,
    ...monthBounds({ fromMonth, toMonth, publicationId }),
  );
  return rows.map((r) => ({ publicationId: r.publicationId, month: r.month, total: Number(r.total), unique: Number(r.uniq) }));
}

/**
 * The platform's figures per month, newest first, every month of the range included: the items'
 * sums, added up by the database. Unique item requests add up across items (each is per item).
 */
export async function readMonthlyTotals({ fromMonth, toMonth, publicationId }: { fromMonth: string; toMonth: string; publicationId?: string }): Promise<Array<{ month: string; total: number; unique: number }>> {
  const rows = await db.$queryRawUnsafe<Array<{ month: string; total: number | bigint; uniq: number | bigint }>>(
    `SELECT month, SUM(total) AS total, SUM(uniq) AS uniq FROM (${perItemAndMonth({ publicationId })}) items GROUP BY month`,
    ...monthBounds({ fromMonth, toMonth, publicationId }),
  );
  const byMonth = new Map(rows.map((r) => [r.month, { total: Number(r.total), unique: Number(r.uniq) }]));
  return monthsBetween(fromMonth, toMonth)
    .reverse()
    .map((month) => ({ month, ...(byMonth.get(month) ?? { total: 0, unique: 0 }) }));
}

function perItemAndMonth({ publicationId }: { publicationId?: string }): string {
  const filter = publicationId ? ` AND "publicationId" = ${sqlParam(3)}` : "";
  return `SELECT "publicationId", ${sqlBucket.month(`"at"`)} AS month, COUNT(*) AS total, COUNT(DISTINCT "session") AS uniq
       FROM "DownloadEvent" WHERE "counted" = ${sqlTrue()} AND "at" >= ${sqlParam(1)} AND "at" < ${sqlParam(2)}${filter}
      GROUP BY "publicationId", month`;
}

function monthBounds({ fromMonth, toMonth, publicationId }: { fromMonth: string; toMonth: string; publicationId?: string }): unknown[] {
  const [y, m] = toMonth.split("-").map(Number);
  return [sqlTimestamp(new Date(`${fromMonth}-01T00:00:00Z`)), sqlTimestamp(new Date(Date.UTC(y, m, 1))), ...(publicationId ? [publicationId] : [])];
}

/** The months from `fromMonth` to `toMonth`, both YYYY-MM, inclusive. */
export function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const out: string[] = [];
  let [y, m] = fromMonth.split("-").map(Number);
  const [ty, tm] = toMonth.split("-").map(Number);
  while ((y < ty || (y === ty && m <= tm)) && out.length < 600) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
