import { SitePageView, sitePageMetadata } from "@/components/site-page";

// Static: an admin's edit expires it (lib/site-pages).
export const revalidate = 86400;

export function generateMetadata() {
  return sitePageMetadata({ slug: "terms" });
}

export default function TermsPage() {
  return <SitePageView slug="terms" />;
}
