import "server-only";
import { mailLocale } from "@/lib/accounts/mails";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fail, ok, type Result } from "@/lib/messages/result";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";
import { queueMail } from "@/lib/mail/outbox";
import { signToken, verifyToken } from "@/lib/security/keys";
import { RECORD_ID } from "@/lib/validations/slug";

/**
 * After a hard bounce, a reader's alerts stay stopped until the address proves it takes mail
 * again: a link is mailed to it, and following it resumes them. The link is signed over the
 * reader and the bounce's time, so it works once per bounce and only for that address.
 */
const PURPOSE = "alert-reconfirm";

function tokenFor(userId: string, bouncedAt: Date): string {
  return signToken({ purpose: PURPOSE, payload: [userId, bouncedAt.getTime()] });
}

export async function requestAlertReconfirmation({ userId }: { userId: string }) {
  const row = await db.alertSettings.findUnique({ where: { userId }, select: { bouncedAt: true, locale: true, user: { select: { email: true } } } });
  // Nothing to confirm: the same answer, no mail.
  if (!row?.bouncedAt) return;
  const locale = mailLocale(row.locale);
  const t = getTranslator({ locale });
  const url = `${env.SITE_URL}${localePath(locale, "/alerts/confirm")}?token=${tokenFor(userId, row.bouncedAt)}`;
  await queueMail({ to: row.user.email, subject: t("alerts.reconfirm.subject", { site: env.SITE_NAME }), text: [t("alerts.reconfirm.text", { site: env.SITE_NAME }), url, t("alerts.reconfirm.ignore")].join("\n\n") });
}

/** Resumes the alerts the token names, if it is genuine and the bounce it was made for is still the current one. */
export async function confirmAlertAddress({ token }: { token: string }): Promise<Result> {
  const payload = verifyToken({ purpose: PURPOSE, token, maxLength: 500 });
  const [userId, time] = Array.isArray(payload) ? (payload as unknown[]) : [];
  if (typeof userId !== "string" || !RECORD_ID.test(userId) || !Number.isSafeInteger(time)) return fail("alerts.badLink");
  const bouncedAt = new Date(time as number);
  const r = await db.alertSettings.updateMany({ where: { userId, bouncedAt }, data: { bouncedAt: null, coveredUntil: new Date() } });
  return r.count ? ok(undefined) : fail("alerts.badLink");
}
