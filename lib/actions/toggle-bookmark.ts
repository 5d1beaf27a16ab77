"use server";

import { savedReturnPath } from "@/lib/accounts/return-to";
import { rememberPendingSave } from "@/lib/bookmarks/pending";
import { removeBookmarkOfPublication, saveBookmark } from "@/lib/bookmarks/queries";
import { defineAction } from "@/lib/http/gateway";
import { fail, ok } from "@/lib/messages/result";
import { bookmarkToggleSchema } from "@/lib/validations/library";
import { localePath, splitLocalePath } from "@/lib/i18n/paths";

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
    // The pages it leads to speak the language of the page the reader was on.
    const { locale } = splitLocalePath(back);
    if (!user) {
      if (intent === "save") await rememberPendingSave({ publicationId });
      return ok({ redirect: localePath(locale, `/sign-in?callbackUrl=${encodeURIComponent(savedReturnPath({ back }))}`) });
    }
    if (intent === "save") {
      if (!(await saveBookmark({ userId: user.id, publicationId }))) return fail("library.unavailable");
    } else {
      await removeBookmarkOfPublication({ userId: user.id, publicationId });
    }
    if (!js) return ok({ redirect: intent === "save" ? localePath(locale, "/library?saved=1") : back });
    return ok({ value: { saved: intent === "save" } });
  },
});
