import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";
import { LocaleField } from "@/components/ui/locale-field";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { formErrorText } from "@/lib/messages/catalog";
import { TextLink } from "@/components/ui/link";
import { PASSWORD_MIN } from "@/lib/validations/password-limits";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("auth.resetTitle");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ResetPasswordPage({ params: route, searchParams }: Props) {
  const locale = await readPageLocale(route);
  const t = getPageTranslator();
  const params = await searchParams;
  const token = one(params.token);
  const code = one(params.error);
  const error = formErrorText(code, locale);
  const usable = !!token && /^[A-Za-z0-9_-]{20,100}$/.test(token);
  return (
    <Container className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{t("auth.resetTitle")}</h1>
      {error ? (
        <Notice tone="error" className="mt-6">{error}</Notice>
      ) : null}
      {usable && code !== "auth.linkInvalid" ? (
        <form method="post" action="/api/account/reset-password" className="mt-6 space-y-4">
          <LocaleField />
          <input type="hidden" name="token" value={token} />
          <NewPasswordField label={t("auth.newPassword")} hint={t("auth.passwordHint", { min: PASSWORD_MIN })} />
          <Button>{t("auth.resetSave")}</Button>
        </form>
      ) : (
        <p className="mt-6">
          {t("auth.resetNeedsLink")} <TextLink href="/forgot-password">{t("auth.askNewLink")}</TextLink>.
        </p>
      )}
    </Container>
  );
}
