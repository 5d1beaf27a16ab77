"use server";

import { savedReturnPath } from "@/lib/accounts/return-to";
import { rememberPendingSave } from "@/lib/bookmarks/pending";
import { removeBookmarkOfPublication, saveBookmark } from "@/lib/bookmarks/queries";
import { defineAction } from "@/lib/http/gateway";
import { fail, ok } from "@/lib/http/result";
import { bookmarkToggleSchema } from "@/lib/validations/library";

/**
 * The save/unsave control's action, on every page that lists analyses. With JavaScript the
 * control calls it and shows the result at once (`value.saved`: the state after the request);
 * without, the form posts it and the reader lands in the library (save) or back on the page
 * (unsave). Signed out, it remembers the save and sends the reader to sign in, back to where they
 * were, where a notice confirms the save (completed at sign-in by lib/auth).
 */
export const toggleBookmarkAction = defineAction<typeof bookmarkToggleSchema, "anyone", { saved: boolean }>({
  access: "anyone",
  back: "/",
  schema: bookmarkToggleSchema,
  run: async ({ publicationId, intent, back, js }, { user }) => {
    if (!user) {
      if (intent === "save") await rememberPendingSave({ publicationId });
      return ok({ redirect: `/sign-in?callbackUrl=${encodeURIComponent(savedReturnPath({ back }))}` });
    }
    if (intent === "save") {
      if (!(await saveBookmark({ userId: user.id, publicationId }))) return fail("library.unavailable");
    } else {
      await removeBookmarkOfPublication({ userId: user.id, publicationId });
    }
    if (!js) return ok({ redirect: intent === "save" ? "/library?saved=1" : back });
    return ok({ value: { saved: intent === "save" } });
  },
});
