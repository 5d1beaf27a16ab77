// The interface's texts, by key, in every locale: ICU messages, so plurals and numbers follow the
// locale's rules ("1 publication", "2 publications"; in French "0 publication" too). Pure, and
// usable anywhere (pages, route handlers, mails, client components): the locale is passed, never
// read from the request, so public pages stay static.
// use-intl is the formatter inside next-intl; its core needs no React, so scripts and mails load it too.
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import { CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

// What client components say lives in its own small file per locale (*.client.json), the only
// part of the catalogue sent to browsers; here it is the `client` namespace of the whole.
export const MESSAGES = { en: { ...en, client: CLIENT_MESSAGES.en }, fr: { ...fr, client: CLIENT_MESSAGES.fr } } satisfies Record<Locale, unknown>;

// Typed against the English catalogue: a French file missing a key fails the parity test.
export type Messages = (typeof MESSAGES)["en"];

const build = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale] });
// One per locale, made on first use: a render asks for one per card (type labels, series), and a
// translator is pure, so there is nothing to gain from a new one each time.
const translators = new Map<Locale, ReturnType<typeof build>>();

/** The texts of one locale: `t("counts.publications", { count: 2 })`. */
export function getTranslator({ locale = DEFAULT_LOCALE }: { locale?: Locale } = {}) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = build(locale)));
  return t;
}
