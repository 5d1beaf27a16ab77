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
  const { pathname, searchParams } = request.nextUrl;
  // The internal paths are not addresses of their own: one public URL per page.
  if (pathname.startsWith(CACHED_QUERY_PREFIX)) return NextResponse.rewrite(new URL("/q", request.url));
  const target = cachedQueryPath(pathname, searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

// Only server action posts run this on other paths: public pages keep their cached speed.
export const config = { matcher: ["/analyses", "/search", "/q/:path*", { source: "/:path*", has: [{ type: "header", key: "next-action" }] }] };
