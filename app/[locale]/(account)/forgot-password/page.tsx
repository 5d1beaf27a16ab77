import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";
import { LocaleField } from "@/components/ui/locale-field";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formErrorText } from "@/lib/messages/catalog";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("auth.forgotMeta");

export default async function ForgotPasswordPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = getPageTranslator();
  const code = (await searchParams).error;
  const error = formErrorText(Array.isArray(code) ? code[0] : code, locale);
  return (
    <Container className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{t("auth.forgotTitle")}</h1>
      <p className="mt-2 text-muted">{t("auth.forgotText")}</p>
      {error ? (
        <Notice tone="error" className="mt-6">{error}</Notice>
      ) : null}
      <form method="post" action="/api/account/forgot-password" className="mt-6 space-y-4">
        <LocaleField />
        <Field label={t("auth.email")} name="email" type="email" autoComplete="email" required maxLength={254} />
        <Button>{t("auth.forgotSend")}</Button>
      </form>
    </Container>
  );
}
