"use client";

import { analysisPdfPath } from "@/lib/accounts/return-to";
import { useMe } from "@/components/use-me";
import { useClientTranslations } from "@/components/use-client-translations";
import { useLocaleParam } from "@/components/ui/locale-link";

/**
 * The cached HTML says what everyone needs to know (a free account is required) and links to the
 * gated route, which sends signed-out readers to sign in and back. Signed in, the wording changes.
 */
export function DownloadButton({ slug }: { slug: string }) {
  const t = useClientTranslations();
  const me = useMe();
  const href = analysisPdfPath({ slug, locale: useLocaleParam() });
  return (
    <a href={href} className="inline-flex items-center gap-2 rounded bg-accent px-4 py-2.5 font-medium text-white transition-colors hover:bg-accent-dark" data-signed-in={me ? "true" : "false"}>
      {t(me ? "download.signedIn" : "download.signedOut")}
      <span className="sr-only"> {t("download.ofFull")}</span>
    </a>
  );
}
