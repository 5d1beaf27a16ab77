import { SitePageView, sitePageMetadata } from "@/components/site-page";

// Static: an admin's edit expires it (lib/site-pages).
export const revalidate = 86400;

export function generateMetadata() {
  return sitePageMetadata({ slug: "about" });
}

export default function AboutPage() {
  return <SitePageView slug="about" />;
}
