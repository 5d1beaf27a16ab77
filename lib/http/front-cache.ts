// Pure: how long a cache in front of Folio (the nginx front, a CDN) may keep a public page.
//
// Next's cache is expired precisely by every edit (lib/cache/invalidation.ts), so a page lives
// there up to a day. A front cache cannot be told of edits; it keeps what `s-maxage` says, then
// serves the old copy while it fetches a new one for as long as `stale-while-revalidate` says. So
// the public answer promises the front FRONT_CACHE_SECONDS for each, however long Next itself keeps
// the page: an edit shows through the front within twice that, and a page asked for at least that
// often is always answered from the front's cache.

/** The Cache-Control a front should see: `s-maxage` and `stale-while-revalidate` capped at `seconds`; anything else unchanged. */
export function frontCacheControl(value: string, seconds: number): string {
  return value.replace(/\b(s-maxage|stale-while-revalidate)=(\d+)/gi, (whole, name: string, n: string) => (Number(n) > seconds ? `${name}=${seconds}` : whole));
}
