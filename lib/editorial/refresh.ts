import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { db, type Tx } from "@/lib/db";
import type { Result } from "@/lib/http/result";
import { CATALOG_CACHE_TAG } from "@/lib/publications/queries";

/**
 * Every public page is cached (ISR), and one publication shows on many of them: its page, the
 * listing, home, its authors', centre's and programmes' pages, feeds and sitemaps. Expiring the
 * whole site on an editorial change is one rule that cannot miss a page; pages render again on
 * their next visit. Editorial changes are rare next to reads, so the cost is small.
 */
function expireLocalCache() {
  revalidatePath("/", "layout");
  // Counts and filter choices are cached as data, apart from any page.
  revalidateTag(CATALOG_CACHE_TAG, { expire: 0 });
}

// Module state can be duplicated between route bundles; the process's own record is global.
const seen = globalThis as unknown as { folioCatalogEpoch?: number };

/**
 * Expires this process's cached pages at once, and bumps the shared catalogue epoch so that every
 * other app process on the same database expires its own at its next tick (refreshIfStale).
 */
export async function refreshPublicPages() {
  expireLocalCache();
  const { epoch } = await db.catalogEpoch.upsert({ where: { id: 1 }, create: { id: 1, epoch: 1 }, update: { epoch: { increment: 1 } } });
  seen.folioCatalogEpoch = epoch;
}

/**
 * Expires this process's cached pages if another process changed the catalogue since it last
 * looked. A process that has not looked yet expires them too: its cache may predate a restart.
 */
export async function refreshIfStale(): Promise<boolean> {
  const epoch = (await db.catalogEpoch.findUnique({ where: { id: 1 } }))?.epoch ?? 0;
  if (seen.folioCatalogEpoch === epoch) return false;
  expireLocalCache();
  seen.folioCatalogEpoch = epoch;
  return true;
}

/**
 * The one way the back office changes the catalogue: `change` runs in one transaction and says
 * whether a public page showed or now shows what it changed; if so, the public pages are expired
 * once it has committed. Routes never refresh the cache themselves, so none can forget to.
 */
export async function changeCatalog<T extends { affectsSite: boolean }>(change: (tx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
  const result = await db.$transaction(change);
  if (result.ok && result.value.affectsSite) await refreshPublicPages();
  return result;
}
