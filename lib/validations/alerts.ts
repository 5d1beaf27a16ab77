// Alert forms and the saved-search format, shared by the controls, the account page and the
// handlers. Pure (no server code), so forms and tests import it too.
import { z } from "zod";
import type { AlertFrequency } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/locales";
import { MAX_QUERY_LENGTH } from "@/lib/validations/search";
import { safeRedirectPath } from "@/lib/security/redirect";
import { listingQueryString, parseListingQuery, type ListingFilters, type RawParams } from "@/lib/validations/listing";
import { RECORD_ID } from "@/lib/validations/slug";
import { FOLLOW_KINDS, isFollowTarget, MAX_SERIES_NAME } from "@/lib/validations/follow-keys";

export const FREQUENCIES = ["IMMEDIATE", "DAILY", "WEEKLY"] as const satisfies readonly AlertFrequency[];

// A reader keeps at most this many saved searches; beyond it, a clear refusal.
export const MAX_SAVED_SEARCHES = 50;

export { FOLLOW_KINDS, MAX_SERIES_NAME, followKey, isFollowTarget, parseFollowKey, type FollowKindSlug } from "@/lib/validations/follow-keys";

export const followToggleSchema = z
  .object({
    kind: z.enum(FOLLOW_KINDS, "request.unreadable"),
    target: z.string().max(MAX_SERIES_NAME, "request.unreadable"),
    intent: z.enum(["follow", "unfollow"], "request.unreadable"),
    back: z.string().optional().transform((b) => safeRedirectPath(b)),
    js: z.literal("1").optional().catch(undefined),
  })
  .refine((f) => isFollowTarget(f.kind, f.target), { message: "alerts.unavailable", path: ["target"] });

/** A saved search: the search words, if any, and the listing's filters. */
export type SavedSearchQuery = { q?: string; filters: ListingFilters };

/**
 * The one written form of a saved search: `q=…&center=…` with the words' spaces collapsed and the
 * filters in the listing's canonical order, so that the same search saved twice is one row. Null
 * when it would match everything (no words, no filter) or cannot be a search.
 */
export function canonicalSavedSearch(params: RawParams): string | null {
  const raw = params instanceof URLSearchParams ? params.get("q") : [params.q].flat()[0];
  const q = (raw ?? "").replace(/\s+/g, " ").trim();
  if (q.length > MAX_QUERY_LENGTH) return null;
  const { filters } = parseListingQuery(params);
  const rest = listingQueryString({ filters, page: 1 });
  if (!q && !rest) return null;
  return [q ? `q=${encodeURIComponent(q)}` : "", rest].filter(Boolean).join("&");
}

export function parseSavedSearch(query: string): SavedSearchQuery {
  const params = new URLSearchParams(query);
  const q = params.get("q") ?? undefined;
  return { ...(q ? { q } : {}), filters: parseListingQuery(params).filters };
}

/** Where a saved search is read on the site: the search page with words, else the listing. */
export function savedSearchPath(query: string): string {
  return new URLSearchParams(query).has("q") ? `/search?${query}` : `/analyses?${query}`;
}

export const saveSearchSchema = z.object({
  // The query string of the page the reader was on.
  query: z.string().max(2_000, "request.tooLarge"),
  back: z.string().optional().transform((b) => safeRedirectPath(b)),
  js: z.literal("1").optional().catch(undefined),
});

const ownId = z.string().regex(RECORD_ID, "request.notFound");

export const stopAlertSchema = z.object({
  follow: ownId.optional(),
  search: ownId.optional(),
});

export const alertSettingsSchema = z.object({
  frequency: z.enum(FREQUENCIES, "request.unreadable"),
  language: z.enum(LOCALES, "request.unreadable"),
});

export const pauseAlertsSchema = z.object({ intent: z.enum(["pause", "resume"], "request.unreadable") });

// The unsubscribe post: its token in the body (the confirmation page's form) or in the address
// (a mail client's one-click, whose body is only "List-Unsubscribe=One-Click").
export const unsubscribeSchema = z.object({ token: z.string().max(12_000, "alerts.badLink").default("") });
