import "server-only";
import { unstable_cache } from "next/cache";

/**
 * Cache tags name what a cached public page shows, so that a change expires exactly the pages that
 * show it. The read functions in lib/ tag the page that calls them (tagPage), and the write side
 * expires the tags of what it changed (lib/cache/invalidation.ts): neither side lists pages.
 *
 * Two tags per catalogue item with a page of its own: one for its own fields (name, bio…), shown
 * wherever it is mentioned, and one for the list of its publications, shown on its page. Saving
 * a publication expires the second, never the first, so the pages that merely mention the
 * publication's centre stay cached.
 */
export const TAG = {
  /** Every page that lists across the catalogue: home, listings, search, feeds, sitemaps, indexes. */
  catalog: "catalog",
  /** A page that shows this publication: its own page, or a card of it anywhere. */
  publication: (id: string) => `p:${id}`,
  author: (id: string) => `a:${id}`,
  authorList: (id: string) => `al:${id}`,
  center: (id: string) => `c:${id}`,
  centerList: (id: string) => `cl:${id}`,
  program: (id: string) => `g:${id}`,
  programList: (id: string) => `gl:${id}`,
  topic: (id: string) => `t:${id}`,
  region: (id: string) => `r:${id}`,
  /** One address, whatever it rendered: a page that was a 404 before its item existed. */
  path: (path: string) => `path:${path}`,
} as const;

/** The address a `TAG.path` tag names, or null for any other tag. */
export function pagePathOf(tag: string): string | null {
  return tag.startsWith("path:") ? tag.slice("path:".length) : null;
}

/** Expires everything: for changes no tag describes (an import, a restart). */
export const ALL_PAGES = "*";

// Next accepts at most 128 tags on a page; past that, the page is tagged as a catalogue page,
// which every change expires.
const MAX_TAGS = 120;

/** The tags of publication cards (their own, and their authors' names on them). */
export function cardTags(cards: Array<{ id: string; authors: Array<{ author: { id: string } }> }>): string[] {
  return cards.flatMap((c) => [TAG.publication(c.id), ...c.authors.map((a) => TAG.author(a.author.id))]);
}

/**
 * Tags the page being rendered. Next gathers the tags of every cached read a render makes onto the
 * page's cache entry; this is such a read, of one constant, so it costs one tiny cache entry for
 * the whole site. Outside a page render (a route handler, the back office) it does nothing.
 */
export async function tagPage(tags: string[]): Promise<void> {
  const unique = [...new Set(tags)];
  const chosen = unique.length > MAX_TAGS ? [TAG.catalog] : unique;
  if (chosen.length) await unstable_cache(async () => true, ["folio-page-tags"], { tags: chosen })();
}
