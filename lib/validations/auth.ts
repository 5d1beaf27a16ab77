// Shared by the forms (field limits) and the route handlers and actions that receive them.
// Messages are codes from lib/messages/catalog.ts.
import { z } from "zod";
import { COMMON_PASSWORDS } from "@/lib/validations/common-passwords";

import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validations/password-limits";

export const emailSchema = z
  .string()
  .trim()
  .max(254, "auth.emailInvalid")
  .pipe(z.email("auth.emailInvalid"))
  .transform((e) => e.toLowerCase());

function isTrivial(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  if (/^(.)\1+$/.test(lower)) return true;
  const sequence = "0123456789abcdefghijklmnopqrstuvwxyz";
  return sequence.includes(lower) || [...sequence].reverse().join("").includes(lower);
}

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, "auth.passwordShort")
  .max(PASSWORD_MAX, "auth.passwordLong")
  .refine((p) => !isTrivial(p), "auth.passwordCommon");

export const nameSchema = z.string().trim().min(1, "auth.nameInvalid").max(100, "auth.nameInvalid");

export const signUpSchema = z.object({ name: nameSchema, email: emailSchema, password: newPasswordSchema });
// Sign-in does not apply the new-password rules: an old password must still be checkable.
export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, "auth.passwordMissing").max(PASSWORD_MAX, "auth.passwordLong") });
export const emailOnlySchema = z.object({ email: emailSchema });
// The tokens in emailed links (base64url).
export const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
export const resetPasswordSchema = z.object({ token: z.string().regex(TOKEN, "auth.linkInvalid"), password: newPasswordSchema });
export const confirmEmailSchema = z.object({ token: z.string().regex(TOKEN, "auth.linkInvalid") });
export const changePasswordSchema = z.object({ current: z.string().max(PASSWORD_MAX), password: newPasswordSchema });

/** The code of the first problem, for the ?error= of a redirect back to the form. */
export function firstErrorCode(error: z.ZodError): string {
  return error.issues[0]?.message ?? "request.unreadable";
}
