import "server-only";
import { cookies } from "next/headers";
import { saveBookmark } from "@/lib/bookmarks/queries";
import { env } from "@/lib/env";
import { isRecordId } from "@/lib/validations/slug";

// A save asked for while signed out waits in this cookie; the first per-user request after
// sign-in (/api/me) completes it. Only Folio's own server action can set it (HttpOnly, and
// server actions check Origin), so another site cannot plant a bookmark.
const COOKIE = "folio-pending-save";

export async function rememberPendingSave({ publicationId }: { publicationId: string }) {
  (await cookies()).set(COOKIE, publicationId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 30 * 60, secure: env.SITE_URL.startsWith("https:") });
}

/** The publication a signed-out reader asked to save, if any: the sign-in page names it. */
export async function readPendingSave(): Promise<string | null> {
  const publicationId = (await cookies()).get(COOKIE)?.value;
  return isRecordId(publicationId) ? publicationId : null;
}

export async function completePendingSave({ userId }: { userId: string }) {
  const jar = await cookies();
  const publicationId = jar.get(COOKIE)?.value;
  if (!publicationId) return;
  jar.delete(COOKIE);
  if (isRecordId(publicationId)) await saveBookmark({ userId, publicationId });
}
