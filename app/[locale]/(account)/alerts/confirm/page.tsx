import { env } from "@/lib/env";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";
import { LocaleField } from "@/components/ui/locale-field";
import { Notice } from "@/components/ui/notice";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("alerts.confirm.title");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// The link mailed after a hard bounce (lib/alerts/reconfirm.ts): a button, so a scanner opening
// the link resumes nothing; the token is checked when the form is posted.
export default async function ConfirmAlertsPage({ params: route, searchParams }: Props) {
  await readPageLocale(route);
  const t = getPageTranslator();
  const params = await searchParams;
  const token = one(params.token);
  const done = one(params.done) === "1";
  return (
    <Container className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{t("alerts.confirm.title")}</h1>
      {done ? (
        <Notice tone="success" className="mt-6">{t("alerts.confirm.done")}</Notice>
      ) : (
        <form method="post" action="/api/alerts/confirm" className="mt-6 space-y-4">
          <LocaleField />
          <input type="hidden" name="token" value={token ?? ""} />
          <p>{t("alerts.confirm.question", { site: env.SITE_NAME })}</p>
          <Button>{t("alerts.confirm.confirm")}</Button>
        </form>
      )}
      <p className="mt-6">
        <TextLink href="/account/alerts">{t("alerts.unsubscribe.manage")}</TextLink>
      </p>
    </Container>
  );
}
