import { getRequestLocale } from "@/lib/i18n/request-locale";

/**
 * The hidden field that tells the post gateway (lib/http/gateway) the form's language: refusals
 * are said, and pages returned to, in it. In every form of a localized page.
 */
export function LocaleField() {
  return <input type="hidden" name="locale" value={getRequestLocale()} />;
}
