import "server-only";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";
import { queueMail } from "@/lib/mail/outbox";

// Every mail in the reader's language (User.locale): chosen on /account, first taken from the
// interface they signed up in. Links in them lead to that language's pages. Each goes through the
// outbox (lib/mail/outbox.ts): queued here, sent by the server's mail worker.

function paragraphs({ locale }: { locale: Locale }) {
  const t = getTranslator({ locale });
  return { t, text: (lines: string[]) => lines.join("\n\n") };
}

/** A stored language, or the default for an address with no account (yet). */
export function mailLocale(stored: string | null | undefined): Locale {
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

/**
 * The emailed link: to sign in, or, for an address with no account yet that someone signed up
 * with, to confirm the new account. Only the address's owner reads which it is.
 */
export async function sendSignInLinkMail({ to, url, locale, purpose = "sign-in" }: { to: string; url: string; locale: Locale; purpose?: "sign-in" | "confirm" }) {
  const { t, text } = paragraphs({ locale });
  if (purpose === "confirm") {
    await queueMail({ to, subject: t("mails.confirmSubject", { site: env.SITE_NAME }), text: text([t("mails.confirmText", { site: env.SITE_NAME }), url, t("mails.confirmIgnore")]) });
    return;
  }
  await queueMail({ to, subject: t("mails.signInSubject", { site: env.SITE_NAME }), text: text([t("mails.signInText", { site: env.SITE_NAME }), url, t("mails.signInIgnore")]) });
}

export async function sendPasswordResetMail({ to, url, minutes, locale }: { to: string; url: string; minutes: number; locale: Locale }) {
  const { t, text } = paragraphs({ locale });
  await queueMail({ to, subject: t("mails.resetSubject", { site: env.SITE_NAME }), text: text([t("mails.resetText", { minutes }), url, t("mails.resetIgnore")]) });
}

export async function sendEmailChangeMail({ to, url, hours, locale }: { to: string; url: string; hours: number; locale: Locale }) {
  const { t, text } = paragraphs({ locale });
  await queueMail({ to, subject: t("mails.changeSubject", { site: env.SITE_NAME }), text: text([t("mails.changeText", { site: env.SITE_NAME, hours }), url, t("mails.changeIgnore")]) });
}
