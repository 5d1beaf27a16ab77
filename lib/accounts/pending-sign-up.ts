import "server-only";
import { cookies } from "next/headers";
import { createToken, hashToken } from "@/lib/accounts/tokens";
import { hashPassword } from "@/lib/accounts/passwords";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";

// Account pre-hijacking: someone signs up with another person's address and a password of their
// own, then waits for the owner to prove the address. So nothing typed into the sign-up form
// reaches the account until the address is proved, and then only for the browser that typed it:
// the form leaves a nonce in an HttpOnly cookie, and the emailed link applies the sign-up only
// when it is followed with that cookie. Anyone else who follows a link to the address (the owner
// after an attacker's sign-up, or on another device) gets an account with no password and no
// name of someone else's choosing, and can set their own on /account.
const COOKIE = "folio-sign-up";
const TTL_MS = 24 * 60 * 60 * 1000; // as long as the emailed link (lib/auth: the provider's maxAge)

/** Stores what the form was given, for the link to apply; the account is not touched. */
export async function rememberSignUp({ name, email, password, locale }: { name: string; email: string; password: string; locale: Locale }) {
  const { token: nonce, tokenHash: nonceHash } = createToken();
  const passwordHash = await hashPassword(password);
  await db.pendingSignUp.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.pendingSignUp.create({ data: { email, name, passwordHash, locale, nonceHash, expiresAt: new Date(Date.now() + TTL_MS) } });
  (await cookies()).set(COOKIE, nonce, {
    httpOnly: true,
    sameSite: "lax",
    path: "/api/auth",
    maxAge: TTL_MS / 1000,
    secure: env.SITE_URL.startsWith("https:"),
  });
}

/** The language a sign-up chose, for the mail sent before any account exists. */
export async function readPendingLocale({ email }: { email: string }): Promise<string | undefined> {
  const row = await db.pendingSignUp.findFirst({ where: { email }, orderBy: { createdAt: "desc" }, select: { locale: true } });
  return row?.locale;
}

/**
 * Drops what was written to an account before its address was proved: an unconfirmed account's
 * password and name were typed by whoever signed up, who may not own the address. Run inside the
 * transaction that proves the address (a followed sign-in, reset or email-change link).
 */
export async function clearUnprovedCredentials(tx: Tx, { email }: { email: string }) {
  await tx.user.updateMany({
    where: { email, emailVerified: null },
    data: { passwordHash: null, name: null, sessionVersion: { increment: 1 } },
  });
  await tx.pendingSignUp.deleteMany({ where: { email } });
}

/**
 * An emailed sign-in link to `email` was just used (Auth.js's verification token is spent). The
 * address is proved: a sign-up made in this browser becomes the account; every other one is
 * discarded, and so is anything an unconfirmed account held.
 */
export async function confirmAddressByLink({ email }: { email: string }) {
  const jar = await cookies().catch(() => null);
  const nonce = jar?.get(COOKIE)?.value;
  const now = new Date();
  await db.$transaction(async (tx) => {
    const mine = nonce
      ? await tx.pendingSignUp.findFirst({ where: { email, nonceHash: hashToken(nonce), expiresAt: { gt: now } } })
      : null;
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
    await clearUnprovedCredentials(tx, { email });
    if (!mine || user?.emailVerified) return;
    const fromForm = { name: mine.name, passwordHash: mine.passwordHash, locale: mine.locale, emailVerified: now };
    if (user) await tx.user.update({ where: { id: user.id }, data: fromForm });
    else await tx.user.create({ data: { email, role: "READER", ...fromForm } });
  });
  if (nonce) jar?.delete({ name: COOKIE, path: "/api/auth" });
}
