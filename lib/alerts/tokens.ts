import "server-only";
import { signToken, verifyToken } from "@/lib/security/keys";
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
  return signToken({ purpose: PURPOSE, payload: [stop.userId, stop.follows, stop.searches] });
}

const ids = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 200 && v.every((x) => typeof x === "string" && RECORD_ID.test(x));

/** The stop a token names, or null for anything not signed here (forged, cut, or from another secret). */
export function verifyAlertStop(token: unknown): AlertStop | null {
  const payload = verifyToken({ purpose: PURPOSE, token });
  if (!Array.isArray(payload)) return null;
  const [userId, follows, searches] = payload as unknown[];
  if (typeof userId !== "string" || !RECORD_ID.test(userId) || !ids(follows) || !ids(searches)) return null;
  return { userId, follows, searches };
}
