import "server-only";
import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The client's address, for rate limiting. The server (scripts/serve.ts) sets X-Forwarded-For to
 * the socket's address unless TRUST_PROXY says a proxy is in front; behind that proxy, which
 * overwrites or appends to it, the rightmost entry is the one the proxy saw.
 */
export function clientAddress(headers: Headers): string {
  const last = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() ?? "";
  const address = last.replace(/^::ffff:(?=\d+\.)/, "");
  return isIP(address) ? address : "unknown";
}

/**
 * Cross-site form posts carry another site's Origin (browsers send it on every POST). Only the
 * configured public origin is accepted: the request's own Host and X-Forwarded-Host are whatever
 * the sender wrote.
 */
export function isSameOriginPost(request: Request): boolean {
  return request.headers.get("origin") === env.SITE_URL;
}
