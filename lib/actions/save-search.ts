"use server";

import { ALERT_SET, savedReturnPath } from "@/lib/accounts/return-to";
import { rememberPendingAlert } from "@/lib/alerts/pending";
import { saveSearch } from "@/lib/alerts/subscriptions";
import { defineAction } from "@/lib/http/gateway";
import { fail, ok } from "@/lib/messages/result";
import { localePath, splitLocalePath } from "@/lib/i18n/paths";
import { canonicalSavedSearch, saveSearchSchema } from "@/lib/validations/alerts";

/**
 * "Alert me about new results", on the search page and filtered listings. The form carries the
 * page's query string; it is saved in its canonical form. Signed out, it waits in a cookie while
 * the reader signs in, as a follow does.
 */
export const saveSearchAction = defineAction<typeof saveSearchSchema, "anyone", { saved: boolean }>({
  access: "anyone",
  back: "/",
  schema: saveSearchSchema,
  run: async ({ query: raw, back, js }, { user }) => {
    const query = canonicalSavedSearch(new URLSearchParams(raw));
    if (!query) return fail("alerts.searchEmpty");
    const { locale } = splitLocalePath(back);
    if (!user) {
      await rememberPendingAlert({ search: query });
      return ok({ redirect: localePath(locale, `/sign-in?callbackUrl=${encodeURIComponent(savedReturnPath({ back, notice: ALERT_SET }))}`) });
    }
    const saved = await saveSearch({ userId: user.id, query });
    if (!saved.ok) return saved;
    // Without JavaScript the reader lands where their saved searches are listed.
    if (!js) return ok({ redirect: localePath(locale, "/account/alerts?saved=search") });
    return ok({ value: { saved: true }, notice: "alerts.searchSaved" });
  },
});
