import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { followTarget, saveSearch } from "@/lib/alerts/subscriptions";
import { canonicalSavedSearch, followKey, parseFollowKey } from "@/lib/validations/alerts";

// A follow or a saved search asked for while signed out waits in this cookie, like a save
// (lib/bookmarks/pending.ts): the first per-user request after sign-in (/api/me) completes it.
// Only Folio's own server actions set it (HttpOnly; server actions check Origin).
const COOKIE = "folio-pending-alert";

type Pending = { follow: string } | { search: string };

export async function rememberPendingAlert(pending: Pending) {
  const value = "follow" in pending ? `f:${pending.follow}` : `s:${pending.search}`;
  (await cookies()).set(COOKIE, value, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 30 * 60, secure: env.SITE_URL.startsWith("https:") });
}

export const pendingFollow = (kind: Parameters<typeof followKey>[0], target: string): Pending => ({ follow: followKey(kind, target) });

export async function completePendingAlert({ userId }: { userId: string }) {
  const jar = await cookies();
  const value = jar.get(COOKIE)?.value;
  if (!value) return;
  jar.delete(COOKIE);
  if (value.startsWith("f:")) {
    const follow = parseFollowKey(value.slice(2));
    if (follow) await followTarget({ userId, ...follow });
  } else if (value.startsWith("s:")) {
    const query = canonicalSavedSearch(new URLSearchParams(value.slice(2)));
    if (query) await saveSearch({ userId, query });
  }
}
