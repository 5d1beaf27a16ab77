"use client";

import { useMemo } from "react";
import { useLocaleParam } from "@/components/ui/locale-link";
import { getClientTranslator } from "@/lib/i18n/client-messages";

/**
 * The texts of client components, in the page's interface language (from its address): no
 * provider, so a component works wherever it is rendered. `t("bookmark.save")`.
 */
export function useClientTranslations() {
  const locale = useLocaleParam();
  return useMemo(() => getClientTranslator({ locale }), [locale]);
}
