import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";
import { LocaleField } from "@/components/ui/locale-field";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formErrorText } from "@/lib/messages/catalog";
import { readFormEcho } from "@/lib/http/form-echo";
import { TextLink } from "@/components/ui/link";
import { SignInHeading } from "@/components/account/sign-in-heading";
import { describeSignInPurpose } from "@/lib/auth/sign-in-purpose";
import { readSignInReturn } from "@/lib/accounts/return-to";
import { PASSWORD_MIN } from "@/lib/validations/password-limits";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("auth.signUp");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignUpPage({ params: route, searchParams }: Props) {
  const locale = await readPageLocale(route);
  const t = getPageTranslator();
  const params = await searchParams;
  const { callbackUrl, linkTo } = readSignInReturn({ requested: one(params.callbackUrl), locale });
  const error = formErrorText(one(params.error), locale);
  // A complaint about one field shows under it; the others keep what the reader typed.
  const field = error ? one(params.field) : undefined;
  const errorFor = (name: string) => (field === name && error ? error : undefined);
  const echo = await readFormEcho();
  const purpose = await describeSignInPurpose({ callbackUrl });
  return (
    <Container className="max-w-md">
      <SignInHeading purpose={purpose} action="signUp" />
      {error && !field ? (
        <Notice tone="error" className="mt-6">{error}</Notice>
      ) : null}
      <form method="post" action="/api/account/sign-up" className="mt-6 space-y-4">
        <LocaleField />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field label={t("auth.name")} name="name" autoComplete="name" required maxLength={100} defaultValue={echo.name} error={errorFor("name")} />
        <Field label={t("auth.email")} name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={echo.email} error={errorFor("email")} />
        <NewPasswordField label={t("auth.password")} hint={t("auth.passwordHint", { min: PASSWORD_MIN })} error={errorFor("password")} />
        <p className="text-sm text-muted">
          {t.rich("auth.terms", { terms: (c) => <TextLink href="/terms">{c}</TextLink>, privacy: (c) => <TextLink href="/privacy">{c}</TextLink> })}
        </p>
        <Button>{t("auth.createAccount")}</Button>
      </form>
      <p className="mt-8">
        {t("auth.already")} <TextLink href={linkTo("/sign-in")}>{t("auth.signIn")}</TextLink>
      </p>
    </Container>
  );
}
