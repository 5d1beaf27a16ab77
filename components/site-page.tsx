import { Container } from "@/components/ui/container";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { contentLang, getPageTranslator, getRequestLocale } from "@/lib/i18n/request-locale";
import { renderMarkdown } from "@/lib/markdown";
import { pageMetadata } from "@/lib/seo";
import { getSitePage } from "@/lib/site-pages/site-pages";
import type { SitePageSlug } from "@/lib/validations/site-pages";

// The institute's own pages (/about, /contact, /privacy, /terms) are one page each in app/, made
// of these two: the text admins edit in the back office, rendered like a summary.

export async function sitePageMetadata({ slug, locale }: { slug: SitePageSlug; locale: Locale }) {
  const page = await getSitePage({ slug, locale });
  return pageMetadata({ title: page.title, description: page.body.replace(/[#*_[\]()]/g, "").slice(0, 200), locale, path: `/${slug}` });
}

export async function SitePageView({ slug }: { slug: SitePageSlug }) {
  const locale = getRequestLocale();
  const page = await getSitePage({ slug, locale });
  // A page not yet written in this language shows the catalogue language's text, marked as such.
  const lang = contentLang(page.lang);
  return (
    <Container className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl" lang={lang}>{page.title}</h1>
      <div className="prose-summary mt-6" lang={lang} dangerouslySetInnerHTML={{ __html: renderMarkdown(page.body) }} />
      {page.updatedAt ? <p className="mt-10 text-sm text-muted">{getPageTranslator()("site.lastUpdated", { date: formatDate(page.updatedAt, locale) })}</p> : null}
    </Container>
  );
}
