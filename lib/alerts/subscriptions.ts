import "server-only";
import { db, type Tx } from "@/lib/db";
import type { FollowKind } from "@/lib/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/messages/result";
import type { Locale } from "@/lib/i18n/locales";
import { nextDigestAt } from "@/lib/alerts/schedule";
import { followKey, MAX_SAVED_SEARCHES, type FollowKindSlug } from "@/lib/validations/alerts";

// What a reader follows and the searches they saved. Each reader with either gets one
// AlertSettings row, made with their first one: it holds the mark from which digests count, so
// following something never mails what was released before.

export const KIND_OF: Record<FollowKindSlug, FollowKind> = { author: "AUTHOR", center: "CENTER", program: "PROGRAM", topic: "TOPIC", region: "REGION", series: "SERIES" };
/** The back office's kinds (plural, its URLs) to the kinds a reader follows. */
export const FOLLOW_KIND_OF_TAXONOMY = { authors: "author", centers: "center", programs: "program", topics: "topic", regions: "region" } as const satisfies Record<string, FollowKindSlug>;

export const SLUG_OF = Object.fromEntries(Object.entries(KIND_OF).map(([s, k]) => [k, s])) as Record<FollowKind, FollowKindSlug>;

async function ensureAlertSettings(tx: Tx, userId: string) {
  const now = new Date();
  const user = await tx.user.findUnique({ where: { id: userId }, select: { locale: true } });
  await tx.alertSettings.upsert({
    where: { userId },
    create: { userId, locale: user?.locale ?? "en", coveredUntil: now, dueAt: nextDigestAt({ frequency: "DAILY", now }) },
    update: {},
  });
}

/** Whether the followed thing exists (and, for a series, has a published publication). */
async function targetExists(kind: FollowKindSlug, target: string): Promise<boolean> {
  switch (kind) {
    case "author":
      return (await db.author.count({ where: { id: target } })) === 1;
    case "center":
      return (await db.center.count({ where: { id: target } })) === 1;
    case "program":
      return (await db.program.count({ where: { id: target } })) === 1;
    case "topic":
      return (await db.topic.count({ where: { id: target } })) === 1;
    case "region":
      return (await db.region.count({ where: { id: target } })) === 1;
    case "series":
      return (await db.publication.count({ where: { series: target, status: "PUBLISHED" } })) > 0;
  }
}

/** Idempotent: following twice keeps one follow. */
export async function followTarget({ userId, kind, target }: { userId: string; kind: FollowKindSlug; target: string }): Promise<Result> {
  if (!(await targetExists(kind, target))) return fail("alerts.unavailable");
  await db.$transaction(async (tx) => {
    await ensureAlertSettings(tx, userId);
    await tx.follow.upsert({ where: { userId_kind_target: { userId, kind: KIND_OF[kind], target } }, create: { userId, kind: KIND_OF[kind], target }, update: {} });
  });
  return ok(undefined);
}

/** Unfollowing something not followed is not an error. */
export async function unfollowTarget({ userId, kind, target }: { userId: string; kind: FollowKindSlug; target: string }) {
  await db.follow.deleteMany({ where: { userId, kind: KIND_OF[kind], target } });
}

/** Which of these keys (`author:<id>`…) the reader follows, for the Follow controls on a page. */
export async function listFollowedKeys({ userId, keys }: { userId: string; keys: Array<{ kind: FollowKindSlug; target: string }> }): Promise<string[]> {
  if (!keys.length) return [];
  const rows = await db.follow.findMany({
    where: { userId, OR: keys.map((k) => ({ kind: KIND_OF[k.kind], target: k.target })) },
    select: { kind: true, target: true },
  });
  return rows.map((r) => followKey(SLUG_OF[r.kind], r.target));
}

/** Saves a search (its canonical query string); saving it again is not an error. */
export async function saveSearch({ userId, query }: { userId: string; query: string }): Promise<Result<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const existing = await tx.savedSearch.findUnique({ where: { userId_query: { userId, query } }, select: { id: true } });
    if (existing) return ok(existing);
    if ((await tx.savedSearch.count({ where: { userId } })) >= MAX_SAVED_SEARCHES) return fail("alerts.tooManySearches", { values: { max: MAX_SAVED_SEARCHES } });
    await ensureAlertSettings(tx, userId);
    return ok(await tx.savedSearch.create({ data: { userId, query }, select: { id: true } }));
  });
}

/**
 * Stops follows and saved searches by id. Only the reader's own are touched: an id that is not
 * theirs changes nothing, and is not reported differently from one already stopped.
 */
export async function stopAlerts({ userId, follows = [], searches = [] }: { userId: string; follows?: string[]; searches?: string[] }): Promise<number> {
  const [a, b] = await db.$transaction([
    db.follow.deleteMany({ where: { userId, id: { in: follows } } }),
    db.savedSearch.deleteMany({ where: { userId, id: { in: searches } } }),
  ]);
  return a.count + b.count;
}

export async function updateAlertSettings({ userId, frequency, locale }: { userId: string; frequency: "IMMEDIATE" | "DAILY" | "WEEKLY"; locale: Locale }): Promise<Result> {
  const now = new Date();
  const r = await db.alertSettings.updateMany({ where: { userId }, data: { frequency, locale, dueAt: nextDigestAt({ frequency, now }) } });
  return r.count ? ok(undefined) : fail("alerts.nothingFollowed");
}

/** Pausing stops every digest; resuming starts counting again from now, so a pause is not followed by a flood. */
export async function pauseAlerts({ userId, paused }: { userId: string; paused: boolean }): Promise<Result> {
  const now = new Date();
  const r = await db.alertSettings.updateMany({ where: { userId }, data: paused ? { pausedAt: now } : { pausedAt: null, coveredUntil: now } });
  return r.count ? ok(undefined) : fail("alerts.nothingFollowed");
}

/** A mail about this reader's alerts was refused for good: no more until they confirm the address. */
export async function recordAlertBounce({ userId }: { userId: string }) {
  await db.alertSettings.updateMany({ where: { userId, bouncedAt: null }, data: { bouncedAt: new Date() } });
}

/** Followers per followed thing of one kind, for the back office's lists: target → count. */
export async function countFollowers({ kind }: { kind: FollowKindSlug }): Promise<Map<string, number>> {
  const rows = await db.follow.groupBy({ by: ["target"], where: { kind: KIND_OF[kind] }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.target, r._count._all]));
}

/** When two terms merge, the followers of the one that goes follow the one that stays (once each). */
export async function moveFollows(tx: Tx, { kind, from, to }: { kind: FollowKindSlug; from: string; to: string }) {
  const both = await tx.follow.findMany({ where: { kind: KIND_OF[kind], target: to }, select: { userId: true } });
  await tx.follow.deleteMany({ where: { kind: KIND_OF[kind], target: from, userId: { in: both.map((f) => f.userId) } } });
  await tx.follow.updateMany({ where: { kind: KIND_OF[kind], target: from }, data: { target: to } });
}
