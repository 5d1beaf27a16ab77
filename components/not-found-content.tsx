import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";

/** The 404's words and ways out, in one language; `aside`: a line in the other language under it. */
export function NotFoundContent({ locale, aside }: { locale: Locale; aside?: Locale }) {
  const t = getTranslator({ locale });
  const other = aside ? getTranslator({ locale: aside }) : null;
  return (
    <Container className="max-w-2xl py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("notFound.eyebrow")}</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("notFound.title")}</h1>
      <p className="mt-4 text-muted">{t("notFound.text")}</p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <TextLink href="/analyses">{t("notFound.browse")}</TextLink>
        </li>
        <li>
          <TextLink href="/">{t("notFound.home")}</TextLink>
        </li>
      </ul>
      {other && aside ? (
        <p className="mt-10 border-t border-line pt-4 text-muted" lang={aside}>
          {other("notFound.title")}. <a className="text-accent underline" href={`/${aside}`}>{other("notFound.home")}</a>
        </p>
      ) : null}
    </Container>
  );
}
