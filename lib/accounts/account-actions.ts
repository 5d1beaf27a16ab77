"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestEmailChange } from "@/lib/accounts/email-change";
import { getSession, signOut } from "@/lib/auth";
import { deleteAccount, setPassword, updateName, verifyCurrentPassword } from "@/lib/accounts/users";
import { rateLimitedMessage } from "@/lib/messages/catalog";
import { checkAuthRateLimit } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/security/request";
import { changePasswordSchema, emailSchema, firstErrorCode, nameSchema } from "@/lib/validations/auth";
import { formErrorText } from "@/lib/messages/catalog";

// proxy.ts refuses every server action post whose Origin is not SITE_URL; each action checks the
// session first.

export type FormState = { ok?: string; error?: string } | null;

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v : "";
};

export async function updateNameAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await getSession();
  if (!session) redirect("/sign-in?callbackUrl=/account");
  const parsed = nameSchema.safeParse(text(form, "name"));
  if (!parsed.success) return { error: formErrorText(firstErrorCode(parsed.error))! };
  await updateName({ userId: session.user.id, name: parsed.data });
  return { ok: "Your name was saved." };
}

export async function updateEmailAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await getSession();
  if (!session) redirect("/sign-in?callbackUrl=/account");
  const parsed = emailSchema.safeParse(text(form, "email"));
  if (!parsed.success) return { error: formErrorText(firstErrorCode(parsed.error))! };
  // Sends a mail: limited per client address and per address asked for, like the sign-in forms.
  const limit = await checkAuthRateLimit({ action: "email-change", email: parsed.data, address: clientAddress(await headers()) });
  if (!limit.ok) return { error: rateLimitedMessage(limit.retryAfterSeconds).text };
  const result = await requestEmailChange({ userId: session.user.id, email: parsed.data });
  if (result === "unchanged") return { ok: "That is already your address." };
  // The same answer whether or not another account has the address.
  return { ok: `We sent a confirmation link to ${parsed.data}. Your address changes when you follow it.` };
}

export async function updatePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await getSession();
  if (!session) redirect("/sign-in?callbackUrl=/account");
  const parsed = changePasswordSchema.safeParse({ current: text(form, "current"), password: text(form, "password") });
  if (!parsed.success) return { error: formErrorText(firstErrorCode(parsed.error))! };
  if (!(await verifyCurrentPassword({ userId: session.user.id, password: parsed.data.current }))) {
    return { error: "Your current password is not correct." };
  }
  await setPassword({ userId: session.user.id, password: parsed.data.password });
  // Other sessions end with the old password; this one must sign in again too.
  await signOut({ redirect: false });
  redirect("/sign-in?notice=password-reset");
}

export async function deleteAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await getSession();
  if (!session) redirect("/sign-in?callbackUrl=/account");
  if (text(form, "confirm").trim().toLowerCase() !== (session.user.email ?? "").toLowerCase()) {
    return { error: "Type your email address exactly to confirm." };
  }
  if ((await deleteAccount({ userId: session.user.id })) === "last-admin") {
    return { error: "You are the last admin. Make another account admin before deleting yours." };
  }
  await signOut({ redirect: false });
  redirect("/?account=deleted");
}
