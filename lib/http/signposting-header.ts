// The analysis page's Signposting Link header (lib/publications/signposting.ts), attached by
// scripts/serve.ts. A page cannot set its own headers, so the server asks once per slug and keeps
// the answer a minute: an edit to a DOI or an ORCID iD reaches the header within that, and the
// page's own <link> elements at once. The first time, it asks the route /api/signposting/<slug>;
// loading that route registers its reader on globalThis, and from then on the server calls it
// in-process: an HTTP round trip through Next cost a cold page a fifth of its throughput.
// No "server-only": serve.ts runs outside React's server build.

const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;
const ANALYSIS_PAGE = /^\/(?:fr\/)?analyses\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:\?.*)?$/;

type Entry = { value: Promise<string | null>; until: number };
const cache = new Map<string, Entry>();

type Reader = (slug: string) => Promise<string | null>;
// Next's bundle and serve.ts each load their own copy of this module; the process is shared.
const READER = Symbol.for("folio.signpostingReader");
const globals = globalThis as unknown as Record<symbol, Reader | undefined>;

/** Called where the header is computed (the route's module, inside Next's bundle). */
export function registerSignpostingReader(read: Reader) {
  globals[READER] = read;
}

/** The slug when `url` is an analysis page (not its PDF, citation or reader). */
export function signpostedSlug(url: string | undefined): string | null {
  const m = url ? ANALYSIS_PAGE.exec(url) : null;
  return m && m[1].length <= 200 ? m[1] : null;
}

/** The Link header for the slug's page; null when there is none (unknown slug) or it cannot be had now. */
export function fetchSignpostingHeader({ slug, origin, now = Date.now() }: { slug: string; origin: string; now?: number }): Promise<string | null> {
  const hit = cache.get(slug);
  if (hit && hit.until > now) return hit.value;
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  const entry: Entry = { value: Promise.resolve(null), until: now + TTL_MS };
  // Only a page's answer (its header, or a 404 for no such page) is kept; an outage's 503 or a
  // timeout is not, so the header is back with the database.
  const forget = () => {
    if (cache.get(slug) === entry) cache.delete(slug);
    return null;
  };
  const direct = globals[READER];
  entry.value = direct
    ? direct(slug).catch(forget)
    : fetch(`${origin}/api/signposting/${slug}`, { signal: AbortSignal.timeout(2_000) })
        .then(async (res) => (res.ok ? (await res.text()) || null : res.status === 404 ? null : forget()))
        .catch(forget);
  cache.set(slug, entry);
  return entry.value;
}
