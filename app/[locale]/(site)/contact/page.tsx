import { SitePageView, sitePageMetadata } from "@/components/site-page";
import { readPageLocale } from "@/lib/i18n/request-locale";

// Static: an admin's edit expires it (lib/site-pages).
export const revalidate = 86400;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return sitePageMetadata({ slug: "contact", locale: await readPageLocale(params) });
}

export default async function Page({ params }: Props) {
  await readPageLocale(params);
  return <SitePageView slug="contact" />;
}
