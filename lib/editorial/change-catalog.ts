import "server-only";
import { expirePublicPages } from "@/lib/cache/invalidation";
import { db, type Tx } from "@/lib/db";
import type { Result } from "@/lib/messages/result";
import { refreshRelatedAround } from "@/lib/publications/related";

/**
 * The one way the back office changes the catalogue: `change` runs in one transaction and names
 * the cache tags of the public pages that showed or now show what it changed (lib/cache/tags.ts;
 * none for a draft). Once it has committed, exactly those pages are expired, on every process.
 * Routes never touch the cache themselves, so none can forget to. A change to a publication
 * names it as `rerank`: its related analyses are ranked again, in the background, once the
 * change committed.
 */
export async function changeCatalog<T extends { expire: string[]; rerank?: string }>(change: (tx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
  const result = await db.$transaction(change);
  if (!result.ok) return result;
  const { expire, rerank } = result.value;
  if (rerank) refreshRelatedAround({ id: rerank });
  await expirePublicPages({ tags: expire });
  return result;
}
