"use client";

import { usePathname } from "next/navigation";
import { useClientTranslations } from "@/components/use-client-translations";
import { useLocaleParam } from "@/components/ui/locale-link";
import { LOCALE_COOKIE } from "@/lib/i18n/cookie";
import { LOCALES } from "@/lib/i18n/locales";
import { localePath, publicPathOf } from "@/lib/i18n/paths";


/**
 * The link to this page in the other interface language. A publication's page answers that
 * address with its translation when it has one. A filtered listing stays filtered.
 */
export function LanguageSwitch() {
  const t = useClientTranslations();
  const locale = useLocaleParam();
  const other = LOCALES.find((l) => l !== locale) ?? locale;
  const path = publicPathOf(usePathname() ?? "/");
  // The choice is remembered for the home page only (a redirect in next.config.js): every other page's language is in
  // its address. The query string is the browser's, added as the link is followed.
  const follow = (event: React.MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.search = window.location.search;
    document.cookie = `${LOCALE_COOKIE}=${other}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
  };
  return (
    <a href={localePath(other, path)} hrefLang={other} lang={other} onClick={follow} className="text-sm text-accent hover:underline" aria-label={t("switch.toLong")} data-testid="language-switch">
      {t("switch.to")}
    </a>
  );
}
