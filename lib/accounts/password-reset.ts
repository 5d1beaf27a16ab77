import "server-only";
import { createToken, hashToken } from "@/lib/accounts/tokens";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/accounts/passwords";
import { clearUnprovedCredentials } from "@/lib/accounts/pending-sign-up";
import { mailLocale, sendPasswordResetMail } from "@/lib/accounts/mails";
import { localePath } from "@/lib/i18n/paths";
import { fail, ok, type Result } from "@/lib/messages/result";


const CHECK_EMAIL = { redirect: "/sign-in/check-email?for=reset" };

/** Emails a single-use link when the account exists; silent otherwise, so nothing is revealed. */
export async function requestPasswordReset({ email }: { email: string }): Promise<Result<{ redirect: string }>> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true } });
  if (!user) return ok(CHECK_EMAIL);
  const locale = mailLocale(user.locale);
  const { token, tokenHash } = createToken();
  const minutes = env.PASSWORD_RESET_TTL_MINUTES;
  await db.passwordResetToken.create({
    data: { tokenHash, userId: user.id, expiresAt: new Date(Date.now() + minutes * 60_000) },
  });
  await sendPasswordResetMail({ to: email, url: `${env.SITE_URL}${localePath(locale, "/reset-password")}?token=${token}`, minutes, locale });
  return ok(CHECK_EMAIL);
}

/**
 * Uses the token at most once: marking it used is a conditional update, so two concurrent uses
 * cannot both succeed. The password change, the token and the end of old sessions commit together.
 */
export async function resetPassword({ token, password }: { token: string; password: string }): Promise<Result<{ redirect: string }>> {
  const passwordHash = await hashPassword(password);
  const tokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) return fail("auth.linkInvalid");
    const row = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash }, select: { user: { select: { email: true } }, userId: true } });
    // Following an emailed link also proves the address, and voids what was set before the proof.
    await clearUnprovedCredentials(tx, { email: row.user.email });
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerified: new Date() },
    });
    return ok({ redirect: "/sign-in?notice=password-reset" });
  });
}
