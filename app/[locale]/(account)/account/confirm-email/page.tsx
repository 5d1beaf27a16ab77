import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";
import { LocaleField } from "@/components/ui/locale-field";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { TOKEN } from "@/lib/validations/auth";
import { formErrorText } from "@/lib/messages/catalog";
import { TextLink } from "@/components/ui/link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("auth.confirmTitle");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// A button rather than a change on arrival: mail scanners open links, and must not move accounts.
export default async function ConfirmEmailPage({ params: route, searchParams }: Props) {
  const locale = await readPageLocale(route);
  const t = getPageTranslator();
  const params = await searchParams;
  const token = one(params.token);
  const error = formErrorText(one(params.error), locale);
  const usable = !!token && TOKEN.test(token) && !error;
  return (
    <Container className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{t("auth.confirmTitle")}</h1>
      {error ? (
        <Notice tone="error" className="mt-6">{error}</Notice>
      ) : null}
      {usable ? (
        <form method="post" action="/api/account/confirm-email" className="mt-6 space-y-4">
          <LocaleField />
          <input type="hidden" name="token" value={token} />
          <p>{t("auth.confirmText")}</p>
          <Button>{t("auth.confirmButton")}</Button>
        </form>
      ) : (
        <p className="mt-6">
          {t("auth.confirmNeedsLink")} <TextLink href="/account">{t("auth.confirmAsk")}</TextLink>.
        </p>
      )}
    </Container>
  );
}
