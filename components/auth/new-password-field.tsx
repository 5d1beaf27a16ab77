import { Field } from "@/components/ui/field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validations/password-limits";

/** The one way Folio asks for a new password: the same limits and hint everywhere. */
export function NewPasswordField({ label = "Password", hint = `At least ${PASSWORD_MIN} characters, and not a common password.`, error }: { label?: string; hint?: string; error?: string }) {
  return <Field label={label} name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} maxLength={PASSWORD_MAX} hint={hint} error={error} />;
}
