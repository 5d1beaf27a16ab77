// Messages the auth forms show, by code. Route handlers redirect back with ?error=<code>, so a
// URL can only select one of these texts, never inject its own.
import { isMessageCode, messageFor } from "@/lib/messages/catalog";

export const AUTH_MESSAGES = {
  "email-invalid": "Enter a valid email address.",
  "name-invalid": "Enter your name (at most 100 characters).",
  "password-short": "Use at least 10 characters.",
  "password-long": "Use at most 200 characters.",
  "password-common": "This password is too common. Choose a less predictable one.",
  "password-missing": "Enter your password.",
  credentials: "Email or password is incorrect, or the address is not confirmed yet. Use “Email me a sign-in link” to confirm it.",
  "link-invalid": "This link has expired or was already used. Ask for a new one.",
  "form-invalid": "The form could not be read. Please try again.",
  Verification: "This sign-in link has expired or was already used. Ask for a new one.",
  default: "Something went wrong while signing in. Please try again.",
} as const;

export type AuthMessageCode = keyof typeof AUTH_MESSAGES;

export function authMessage(code: string | undefined): string | null {
  if (!code) return null;
  if (isMessageCode(code)) return messageFor(code).text;
  return (AUTH_MESSAGES as Record<string, string>)[code] ?? AUTH_MESSAGES.default;
}
