import "server-only";
import { expirePublicPages } from "@/lib/cache/invalidation";
import { db, type Tx } from "@/lib/db";
import type { Result } from "@/lib/http/result";

/**
 * The one way the back office changes the catalogue: `change` runs in one transaction and names
 * the cache tags of the public pages that showed or now show what it changed (lib/cache/tags.ts;
 * none for a draft). Once it has committed, exactly those pages are expired, on every process.
 * Routes never touch the cache themselves, so none can forget to.
 */
export async function changeCatalog<T extends { expire: string[] }>(change: (tx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
  const result = await db.$transaction(change);
  if (result.ok) await expirePublicPages({ tags: result.value.expire });
  return result;
}
