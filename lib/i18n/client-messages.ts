// The texts client components say, in every locale: small, because browsers download them.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.client.json";
import fr from "@/lib/i18n/messages/fr.client.json";

export const CLIENT_MESSAGES: Record<Locale, typeof en> = { en, fr };

/** The client texts of one locale: `t("bookmark.save")`. */
export function getClientTranslator({ locale }: { locale: Locale }) {
  return createTranslator({ locale, messages: CLIENT_MESSAGES[locale] });
}
