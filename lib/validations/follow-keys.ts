// What a reader can follow, and the keys the Follow control and /api/me name it by. Without zod
// on purpose: the Follow control, on public pages, imports it (see lib/validations/ids.ts).
import { RECORD_ID } from "@/lib/validations/ids";

/** What a reader can follow, as it appears in forms and URLs. */
export const FOLLOW_KINDS = ["author", "center", "program", "topic", "region", "series"] as const;
export type FollowKindSlug = (typeof FOLLOW_KINDS)[number];

export const MAX_SERIES_NAME = 200;

/** A followed thing's target: a record id, or a series' name (series are a field, not a table). */
export function isFollowTarget(kind: FollowKindSlug, target: string): boolean {
  return kind === "series" ? target.length > 0 && target.length <= MAX_SERIES_NAME && target.trim() === target : RECORD_ID.test(target);
}

/** The key /api/me and the Follow control use for one followed thing: `author:<id>`, `series:<name, URI-encoded>`. */
export const followKey = (kind: FollowKindSlug, target: string) => `${kind}:${encodeURIComponent(target)}`;

export function parseFollowKey(key: string): { kind: FollowKindSlug; target: string } | null {
  const i = key.indexOf(":");
  const kind = key.slice(0, i) as FollowKindSlug;
  if (i < 0 || !FOLLOW_KINDS.includes(kind)) return null;
  let target: string;
  try {
    target = decodeURIComponent(key.slice(i + 1));
  } catch {
    return null;
  }
  return isFollowTarget(kind, target) ? { kind, target } : null;
}

