// Two jobs, both before any route code runs:
// - server action posts from anywhere but SITE_URL are refused with a readable 403 (Next's own
//   check compares the Origin with the request's Host, which the sender writes, and answers 500);
// - listings and search results are served from cache: each canonical query string is rewritten to
//   an internal ISR path (see lib/http/query-cache.ts). The public URL stays what the reader typed.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { CACHED_QUERY_PREFIX, cachedQueryPath } from "@/lib/http/query-cache";
import { nextOnlySearch } from "@/lib/http/visitor-query";
import { messageFor } from "@/lib/messages/catalog";

function refuseCrossSite() {
  const { title, text } = messageFor("request.crossSite");
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p><p><a href="/">Home page</a></p></body></html>`;
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
  // The key carries the canonical query; the visitor's own must not reach the cached render.
  url.search = nextOnlySearch(searchParams);
  return NextResponse.rewrite(url);
}

// Only server action posts run this on other paths: public pages keep their cached speed.
export const config = { matcher: ["/analyses", "/search", "/q/:path*", { source: "/:path*", has: [{ type: "header", key: "next-action" }] }] };
