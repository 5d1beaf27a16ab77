import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";
import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("auth.checkTitle");

// The same words whether or not the address has an account.
export default async function CheckEmailPage({ params, searchParams }: Props) {
  await readPageLocale(params);
  const t = getPageTranslator();
  const reset = (await searchParams).for === "reset";
  return (
    <Container className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{t("auth.checkTitle")}</h1>
      <p className="mt-4">
        {t(reset ? "auth.checkReset" : "auth.checkLink")} {t("auth.checkOnce")}
      </p>
      <p className="mt-4 text-muted">{t("auth.checkSpam")}</p>
      <p className="mt-6">
        <TextLink href="/sign-in">{t("auth.backToSignIn")}</TextLink>
      </p>
    </Container>
  );
}
