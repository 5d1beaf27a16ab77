"use client";

import { useActionState, useEffect } from "react";
import { refreshMe } from "@/components/use-me";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/http/gateway";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validations/auth";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

function Result({ state }: { state: ActionState }) {
  if (!state?.message) return null;
  return <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>;
}

export function NameForm({ action, name }: { action: Action; name: string }) {
  const [state, formAction] = useActionState(action, null);
  // The header shows the name too.
  useEffect(() => {
    if (state?.ok) refreshMe();
  }, [state]);
  return (
    <form action={formAction} className="space-y-3" aria-label="Change your name">
      <Result state={state} />
      <Field label="Name" name="name" autoComplete="name" required maxLength={100} defaultValue={name} />
      <Button variant="secondary">Save name</Button>
    </form>
  );
}

export function EmailForm({ action, email }: { action: Action; email: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3" aria-label="Change your email">
      <Result state={state} />
      <Field label="Email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={email} />
      <Button variant="secondary">Save email</Button>
    </form>
  );
}

export function PasswordForm({ action, hasPassword }: { action: Action; hasPassword: boolean }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3" aria-label="Change your password">
      <Result state={state} />
      {hasPassword ? <Field label="Current password" name="current" type="password" autoComplete="current-password" required maxLength={PASSWORD_MAX} /> : null}
      <NewPasswordField label="New password" hint={`At least ${PASSWORD_MIN} characters. You will sign in again afterwards.`} />
      <Button variant="secondary">{hasPassword ? "Change password" : "Set a password"}</Button>
    </form>
  );
}

export function DeleteAccountForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3" aria-label="Delete your account">
      <Result state={state} />
      <Field label="Type your email address to confirm" name="confirm" type="email" autoComplete="off" required maxLength={254} />
      <Button variant="danger">Delete my account and its data</Button>
    </form>
  );
}
