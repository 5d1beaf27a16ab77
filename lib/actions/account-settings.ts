"use server";

import { z } from "zod";
import { requestEmailChange } from "@/lib/accounts/email-change";
import { deleteAccount, setPassword, updateMailLocale, updateName, verifyCurrentPassword } from "@/lib/accounts/users";
import { LOCALES } from "@/lib/i18n/locales";
import { signOut } from "@/lib/auth";
import { defineAction } from "@/lib/http/gateway";
import { fail, ok } from "@/lib/messages/result";
import { ACCOUNT_DELETED } from "@/lib/accounts/return-to";
import { changePasswordSchema, emailSchema, nameSchema } from "@/lib/validations/auth";

// The account page's forms. Each stays on the page and shows the action's notice or refusal;
// lib/http/gateway.ts checks the session, the origin, the schema and the rate limit first.

export const updateNameAction = defineAction({
  access: "reader",
  back: "/account",
  schema: z.object({ name: nameSchema }),
  run: async ({ name }, { user }) => {
    await updateName({ userId: user.id, name });
    return ok({ notice: "account.nameSaved" });
  },
});

export const updateMailLocaleAction = defineAction({
  access: "reader",
  back: "/account",
  schema: z.object({ mailLocale: z.enum(LOCALES) }),
  run: async ({ mailLocale }, { user }) => {
    await updateMailLocale({ userId: user.id, locale: mailLocale });
    return ok({ notice: "account.languageSaved" });
  },
});

// Sends a mail: limited per client address and per address asked for, like the sign-in forms.
export const updateEmailAction = defineAction({
  access: "reader",
  back: "/account",
  schema: z.object({ email: emailSchema }),
  rateLimit: "email-change",
  run: async ({ email }, { user }) => {
    const result = await requestEmailChange({ userId: user.id, email });
    // The same answer whether or not another account has the address.
    return ok(result === "unchanged" ? { notice: "account.emailUnchanged" } : { notice: "account.emailLinkSent", values: { email } });
  },
});

// Checks a credential: limited per client address and per account, like signing in.
export const updatePasswordAction = defineAction({
  access: "reader",
  back: "/account",
  schema: changePasswordSchema,
  rateLimit: "password-change",
  run: async ({ current, password }, { user }) => {
    if (!(await verifyCurrentPassword({ userId: user.id, password: current }))) return fail("account.passwordWrong");
    await setPassword({ userId: user.id, password });
    // Other sessions end with the old password; this one must sign in again too.
    await signOut({ redirect: false });
    return ok({ redirect: "/sign-in?notice=password-reset" });
  },
});

export const deleteAccountAction = defineAction({
  access: "reader",
  back: "/account",
  schema: z.object({ confirm: z.string().max(254) }),
  run: async ({ confirm }, { user }) => {
    if (confirm.trim().toLowerCase() !== (user.email ?? "").toLowerCase()) return fail("account.confirmMismatch");
    const deleted = await deleteAccount({ userId: user.id });
    if (!deleted.ok) return deleted;
    await signOut({ redirect: false });
    return ok({ redirect: `/#${ACCOUNT_DELETED}` });
  },
});
