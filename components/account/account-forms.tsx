"use client";

import { useActionState, useEffect } from "react";
import { refreshMe } from "@/components/use-me";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Button } from "@/components/ui/button";
import { Field, FieldHint, Label, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/http/gateway";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validations/password-limits";
import { useClientTranslations } from "@/components/use-client-translations";
import { LocaleField } from "@/components/ui/locale-field";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;


function Result({ state }: { state: ActionState }) {
  if (!state?.message) return null;
  return <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>;
}

export function NameForm({ action, name }: { action: Action; name: string }) {
  const t = useClientTranslations();
  const [state, formAction] = useActionState(action, null);
  // The header shows the name too.
  useEffect(() => {
    if (state?.ok) refreshMe();
  }, [state]);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("forms.changeName")}>
      <LocaleField />
      <Result state={state} />
      <Field label={t("forms.name")} name="name" autoComplete="name" required maxLength={100} defaultValue={name} />
      <Button variant="secondary">{t("forms.saveName")}</Button>
    </form>
  );
}

export function MailLanguageForm({ action, mailLocale }: { action: Action; mailLocale: string }) {
  const t = useClientTranslations();
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("forms.mailLanguage")}>
      <LocaleField />
      <Result state={state} />
      <div className="space-y-1">
        <Label htmlFor="mail-locale">{t("forms.mailLanguage")}</Label>
        <Select id="mail-locale" name="mailLocale" defaultValue={mailLocale} aria-describedby="mail-locale-hint">
          <option value="en">{t("forms.english")}</option>
          <option value="fr">{t("forms.french")}</option>
        </Select>
        <FieldHint id="mail-locale-hint">{t("forms.mailLanguageHint")}</FieldHint>
      </div>
      <Button variant="secondary">{t("forms.saveLanguage")}</Button>
    </form>
  );
}

export function EmailForm({ action, email }: { action: Action; email: string }) {
  const t = useClientTranslations();
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("forms.changeEmail")}>
      <LocaleField />
      <Result state={state} />
      <Field label={t("forms.email")} name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={email} />
      <Button variant="secondary">{t("forms.saveEmail")}</Button>
    </form>
  );
}

export function PasswordForm({ action, hasPassword }: { action: Action; hasPassword: boolean }) {
  const t = useClientTranslations();
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("forms.changePassword")}>
      <LocaleField />
      <Result state={state} />
      {hasPassword ? <Field label={t("forms.currentPassword")} name="current" type="password" autoComplete="current-password" required maxLength={PASSWORD_MAX} /> : null}
      <NewPasswordField label={t("forms.newPassword")} hint={t("forms.passwordHint", { min: PASSWORD_MIN })} />
      <Button variant="secondary">{t(hasPassword ? "forms.change" : "forms.set")}</Button>
    </form>
  );
}

export function DeleteAccountForm({ action }: { action: Action }) {
  const t = useClientTranslations();
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("forms.deleteAccount")}>
      <LocaleField />
      <Result state={state} />
      <Field label={t("forms.confirmDelete")} name="confirm" type="email" autoComplete="off" required maxLength={254} />
      <Button variant="danger">{t("forms.deleteButton")}</Button>
    </form>
  );
}
