import "server-only";
import { after } from "next/server";
import { pagePathOf, TAG } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { LOCALES } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";

// Two at a time on a two-core machine leaves room for readers; a burst of changes beyond the queue
// is left for readers to render, as before.
const CONCURRENCY = 2;
const MAX_QUEUED = 200;

type State = { queue: Set<string>; running: number; enabled: boolean };
const state = globalThis as unknown as { folioRewarm?: State };
const current = () => (state.folioRewarm ??= { queue: new Set(), running: 0, enabled: false });

/** Called once by the server process (lib/jobs/background.ts): only a running server re-warms itself. */
export function enableRewarming() {
  current().enabled = true;
}

/**
 * Renders expired pages again in the background, so the next reader is served from the cache
 * rather than paying for the render. Deduplicated (a page queued twice renders once), bounded,
 * and never awaited: an editor's save does not wait for it.
 */
export function rewarmPages({ paths }: { paths: string[] }): void {
  const s = current();
  if (!s.enabled) return;
  for (const path of paths) if (s.queue.size < MAX_QUEUED && path.startsWith("/")) s.queue.add(path);
  pump(s);
}

/**
 * From a request that expired pages: re-warms them once the response is done. Next applies the
 * request's revalidateTag calls only at its end, so a render started earlier would be cached
 * before the expiry and thrown away by it.
 */
export function rewarmAfterResponse({ paths }: { paths: string[] }): void {
  if (!current().enabled || !paths.length) return;
  after(() => rewarmPages({ paths }));
}

function pump(s: State) {
  while (s.running < CONCURRENCY && s.queue.size) {
    const path = s.queue.values().next().value as string;
    s.queue.delete(path);
    s.running++;
    fetch(`http://127.0.0.1:${env.PORT}${path}`, { headers: { "x-folio-rewarm": "1" }, signal: AbortSignal.timeout(30_000) })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined)
      .finally(() => {
        s.running--;
        pump(s);
      });
  }
}

/**
 * The public addresses to render again after `tags` expired: each page named by address, and the
 * home page and listing when the catalogue changed, in every locale. The queue renders two at a
 * time, in this order: every page in the default language first, where most readers are, then
 * the same pages in the others.
 */
export function pathsToRewarm(tags: string[]): string[] {
  const paths = tags.map(pagePathOf).filter((p): p is string => p !== null);
  const pages = tags.includes(TAG.catalog) ? [...paths, "/", "/analyses"] : paths;
  return LOCALES.flatMap((locale) => pages.map((path) => localePath(locale, path)));
}
