// Three jobs, all before any route code runs:
// - server action posts from anywhere but SITE_URL are refused with a readable 403 (Next's own
//   check compares the Origin with the request's Host, which the sender writes, and answers 500);
// - listings and search results are served from cache: each canonical query string is rewritten to
//   an internal ISR path (see lib/http/query-cache.ts). The public URL stays what the reader typed;
// - the home page sends a reader who chose French with the language switch to /fr.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { CACHED_QUERY_PREFIX, cachedQueryPath } from "@/lib/http/query-cache";
import { messagePageHtml } from "@/lib/http/message-page";
import { messageFor } from "@/lib/messages/catalog";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { localePath, splitLocalePath } from "@/lib/i18n/paths";
import { LOCALE_COOKIE } from "@/lib/i18n/cookie";

function refuseCrossSite() {
  const { title, text } = messageFor("request.crossSite");
  const body = messagePageHtml({ title, message: text, backHref: "/", backLabel: "Home page", siteName: env.SITE_NAME });
  return new NextResponse(body, { status: 403, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

export function proxy(request: NextRequest) {
  if (request.headers.has("next-action")) {
    if (request.method !== "POST" || request.headers.get("origin") !== env.SITE_URL) return refuseCrossSite();
    return NextResponse.next();
  }
  const { pathname: publicPath, searchParams } = request.nextUrl;
  // The home page remembers the language a reader chose with the switch: the page itself stays
  // static, and every other page's language is in its address already.
  if (publicPath === "/") {
    const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
    if (chosen && chosen !== DEFAULT_LOCALE && isLocale(chosen)) return NextResponse.redirect(new URL(localePath(chosen, "/"), env.SITE_URL), 303);
    return NextResponse.next();
  }
  const { locale, path } = splitLocalePath(publicPath);
  // The internal paths are not addresses of their own: one public URL per page.
  if (path.startsWith(CACHED_QUERY_PREFIX)) return NextResponse.rewrite(new URL("/q", request.url));
  const target = cachedQueryPath(path, searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  // Straight to the locale's route: the unprefixed-English rewrite (next.config.js) runs after this.
  url.pathname = `/${locale}${target}`;
  return NextResponse.rewrite(url);
}

// Only the home page, listings, searches and server action posts run this: the other public pages
// keep their cached speed.
export const config = {
  matcher: ["/", "/analyses", "/search", "/q/:path*", "/:locale(en|fr)/analyses", "/:locale(en|fr)/search", "/:locale(en|fr)/q/:path*", { source: "/:path*", has: [{ type: "header", key: "next-action" }] }],
};
