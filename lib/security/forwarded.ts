// Pure, and not server-only: scripts/serve.ts applies it to every request before Next sees it.
import type { IncomingHttpHeaders } from "node:http";

const HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/;
const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * Forwarded headers are the sender's words unless a proxy the operator declared (TRUST_PROXY)
 * wrote them. Without one they are dropped and X-Forwarded-For becomes the socket's address, so
 * nothing downstream (rate limits, Auth.js, Next) can be told another client or host. With one,
 * values that are not a host or a protocol are dropped rather than handed to URL parsers.
 */
export function normaliseForwardedHeaders(headers: IncomingHttpHeaders, { peer, trustProxy }: { peer: string | undefined; trustProxy: boolean }): void {
  if (!trustProxy) {
    for (const name of FORWARDED) delete headers[name];
    if (peer) headers["x-forwarded-for"] = peer;
    return;
  }
  const host = headers["x-forwarded-host"];
  if (host !== undefined && (typeof host !== "string" || !HOST.test(host))) delete headers["x-forwarded-host"];
  const proto = headers["x-forwarded-proto"];
  if (proto !== undefined && proto !== "http" && proto !== "https") delete headers["x-forwarded-proto"];
  if (!headers["x-forwarded-for"] && peer) headers["x-forwarded-for"] = peer;
}
