"use server";

import { ALERT_SET, savedReturnPath } from "@/lib/accounts/return-to";
import { pendingFollow, rememberPendingAlert } from "@/lib/alerts/pending";
import { followTarget, unfollowTarget } from "@/lib/alerts/subscriptions";
import { defineAction } from "@/lib/http/gateway";
import { ok } from "@/lib/messages/result";
import { localePath, splitLocalePath } from "@/lib/i18n/paths";
import { followToggleSchema } from "@/lib/validations/alerts";

/**
 * The Follow control's action, on researchers', centres', programmes' pages, topic and region
 * listings and an analysis's series. Works like Save (lib/actions/toggle-bookmark.ts): with
 * JavaScript it answers in place; without, the form posts and the reader lands back on the page;
 * signed out, the follow waits in a cookie while the reader signs in, and is done on return.
 */
export const toggleFollowAction = defineAction<typeof followToggleSchema, "anyone", { following: boolean }>({
  access: "anyone",
  back: "/",
  schema: followToggleSchema,
  run: async ({ kind, target, intent, back, js }, { user }) => {
    const { locale } = splitLocalePath(back);
    if (!user) {
      if (intent === "follow") await rememberPendingAlert(pendingFollow(kind, target));
      return ok({ redirect: localePath(locale, `/sign-in?callbackUrl=${encodeURIComponent(savedReturnPath({ back, notice: ALERT_SET }))}`) });
    }
    if (intent === "follow") {
      const done = await followTarget({ userId: user.id, kind, target });
      if (!done.ok) return done;
    } else {
      await unfollowTarget({ userId: user.id, kind, target });
    }
    if (!js) return ok({ redirect: back });
    return ok({ value: { following: intent === "follow" } });
  },
});
