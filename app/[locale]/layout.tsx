import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { ArrivalNotices } from "@/components/account/arrival-notices";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { env } from "@/lib/env";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import { getTranslator } from "@/lib/i18n/translate";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// Each interface language is a static tree of its own: English unprefixed (next.config.js rewrites
// it here), French under /fr.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = getTranslator({ locale: isLocale(locale) ? locale : undefined });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: env.SITE_NAME, template: `%s | ${env.SITE_NAME}` },
    description: t("site.description", { site: env.SITE_NAME }),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0d5c63" };

// The site chrome lives here, not in a route group's layout, so that 404s look like every other
// page. No cookies(), headers() or auth() in any layout or public page: they would make every page
// dynamic. The language is the route's, so <html lang> is right in the cached HTML.
export default async function LocaleLayout({ children, params }: Props) {
  const { locale: param } = await params;
  if (!isLocale(param)) notFound();
  const locale = setRequestLocale(param);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SiteHeader siteName={env.SITE_NAME} logo={env.SITE_LOGO} locale={locale} />
        <main id="main" className="flex-1 py-8 sm:py-12">
          <ArrivalNotices />
          {children}
        </main>
        <SiteFooter siteName={env.SITE_NAME} locale={locale} />
      </body>
    </html>
  );
}
