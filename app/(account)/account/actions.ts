"use server";

import { redirect } from "next/navigation";
import { auth, signOut } from "@/auth";
import { deleteAccount, setPassword, updateEmail, updateName, verifyCurrentPassword } from "@/lib/accounts/users";
import { changePasswordSchema, emailSchema, firstErrorCode, nameSchema } from "@/lib/validations/auth";
import { authMessage } from "@/lib/validations/auth-messages";

// Next checks the Origin of every server action post; each action checks the session first.

export type FormState = { ok?: string; error?: string } | null;

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v : "";
};

export async function updateNameAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await auth();
  if (!session) redirect("/sign-in?callbackUrl=/account");
  const parsed = nameSchema.safeParse(text(form, "name"));
  if (!parsed.success) return { error: authMessage(firstErrorCode(parsed.error))! };
  await updateName({ userId: session.user.id, name: parsed.data });
  return { ok: "Your name was saved." };
}

export async function updateEmailAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await auth();
  if (!session) redirect("/sign-in?callbackUrl=/account");
  const parsed = emailSchema.safeParse(text(form, "email"));
  if (!parsed.success) return { error: authMessage(firstErrorCode(parsed.error))! };
  const result = await updateEmail({ userId: session.user.id, email: parsed.data });
  if (result === "taken") return { error: "That address cannot be used. Choose another one." };
  return { ok: result === "changed" ? "Your email address was changed." : "That is already your address." };
}

export async function updatePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await auth();
  if (!session) redirect("/sign-in?callbackUrl=/account");
  const parsed = changePasswordSchema.safeParse({ current: text(form, "current"), password: text(form, "password") });
  if (!parsed.success) return { error: authMessage(firstErrorCode(parsed.error))! };
  if (!(await verifyCurrentPassword({ userId: session.user.id, password: parsed.data.current }))) {
    return { error: "Your current password is not correct." };
  }
  await setPassword({ userId: session.user.id, password: parsed.data.password });
  // Other sessions end with the old password; this one must sign in again too.
  await signOut({ redirect: false });
  redirect("/sign-in?notice=password-reset");
}

export async function deleteAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await auth();
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
