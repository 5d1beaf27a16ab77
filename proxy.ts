// Serves listings and search results from cache: each canonical query string is rewritten to an
// internal ISR path (see lib/http/query-cache.ts). The public URL stays what the reader typed.
import { NextResponse, type NextRequest } from "next/server";
import { CACHED_QUERY_PREFIX, cachedQueryPath } from "@/lib/http/query-cache";

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // The internal paths are not addresses of their own: one public URL per page.
  if (pathname.startsWith(CACHED_QUERY_PREFIX)) return NextResponse.rewrite(new URL("/q", request.url));
  const target = cachedQueryPath(pathname, searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/analyses", "/search", "/q/:path*"] };
