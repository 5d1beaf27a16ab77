"use client";

import NextLink from "next/link";
import { useParams } from "next/navigation";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";

/**
 * The one link to a page of the site: a site-relative href is written once, locale-free
 * ("/analyses"), and leads to that page in the interface language being read ("/fr/analyses").
 * The locale comes from the route's [locale] segment, so static pages stay static.
 */
export function Link({ href, ...props }: React.ComponentProps<typeof NextLink>) {
  const locale = useLocaleParam();
  return <NextLink href={typeof href === "string" && href.startsWith("/") ? localePath(locale, href) : href} {...props} />;
}

/** The interface language of the page, for client components. */
export function useLocaleParam() {
  const params = useParams<{ locale?: string }>();
  return isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE;
}
