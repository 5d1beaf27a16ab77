import "server-only";
import { env } from "@/lib/env";

/**
 * The client's address for rate limiting. Next sets X-Forwarded-For from the socket only when the
 * request has none, so behind a reverse proxy the rightmost entry is the one the proxy saw.
 * Without a proxy a client can forge it; the per-email limit still applies then.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip") || "unknown";
}

/**
 * Cross-site form posts carry another site's Origin (browsers send it on every POST).
 * Accept the configured site and the host the request was addressed to.
 */
export function isSameOriginPost(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const allowed = new Set([new URL(env.SITE_URL).origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  if (host) allowed.add(`${proto}://${host}`);
  return allowed.has(origin);
}
