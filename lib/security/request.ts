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
  const version = isIP(address);
  if (version === 6) return ipv6Prefix(address, env.RATE_LIMIT_IPV6_PREFIX);
  return version ? address : "unknown";
}

/**
 * The network an IPv6 address belongs to, as "2001:db8:1:2::/64". One subscriber is given a
 * whole /64 (often a /56 or /48): counted per address, a client rotates through billions of them
 * and no limit holds.
 */
export function ipv6Prefix(address: string, bits: number): string {
  let text = address.split("%")[0].toLowerCase();
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) is two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === null ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  const words = groups.map((g) => parseInt(g, 16));
  const kept = words.map((word, i) => {
    const from = i * 16;
    if (from + 16 <= bits) return word;
    if (from >= bits) return 0;
    return word & (0xffff << (16 - (bits - from)));
  });
  const full = Math.ceil(bits / 16);
  return `${kept.slice(0, full).map((w) => w.toString(16)).join(":")}${full < 8 ? "::" : ""}/${bits}`;
}

/**
 * Cross-site form posts carry another site's Origin (browsers send it on every POST). Only the
 * configured public origin is accepted: the request's own Host and X-Forwarded-Host are whatever
 * the sender wrote.
 */
export function isSameOriginPost(request: Request): boolean {
  return request.headers.get("origin") === env.SITE_URL;
}
