import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import { pathsToRewarm, rewarmPages } from "@/lib/cache/rewarm";
import { ALL_PAGES } from "@/lib/cache/tags";

// How long the log keeps a change. A process whose last look is older than the oldest row left
// cannot know what it missed, and expires everything instead.
const KEEP_MS = 24 * 60 * 60 * 1000;

// Module state can be duplicated between route bundles; the process's own record is global.
const state = globalThis as unknown as { folioInvalidations?: { seen: number; own: Set<number> } };

/** Expires tagged pages in this process's cache; needs a Next request (route handler or action). */
function expireHere(tags: string[]) {
  if (tags.includes(ALL_PAGES)) {
    revalidatePath("/", "layout");
    return;
  }
  for (const tag of tags) {
    if (tag.startsWith("path:")) revalidatePath(tag.slice("path:".length));
    else revalidateTag(tag, { expire: 0 });
  }
  rewarmPages({ paths: pathsToRewarm(tags) });
}

/**
 * Records that the pages tagged `tags` changed, for every server process on this database, which
 * expires them at its next tick (expireChangedPages). Usable anywhere: `npm run import` calls it
 * directly. Returns the log row's id.
 */
export async function recordPageChanges({ tags }: { tags: string[] }): Promise<number | null> {
  const unique = [...new Set(tags)];
  if (!unique.length) return null;
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
  const id = await recordPageChanges({ tags });
  // This process need not expire its own change again at its next tick.
  if (id !== null) state.folioInvalidations?.own.add(id);
}

/**
 * Each process's tick: expires what other processes (or an import) changed since it last looked.
 * A process that has not looked yet expires everything: its cache may predate a restart. Returns
 * whether anything was expired.
 */
export async function expireChangedPages(): Promise<boolean> {
  const known = state.folioInvalidations;
  const oldest = await db.cacheInvalidation.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  if (!known || (oldest && known.seen < oldest.id - 1)) {
    const latest = await db.cacheInvalidation.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    expireHere([ALL_PAGES]);
    state.folioInvalidations = { seen: latest?.id ?? 0, own: known?.own ?? new Set() };
    return true;
  }
  const rows = await db.cacheInvalidation.findMany({ where: { id: { gt: known.seen } }, orderBy: { id: "asc" }, select: { id: true, tags: true } });
  const tags = rows.filter((r) => !known.own.has(r.id)).flatMap((r) => JSON.parse(r.tags) as string[]);
  if (tags.length) expireHere([...new Set(tags)]);
  for (const r of rows) known.own.delete(r.id);
  if (rows.length) known.seen = rows[rows.length - 1].id;
  return tags.length > 0;
}

/** Drops log rows every process has had a day to read. */
export async function pruneChangeLog({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const { count } = await db.cacheInvalidation.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
  return count;
}
