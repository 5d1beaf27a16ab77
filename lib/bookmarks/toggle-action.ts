"use server";

import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth";
import { rememberPendingSave } from "@/lib/bookmarks/pending";
import { removeBookmarkOfPublication, saveBookmark } from "@/lib/bookmarks/queries";
import { safeRedirectPath } from "@/lib/security/redirect";
import { bookmarkToggleSchema } from "@/lib/validations/library";

/** `saved` is the state after the request: unchanged (the previous answer's) when it failed. */
export type ToggleResult = { saved?: boolean; error?: string };

/**
 * The save/unsave control's action, on every page that lists analyses. With JavaScript the
 * control calls it and shows the result at once; without, the form posts it and the reader lands
 * in the library (save) or back on the page (unsave). Signed out, it remembers the save and sends
 * the reader to sign in, back to where they were.
 */
export async function toggleBookmarkAction(prev: ToggleResult | null, form: FormData): Promise<ToggleResult> {
  const session = await getSession();
  const back = safeRedirectPath(form.get("back"));
  const parsed = bookmarkToggleSchema.safeParse({ publicationId: form.get("publicationId"), intent: form.get("intent") });
  if (!parsed.success) return { error: "This request could not be understood.", saved: prev?.saved };
  const { publicationId, intent } = parsed.data;
  if (!session) {
    if (intent === "save") await rememberPendingSave({ publicationId });
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (intent === "save") {
    if (!(await saveBookmark({ userId: session.user.id, publicationId }))) return { error: "This analysis is no longer available.", saved: prev?.saved };
  } else {
    await removeBookmarkOfPublication({ userId: session.user.id, publicationId });
  }
  if (form.get("js") !== "1") redirect(intent === "save" ? "/library?saved=1" : back);
  return { saved: intent === "save" };
}
