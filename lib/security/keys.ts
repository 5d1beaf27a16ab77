import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";

// One key per purpose, all derived from AUTH_SECRET: a value signed or hashed for one purpose
// (an unsubscribe link, a cron call, a pseudonymous reader) is worthless for any other.

/** The key for `purpose`: HMAC-SHA256(AUTH_SECRET, "folio-" + purpose). */
export function purposeKey(purpose: string): Buffer {
  return crypto.createHmac("sha256", env.AUTH_SECRET ?? "").update(`folio-${purpose}`).digest();
}

/** HMAC-SHA256 of `value` under the purpose's key, base64url. */
export function signForPurpose({ purpose, value }: { purpose: string; value: string }): string {
  return crypto.createHmac("sha256", purposeKey(purpose)).update(value).digest("base64url");
}

/** Whether `signature` is the purpose's signature of `value`, compared in constant time. */
export function verifyForPurpose({ purpose, value, signature }: { purpose: string; value: string; signature: string }): boolean {
  return equalInConstantTime(signature, signForPurpose({ purpose, value }));
}

/** Whether a presented secret is the expected one, in time that does not tell how much matched. */
export function equalInConstantTime(given: string, wanted: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(wanted);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * A value signed for one purpose, to travel in a link: `<payload>.<signature>`, the payload being
 * JSON in base64url. Whoever holds it can read it; nobody without AUTH_SECRET can make or alter one.
 */
export function signToken({ purpose, payload }: { purpose: string; payload: unknown }): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${encoded}.${signForPurpose({ purpose, value: encoded })}`;
}

/** The payload of a token signed here for this purpose, or null (forged, cut, for another purpose or secret, too long). */
export function verifyToken({ purpose, token, maxLength = 12_000 }: { purpose: string; token: unknown; maxLength?: number }): unknown {
  if (typeof token !== "string" || token.length > maxLength || !env.AUTH_SECRET) return null;
  const [encoded, signature, extra] = token.split(".");
  if (!encoded || !signature || extra !== undefined) return null;
  if (!verifyForPurpose({ purpose, value: encoded, signature })) return null;
  try {
    return JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
