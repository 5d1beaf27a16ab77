// Two jobs, both before any route code runs:
// - server action posts from anywhere but SITE_URL are refused with a readable 403 (Next's own
//   check compares the Origin with the request's Host, which the sender writes, and answers 500);
// - listings and search results are served from cache: each canonical query string is rewritten to
//   an internal ISR path (see lib/http/query-cache.ts). The public URL stays what the reader typed.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { CACHED_QUERY_PREFIX, cachedQueryPath } from "@/lib/http/query-cache";
import { messagePageHtml } from "@/lib/http/message-page";
import { messageFor } from "@/lib/messages/catalog";
import { splitLocalePath } from "@/lib/i18n/paths";

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

// Only listings, searches and server action posts run this: the other public pages keep their
// cached speed.
export const config = {
  matcher: ["/analyses", "/search", "/q/:path*", "/:locale(en|fr)/analyses", "/:locale(en|fr)/search", "/:locale(en|fr)/q/:path*", { source: "/:path*", has: [{ type: "header", key: "next-action" }] }],
};
