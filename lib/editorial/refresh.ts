import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { CATALOG_CACHE_TAG } from "@/lib/publications/queries";

/**
 * Every public page is cached (ISR), and one publication shows on many of them: its page, the
 * listing, home, its authors', centre's and programmes' pages, feeds and sitemaps. Expiring the
 * whole site on an editorial change is one rule that cannot miss a page; pages render again on
 * their next visit. Editorial changes are rare next to reads, so the cost is small.
 */
export function refreshPublicPages() {
  revalidatePath("/", "layout");
  // Counts and filter choices are cached as data, apart from any page.
  revalidateTag(CATALOG_CACHE_TAG, { expire: 0 });
}
