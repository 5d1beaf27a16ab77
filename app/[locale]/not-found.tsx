import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";
import { getPageTranslator } from "@/lib/i18n/request-locale";

// Rendered inside the locale's layout, which has recorded the locale for this render.
export default function NotFound() {
  const t = getPageTranslator();
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
    </Container>
  );
}
