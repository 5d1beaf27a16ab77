import "server-only";
import { mailLocale, sendEmailChangeMail } from "@/lib/accounts/mails";
import { localePath } from "@/lib/i18n/paths";
import { createToken, hashToken } from "@/lib/accounts/tokens";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fail, ok, type Result } from "@/lib/messages/result";

const TTL_MINUTES = 24 * 60;

/**
 * Asks for a change of address. Nothing changes until the link sent to the new address is
 * followed, and the answer is the same whether or not another account has that address: a taken
 * address simply gets no link.
 */
export async function requestEmailChange({ userId, email }: { userId: string; email: string }): Promise<"sent" | "unchanged"> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, locale: true } });
  if (user.email === email) return "unchanged";
  // An account whose address was never proved does not hold it: whoever proves it first gets it.
  const taken = await db.user.findFirst({ where: { email, emailVerified: { not: null } }, select: { id: true } });
  if (taken) return "sent";
  const { token, tokenHash } = createToken();
  await db.$transaction([
    // One pending change at a time: an older link stops working.
    db.emailChangeToken.deleteMany({ where: { userId, usedAt: null } }),
    db.emailChangeToken.create({ data: { tokenHash, userId, email, expiresAt: new Date(Date.now() + TTL_MINUTES * 60_000) } }),
  ]);
  const locale = mailLocale(user.locale);
  await sendEmailChangeMail({ to: email, url: `${env.SITE_URL}${localePath(locale, "/account/confirm-email")}?token=${token}`, hours: TTL_MINUTES / 60, locale });
  return "sent";
}

/**
 * Follows the emailed link: the token is claimed once (a conditional update), and the address
 * changes in the same transaction. Following it also proves the new address.
 */
export async function confirmEmailChange({ token }: { token: string }): Promise<Result<{ redirect: string }>> {
  const tokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const claimed = await tx.emailChangeToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) return fail("auth.linkInvalid");
    const row = await tx.emailChangeToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, email: true } });
    // Taken since the link was sent: the link is spent and nothing else changes.
    const holder = await tx.user.findUnique({ where: { email: row.email }, select: { id: true, emailVerified: true } });
    if (holder?.emailVerified) return fail("auth.linkInvalid");
    // An unconfirmed account never had a session (lib/accounts/users.ts) nor a proved address:
    // the reader who just proved it takes the address, and sign-ups waiting for it are void.
    if (holder) await tx.user.delete({ where: { id: holder.id } });
    await tx.pendingSignUp.deleteMany({ where: { email: row.email } });
    await tx.verificationToken.deleteMany({ where: { identifier: row.email } });
    await tx.user.update({ where: { id: row.userId }, data: { email: row.email, emailVerified: new Date() } });
    return ok({ redirect: "/account?email=changed" });
  }).catch((e: { code?: string }) => {
    // Taken by a sign-up between the check and the update: nothing was written.
    if (e.code === "P2002") return fail("auth.linkInvalid");
    throw e;
  });
}
