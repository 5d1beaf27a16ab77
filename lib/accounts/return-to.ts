// Pure: shared by the server (where sign-in sends a reader back to) and the client components
// that confirm what happened when they land.
//
// Where a reader goes after signing in is a same-origin path with a fragment naming what they
// were doing. A fragment never reaches the server, so the cached public page stays one page for
// everyone; the page reacts to it in the browser, and without JavaScript through CSS `:target`.
import { safeRedirectPath } from "@/lib/security/redirect";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localePath, splitLocalePath } from "@/lib/i18n/paths";
import { isSlug } from "@/lib/validations/ids";

/** The analysis page's "your download is ready" notice. */
export const DOWNLOAD_READY = "download-ready";
/** The site-wide "saved to your library" notice. */
export const SAVED_TO_LIBRARY = "saved-to-library";
/** The site-wide "you will be told" notice, after a follow or a saved search made while signed out. */
export const ALERT_SET = "alert-set";
/** The home page's "your account was deleted" notice. */
export const ACCOUNT_DELETED = "account-deleted";

export type ReturnIntent = { kind: "download"; slug: string } | { kind: "save"; path: string } | { kind: "visit"; path: string };

/**
 * The gated full text's address (a rewrite to pages/api/pdf). Under a locale, so that a signed-out
 * reader is sent to that locale's sign-in and back to that locale's page.
 */
export function analysisPdfPath({ slug, locale = DEFAULT_LOCALE }: { slug: string; locale?: Locale }): string {
  return localePath(locale, `/analyses/${slug}/pdf`);
}

/** After signing in to download: the analysis page, which confirms and starts the download. */
export function downloadReturnPath({ slug, locale = DEFAULT_LOCALE }: { slug: string; locale?: Locale }): string {
  return localePath(locale, `/analyses/${slug}#${DOWNLOAD_READY}`);
}

/** After signing in to save: the page the reader saved from, which confirms the save. */
export function savedReturnPath({ back, notice = SAVED_TO_LIBRARY }: { back: string; notice?: typeof SAVED_TO_LIBRARY | typeof ALERT_SET }): string {
  const path = safeRedirectPath(back).split("#")[0];
  return `${path}#${notice}`;
}

/** What a sign-in's callbackUrl says the reader was doing. */
export function readReturnIntent(callbackUrl: string): ReturnIntent {
  const safe = safeRedirectPath(callbackUrl);
  const [path, hash = ""] = safe.split("#", 2);
  const [, first, slug, rest] = splitLocalePath(path).path.split("/");
  const analysis = first === "analyses" && slug && isSlug(slug) ? slug : null;
  if (analysis && rest === undefined && hash === DOWNLOAD_READY) return { kind: "download", slug: analysis };
  // Older links went to the file itself.
  if (analysis && rest === "pdf" && splitLocalePath(path).path.split("/").length === 4) return { kind: "download", slug: analysis };
  if (hash === SAVED_TO_LIBRARY) return { kind: "save", path };
  return { kind: "visit", path: safe };
}

/**
 * The sign-in and sign-up pages' return address: the callbackUrl asked for, else the home page of
 * the language being read. `linkTo` carries it to the other form, dropping it when it is the default.
 */
export function readSignInReturn({ requested, locale }: { requested: string | undefined; locale: Locale }) {
  const home = localePath(locale, "/");
  const callbackUrl = safeRedirectPath(requested, home);
  const linkTo = (path: string) => (callbackUrl === home ? path : `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return { callbackUrl, linkTo };
}
