// Without zod on purpose: client components use these (lib/accounts/return-to), and importing
// zod there added 30 KB of compressed script to every public page. The zod schemas built on
// these patterns live in lib/validations/slug.ts.

// A slug as it may appear in a URL (route segment or query value). Lenient on hyphens so an old
// link never errors; the import format's own rule is stricter (lib/validations/catalog.ts).
export const URL_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Anything that is not a plausible slug is not worth a database query. */
export function isSlug(value: string): boolean {
  return URL_SLUG.test(value);
}

// Database ids (cuid) as they arrive in forms and query strings.
export const RECORD_ID = /^[a-z0-9]{10,40}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID.test(value);
}
