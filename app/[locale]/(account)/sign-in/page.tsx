import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";
import { LocaleField } from "@/components/ui/locale-field";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formErrorText } from "@/lib/messages/catalog";
import { readFormEcho } from "@/lib/http/form-echo";
import { PASSWORD_MAX } from "@/lib/validations/password-limits";
import { TextLink } from "@/components/ui/link";
import { SignInHeading } from "@/components/account/sign-in-heading";
import { describeSignInPurpose } from "@/lib/auth/sign-in-purpose";
import { readSignInReturn } from "@/lib/accounts/return-to";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("auth.signIn");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ params: route, searchParams }: Props) {
  const locale = await readPageLocale(route);
  const t = getPageTranslator();
  const params = await searchParams;
  const { callbackUrl, linkTo } = readSignInReturn({ requested: one(params.callbackUrl), locale });
  const error = formErrorText(one(params.error), locale);
  const reset = one(params.notice) === "password-reset";
  const purpose = await describeSignInPurpose({ callbackUrl });
  const echo = await readFormEcho();
  return (
    <Container className="max-w-md">
      <SignInHeading purpose={purpose} action="signIn" />
      <div className="mt-6 space-y-4">
        {error ? <Notice tone="error">{error}</Notice> : null}
        {reset ? <Notice tone="success">{t("auth.passwordReset")}</Notice> : null}
      </div>
      <form method="post" action="/api/account/sign-in" className="mt-6 space-y-4">
        <LocaleField />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field label={t("auth.email")} name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={echo.email} />
        <Field label={t("auth.password")} name="password" type="password" autoComplete="current-password" required maxLength={PASSWORD_MAX} />
        <div className="flex flex-wrap items-center justify-between gap-4">
          <Button>{t("auth.signIn")}</Button>
          <TextLink href="/forgot-password">{t("auth.forgot")}</TextLink>
        </div>
      </form>
      <section aria-labelledby="magic" className="mt-10 border-t border-line pt-6">
        <h2 id="magic" className="text-lg font-semibold">{t("auth.magicTitle")}</h2>
        <form method="post" action="/api/account/magic-link" className="mt-3 space-y-4">
          <LocaleField />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Field label={t("auth.magicEmail")} id="field-link-email" name="email" type="email" autoComplete="email" required maxLength={254} />
          <Button variant="secondary">{t("auth.magicSend")}</Button>
        </form>
      </section>
      <p className="mt-10">
        {t("auth.newHere")} <TextLink href={linkTo("/sign-up")}>{t("auth.createFree")}</TextLink>
      </p>
    </Container>
  );
}
