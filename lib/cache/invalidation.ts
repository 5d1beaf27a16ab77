import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { expireTagsInRedis } from "@/lib/cache/redis-cache-handler";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { pathsToRewarm, rewarmAfterResponse } from "@/lib/cache/rewarm";
import { ALL_PAGES, pagePathOf, TAG } from "@/lib/cache/tags";
import { LOCALES } from "@/lib/i18n/locales";

// How long the log keeps a change. A process whose last look is older than that cannot know what
// it missed, and expires everything instead.
const KEEP_MS = 24 * 60 * 60 * 1000;
// Rows are read by time with this overlap, not by id: on PostgreSQL a row with a lower id can
// commit after a higher one, and reading "after the last id seen" would skip it for good.
const OVERLAP_MS = 60 * 1000;

// Module state can be duplicated between route bundles; the process's own record is global.
// `applied`: the rows this process has expired (or written itself), by id, with their time.
// `writing`: this process's own log rows being written. Until a row's id is known, the tick cannot
// tell it from another process's row, and would expire (and queue to re-render) the same pages a
// second time, behind everything queued since.
const state = globalThis as unknown as { folioInvalidations?: { lastLook: number; applied: Map<number, number> }; folioOwnWrites?: number };

/** Expires tagged pages in this process's cache; needs a Next request (route handler or action). */
function expireHere(tags: string[]) {
  if (tags.includes(ALL_PAGES)) {
    revalidatePath("/", "layout");
    // Counts and filter choices are cached as data, apart from any page.
    revalidateTag(TAG.catalog, { expire: 0 });
    return;
  }
  for (const tag of tags) {
    const path = pagePathOf(tag);
    // An address is a page in each locale, each cached under its route's path (app/[locale]).
    if (path) for (const locale of LOCALES) revalidatePath(`/${locale}${path === "/" ? "" : path}`);
    else revalidateTag(tag, { expire: 0 });
  }
  rewarmAfterResponse({ paths: pathsToRewarm(tags) });
}

/**
 * The tags Next itself files pages under for `tags`, as expireHere's calls produce them: an address
 * becomes revalidatePath's tag for each locale's page, and everything becomes the root layout's,
 * which every page carries.
 */
export function nextTagsOf(tags: string[]): string[] {
  return [
    ...new Set(
      tags.flatMap((tag) => {
        if (tag === ALL_PAGES) return ["_N_T_/layout", TAG.catalog];
        const path = pagePathOf(tag);
        return path ? LOCALES.map((locale) => `_N_T_/${locale}${path === "/" ? "" : path}`) : [tag];
      }),
    ),
  ];
}

/**
 * Records that the pages tagged `tags` changed, for every server process. With the shared cache
 * (REDIS_URL) they expire at once everywhere; else each process on this database expires them at
 * its next tick (expireChangedPages). Usable anywhere: `npm run import` calls it directly. Returns
 * the log row's id (none with Redis).
 */
export async function recordPageChanges({ tags }: { tags: string[] }): Promise<number | null> {
  const unique = [...new Set(tags)];
  if (!unique.length) return null;
  if (env.REDIS_URL) {
    try {
      await expireTagsInRedis({ url: env.REDIS_URL, tags: nextTagsOf(unique) });
    } catch (e) {
      // Outside a server process (`npm run import`) nothing can queue the expiry for later: say so.
      throw new Error(`The change is saved, but the shared page cache (REDIS_URL) could not be told, so pages may show what was there before; run the command again once Redis answers (${e instanceof Error ? e.message : String(e)})`);
    }
    return null;
  }
  const row = await db.cacheInvalidation.create({ data: { tags: JSON.stringify(unique) }, select: { id: true } });
  return row.id;
}

/**
 * After a committed change: expires the tagged pages in this process at once, and records them
 * for the others. The next visitor of an expired page gets a fresh render; every other page stays
 * cached.
 */
export async function expirePublicPages({ tags }: { tags: string[] }): Promise<void> {
  if (!tags.length) return;
  expireHere(tags);
  if (env.REDIS_URL) {
    // Through the shared cache, this process's expiry is every process's. Next sends its own after
    // the response; written here first, it is in Redis before the editor (or anyone) asks again.
    // The change is committed: a Redis that cannot be reached must not turn its save into an
    // error. Next's own expiry, queued by the cache handler, is sent when Redis is back.
    await expireTagsInRedis({ url: env.REDIS_URL, tags: nextTagsOf(tags) }).catch(() => undefined);
    return;
  }
  state.folioOwnWrites = (state.folioOwnWrites ?? 0) + 1;
  try {
    const id = await recordPageChanges({ tags });
    // This process need not expire its own change again at its next tick.
    if (id !== null) state.folioInvalidations?.applied.set(id, Date.now());
  } finally {
    state.folioOwnWrites! -= 1;
  }
}

/**
 * Each process's tick: expires what other processes (or an import) changed since it last looked.
 * A process that has not looked yet, or not for a day, expires everything: its cache may predate
 * a restart, or changes it never read. Returns whether anything was expired.
 */
export async function expireChangedPages({ now = Date.now() }: { now?: number } = {}): Promise<boolean> {
  // The shared cache needs no polling: every expiry reaches it at once.
  if (env.REDIS_URL) return false;
  const known = state.folioInvalidations;
  const since = known && now - known.lastLook < KEEP_MS ? known.lastLook - OVERLAP_MS : now - OVERLAP_MS;
  const rows = await db.cacheInvalidation.findMany({ where: { createdAt: { gte: new Date(since) } }, orderBy: { id: "asc" }, select: { id: true, tags: true, createdAt: true } });
  if (!known || now - known.lastLook >= KEEP_MS) {
    expireHere([ALL_PAGES]);
    state.folioInvalidations = { lastLook: now, applied: new Map(rows.map((r) => [r.id, r.createdAt.getTime()])) };
    return true;
  }
  // A row of ours is being written, and may be among these with its id not yet marked as ours:
  // look again at the next tick. Checked after the read, so a row read here is either marked
  // by now or still being written.
  if (state.folioOwnWrites) return false;
  const fresh = rows.filter((r) => !known.applied.has(r.id));
  const tags = [...new Set(fresh.flatMap((r) => JSON.parse(r.tags) as string[]))];
  if (tags.length) expireHere(tags);
  for (const r of fresh) known.applied.set(r.id, r.createdAt.getTime());
  for (const [id, at] of known.applied) if (at < since - OVERLAP_MS) known.applied.delete(id);
  known.lastLook = now;
  return tags.length > 0;
}

/** How many page changes in the log this process has not applied yet (none with the shared cache). */
export async function countUnappliedChanges(): Promise<number> {
  if (env.REDIS_URL) return 0;
  const known = state.folioInvalidations;
  if (!known) return db.cacheInvalidation.count();
  const rows = await db.cacheInvalidation.findMany({ where: { createdAt: { gte: new Date(known.lastLook - OVERLAP_MS) } }, select: { id: true } });
  return rows.filter((r) => !known.applied.has(r.id)).length;
}

/** Drops log rows every process has had a day to read. */
export async function pruneChangeLog({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const { count } = await db.cacheInvalidation.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
  return count;
}
