import "server-only";
import { after } from "next/server";
import { pagePathOf, TAG } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { localePath, splitLocalePath } from "@/lib/i18n/paths";

// Two at a time on a two-core machine leaves room for readers; a burst of changes beyond the queue
// is left for readers to render, as before.
const CONCURRENCY = 2;
const MAX_QUEUED = 200;

// Two queues: the default language's pages, then the others. Pages in the default language, where
// most readers are, never wait behind another language's pages, even those of earlier changes.
type State = { queues: [Set<string>, Set<string>]; running: number; enabled: boolean; scheduled: number };
const state = globalThis as unknown as { folioRewarm?: State };
const current = () => (state.folioRewarm ??= { queues: [new Set(), new Set()], running: 0, enabled: false, scheduled: 0 });
const queued = (s: State) => s.queues[0].size + s.queues[1].size;

/** Called once by the server process (lib/jobs/timers.ts): only a running server re-warms itself. */
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
  for (const path of paths) {
    if (queued(s) >= MAX_QUEUED || !path.startsWith("/")) continue;
    s.queues[splitLocalePath(path).locale === DEFAULT_LOCALE ? 0 : 1].add(path);
  }
  pump(s);
}

/**
 * From a request that expired pages: re-warms them once the response is done. Next applies the
 * request's revalidateTag calls only at its end, so a render started earlier would be cached
 * before the expiry and thrown away by it.
 */
export function rewarmAfterResponse({ paths }: { paths: string[] }): void {
  const s = current();
  if (!s.enabled || !paths.length) return;
  // Counted from now, so that the status never reads idle between the response and the queueing.
  s.scheduled++;
  after(() => {
    s.scheduled--;
    rewarmPages({ paths });
  });
}

/** What is waiting to be rendered again, and rendering: for the back office and its tests. */
export function readRewarmQueue(): { queued: number; running: number } {
  const s = current();
  return { queued: queued(s) + s.scheduled, running: s.running };
}

function pump(s: State) {
  while (s.running < CONCURRENCY && queued(s)) {
    const queue = s.queues[0].size ? s.queues[0] : s.queues[1];
    const path = queue.values().next().value as string;
    queue.delete(path);
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
 * time, every page in the default language before any in the others (see State).
 */
export function pathsToRewarm(tags: string[]): string[] {
  const paths = tags.map(pagePathOf).filter((p): p is string => p !== null);
  const pages = tags.includes(TAG.catalog) ? [...paths, "/", "/analyses"] : paths;
  return LOCALES.flatMap((locale) => pages.map((path) => localePath(locale, path)));
}
