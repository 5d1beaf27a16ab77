import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { env } from "@/lib/env";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader siteName={env.SITE_NAME} />
      <main id="main" className="flex-1 py-8 sm:py-12">
        {children}
      </main>
      <SiteFooter siteName={env.SITE_NAME} />
    </>
  );
}
