import { Container } from "@/components/ui/container";
import { Link } from "@/components/ui/locale-link";
import { feedPath } from "@/lib/validations/listing";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";
import { SITE_PAGE_SLUGS } from "@/lib/validations/site-pages";

export function SiteFooter({ siteName, locale }: { siteName: string; locale: Locale }) {
  const t = getTranslator({ locale });
  const browse: Array<[string, string]> = [
    ["/analyses", t("site.allAnalyses")],
    ["/centers", t("site.centresAndProgrammes")],
    ["/authors", t("site.researchers")],
  ];
  return (
    <footer className="mt-16 border-t border-line bg-white py-8 text-sm text-muted">
      <Container className="grid gap-6 sm:grid-cols-[1fr_auto_auto] sm:gap-12">
        <p className="max-w-sm">{t("site.tagline", { site: siteName })}</p>
        <nav aria-label={t("site.browse")}>
          <ul className="space-y-2">
            {browse.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="hover:underline">{label}</Link>
              </li>
            ))}
            <li>
              {/* A file, not a page: a plain link, which the client router would not fetch. */}
              <a href={feedPath()} className="hover:underline">{t("site.atomFeed")}</a>
            </li>
            <li>
              <a href={feedPath("languages", locale)} hrefLang={locale} className="hover:underline">{t("site.languageFeed")}</a>
            </li>
          </ul>
        </nav>
        <nav aria-label={t("site.institute")}>
          <ul className="space-y-2">
            {SITE_PAGE_SLUGS.map((slug) => (
              <li key={slug}>
                <Link href={`/${slug}`} className="hover:underline">{t(`site.pages.${slug}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
