// Pure: how long a cache in front of Folio (the nginx front, a CDN) may keep a public page.
//
// Next's cache is expired precisely by every edit (lib/cache/invalidation.ts), so a page lives
// there up to a day. A front cache cannot be told of edits; it keeps what `s-maxage` says. So the
// public answer promises the front FRONT_CACHE_SECONDS, however long Next itself keeps the page.

/** The Cache-Control a front should see: `s-maxage` capped at `seconds`; anything else unchanged. */
export function frontCacheControl(value: string, seconds: number): string {
  return value.replace(/\bs-maxage=(\d+)/i, (whole, n: string) => (Number(n) > seconds ? `s-maxage=${seconds}` : whole));
}
