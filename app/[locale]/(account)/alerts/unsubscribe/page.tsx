import { env } from "@/lib/env";
import { verifyAlertStop } from "@/lib/alerts/tokens";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { messageFor } from "@/lib/messages/catalog";
import { unindexedPageMetadata } from "@/lib/seo";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";
import { LocaleField } from "@/components/ui/locale-field";
import { Notice } from "@/components/ui/notice";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("alerts.unsubscribe.title");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// The unsubscribe link in an alert mail's body. A button rather than a change on arrival: mail
// scanners open links, and must not stop anyone's alerts. No sign-in: the signed token decides.
export default async function UnsubscribePage({ params: route, searchParams }: Props) {
  const locale = await readPageLocale(route);
  const t = getPageTranslator();
  const params = await searchParams;
  const token = one(params.token);
  const done = one(params.done) === "1";
  const usable = !done && !!verifyAlertStop(token);
  return (
    <Container className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{t("alerts.unsubscribe.title")}</h1>
      {done ? (
        <Notice tone="success" className="mt-6">{t("alerts.unsubscribe.done")}</Notice>
      ) : usable ? (
        <form method="post" action="/api/alerts/unsubscribe" className="mt-6 space-y-4">
          <LocaleField />
          <input type="hidden" name="token" value={token} />
          <p>{t("alerts.unsubscribe.question", { site: env.SITE_NAME })}</p>
          <Button>{t("alerts.unsubscribe.confirm")}</Button>
        </form>
      ) : (
        <Notice tone="error" className="mt-6">{messageFor("alerts.badLink", {}, locale).text}</Notice>
      )}
      <p className="mt-6">
        <TextLink href="/account/alerts">{t("alerts.unsubscribe.manage")}</TextLink>
      </p>
    </Container>
  );
}
