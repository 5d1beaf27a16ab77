import "server-only";
import { env } from "@/lib/env";
import { signForPurpose, verifyForPurpose } from "@/lib/security/keys";
import { RECORD_ID } from "@/lib/validations/slug";

/**
 * The token in an alert mail's unsubscribe link and List-Unsubscribe header: it names the reader
 * and the alerts the mail was about, signed with AUTH_SECRET, so the link works without signing
 * in and cannot be made for anyone else's alerts. It does not expire: RFC 8058 expects a link in an
 * old mail to keep working.
 */
export type AlertStop = { userId: string; follows: string[]; searches: string[] };

const PURPOSE = "alert-unsubscribe";

export function signAlertStop(stop: AlertStop): string {
  const payload = Buffer.from(JSON.stringify([stop.userId, stop.follows, stop.searches])).toString("base64url");
  return `${payload}.${signForPurpose({ purpose: PURPOSE, value: payload })}`;
}

const ids = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 200 && v.every((x) => typeof x === "string" && RECORD_ID.test(x));

/** The stop a token names, or null for anything not signed here (forged, cut, or from another secret). */
export function verifyAlertStop(token: unknown): AlertStop | null {
  if (typeof token !== "string" || token.length > 12_000 || !env.AUTH_SECRET) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  if (!verifyForPurpose({ purpose: PURPOSE, value: payload, signature })) return null;
  try {
    const [userId, follows, searches] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown[];
    if (typeof userId !== "string" || !RECORD_ID.test(userId) || !ids(follows) || !ids(searches)) return null;
    return { userId, follows, searches };
  } catch {
    return null;
  }
}
