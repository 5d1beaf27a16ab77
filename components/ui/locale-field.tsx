"use client";

import { useLocaleParam } from "@/components/ui/locale-link";

/**
 * The hidden field that tells the post gateway (lib/http/gateway) the form's language: refusals
 * are said, and pages returned to, in it. In every form of a localized page, server-rendered or
 * not: the language comes from the address, so it is in the HTML before any script runs.
 */
export function LocaleField() {
  return <input type="hidden" name="locale" value={useLocaleParam()} />;
}
