import type { Metadata, Viewport } from "next";
import { ArrivalNotices } from "@/components/account/arrival-notices";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: env.SITE_NAME, template: `%s | ${env.SITE_NAME}` },
  description: `Analyses, policy papers and reports from the ${env.SITE_NAME}.`,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0d5c63" };

// The site chrome lives here, not in a route group's layout, so that 404s (which render in the
// root layout) look like every other page. No cookies(), headers() or auth() in any layout or
// public page: they would make every page dynamic.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SiteHeader siteName={env.SITE_NAME} logo={env.SITE_LOGO} />
        <main id="main" className="flex-1 py-8 sm:py-12">
          <ArrivalNotices />
          {children}
        </main>
        <SiteFooter siteName={env.SITE_NAME} />
      </body>
    </html>
  );
}
