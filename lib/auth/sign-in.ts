import "server-only";
import { AuthError } from "next-auth";
import { signIn, signOut, type SessionUser } from "@/lib/auth";
import { rememberSignUp } from "@/lib/accounts/pending-sign-up";
import { fail, ok, type Result } from "@/lib/messages/result";
import type { Locale } from "@/lib/i18n/locales";

type Landing = Result<{ redirect: string }>;

/** Password sign-in. One answer for an unknown address, a wrong password or an unconfirmed one. */
export async function signInWithPassword({ email, password, callbackUrl, current }: { email: string; password: string; callbackUrl: string; current: SessionUser | null }): Promise<Landing> {
  if (current?.email === email) return ok({ redirect: callbackUrl });
  try {
    const url = await signIn("credentials", { email, password, redirect: false });
    if (typeof url === "string" && url.includes("error=")) return fail("auth.credentials");
  } catch (e) {
    if (e instanceof AuthError) return fail("auth.credentials");
    throw e;
  }
  return ok({ redirect: callbackUrl });
}

/** Emails a sign-in link whether or not the address has an account: following it creates one. */
export async function sendSignInLink({ email, callbackUrl, current }: { email: string; callbackUrl: string; current: SessionUser | null }): Promise<Landing> {
  if (current?.email === email) return ok({ redirect: callbackUrl });
  await signIn("nodemailer", { email, redirectTo: callbackUrl, redirect: false });
  return ok({ redirect: "/sign-in/check-email" });
}

/** New or taken, the answer is the same: a link to confirm the address, sent to it. */
export async function signUpReader({ input, callbackUrl, current, locale }: { input: { name: string; email: string; password: string }; callbackUrl: string; current: SessionUser | null; locale: Locale }): Promise<Landing> {
  if (current) return ok({ redirect: "/account" });
  // Nothing reaches an account before the link is followed in this browser (pending-sign-up.ts).
  // The interface they sign up in is the language of their mails until they choose another.
  await rememberSignUp({ ...input, locale });
  await signIn("nodemailer", { email: input.email, redirectTo: callbackUrl, redirect: false });
  return ok({ redirect: "/sign-in/check-email" });
}

export async function signOutUser({ current }: { current: SessionUser | null }): Promise<Landing> {
  if (current) await signOut({ redirect: false });
  return ok({ redirect: "/" });
}
