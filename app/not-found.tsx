import type { Metadata } from "next";
import { NotFoundContent } from "@/components/not-found-content";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";
import "./globals.css";

export const metadata: Metadata = { title: `${getTranslator()("notFound.title")} | ${env.SITE_NAME}`, robots: { index: false } };

// An address no route matches. Static, so it is whole HTML for every visitor, script or not; it
// cannot know which language was wanted, so it speaks the default one, with a line in French.
export default function RootNotFound() {
  return (
    <html lang={DEFAULT_LOCALE}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SiteHeader siteName={env.SITE_NAME} logo={env.SITE_LOGO} locale={DEFAULT_LOCALE} />
        <main id="main" className="flex-1 py-8 sm:py-12">
          <NotFoundContent locale={DEFAULT_LOCALE} aside="fr" />
        </main>
        <SiteFooter siteName={env.SITE_NAME} locale={DEFAULT_LOCALE} />
      </body>
    </html>
  );
}
