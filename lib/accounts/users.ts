import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/messages/result";
import { hashPassword, verifyPassword } from "@/lib/accounts/passwords";
import type { Role } from "@/lib/generated/prisma/client";
import { emailSchema, signInSchema } from "@/lib/validations/auth";

/** What a session needs of its user, read on every session check. A disabled account has none. */
export async function readSessionUser({ id }: { id: string }) {
  return db.user.findUnique({ where: { id, disabledAt: null }, select: { id: true, name: true, email: true, role: true, sessionVersion: true } });
}

/**
 * Password sign-in for Auth.js's Credentials provider. The same null for an unknown email, a
 * wrong password, or an address never confirmed, and the same work (one argon2 verification).
 */
export async function authenticateWithPassword(input: { email: unknown; password: unknown }) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
  if (!user || !ok || !user.emailVerified || user.disabledAt) return null;
  return { id: user.id, name: user.name, email: user.email };
}

/** The language of the mails the reader receives. */
export async function updateMailLocale({ userId, locale }: { userId: string; locale: Locale }) {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

export async function updateName({ userId, name }: { userId: string; name: string }) {
  await db.user.update({ where: { id: userId }, data: { name } });
}

/** Sets a new password and ends every other session (their token carries the old version). */
export async function setPassword({ userId, password }: { userId: string; password: string }) {
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } } });
}

export async function verifyCurrentPassword({ userId, password }: { userId: string; password: string }): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // An account created by emailed link has no password yet: it may set one without.
  if (user && !user.passwordHash) return true;
  return verifyPassword(password, user?.passwordHash);
}

export async function readAccount({ userId }: { userId: string }) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, createdAt: true, passwordHash: true, locale: true },
  });
}

/**
 * Removes the account; bookmarks, downloads and tokens go with it (cascades). The last enabled
 * admin stays, as in the back office: nobody could manage users after it.
 */
export async function deleteAccount({ userId }: { userId: string }): Promise<Result> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
    if (user?.role === "ADMIN" && !user.disabledAt && (await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } })) === 0) {
      return fail("account.lastAdmin");
    }
    await tx.user.delete({ where: { id: userId } });
    return ok(undefined);
  });
}

/** For the command line: create or promote an account. */
export async function upsertUserWithRole({ email, role, name, password }: { email: string; role: Role; name?: string; password?: string }) {
  const normalized = emailSchema.parse(email);
  const passwordHash = password ? await hashPassword(password) : undefined;
  return db.user.upsert({
    where: { email: normalized },
    create: { email: normalized, role, name: name ?? null, passwordHash: passwordHash ?? null, emailVerified: new Date() },
    update: { role, ...(name ? { name } : {}), ...(passwordHash ? { passwordHash, sessionVersion: { increment: 1 } } : {}) },
    select: { id: true, email: true, role: true },
  });
}
