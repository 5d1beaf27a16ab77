import { AccountMenu } from "@/components/account-menu";
import { LanguageSwitch } from "@/components/language-switch";
import { SearchBox } from "@/components/search/search-box";
import { Container } from "@/components/ui/container";
import { Link } from "@/components/ui/locale-link";
import { MainNav } from "@/components/main-nav";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";

export function SiteHeader({ siteName, logo, locale }: { siteName: string; logo: string; locale: Locale }) {
  const t = getTranslator({ locale });
  return (
    <header className="border-b border-line bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("site.skip")}
      </a>
      <Container className="flex flex-wrap items-center justify-between gap-x-8 gap-y-2 py-4">
        <Link href="/" className="flex items-center gap-3 font-serif text-xl font-semibold leading-tight text-accent-dark">
          {/* eslint-disable-next-line @next/next/no-img-element -- an operator's file or URL of any size and format; next/image is off */}
          <img src={logo} alt="" className="h-9 w-9 shrink-0 object-contain" width={36} height={36} />
          <span>{siteName}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <MainNav />
          <SearchBox />
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </Container>
    </header>
  );
}
