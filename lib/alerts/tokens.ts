import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";
import { RECORD_ID } from "@/lib/validations/slug";

/**
 * The token in an alert mail's unsubscribe link and List-Unsubscribe header: it names the reader
 * and the alerts the mail was about, signed with AUTH_SECRET, so the link works without signing
 * in and cannot be made for anyone else's alerts. It does not expire: RFC 8058 expects a link in an
 * old mail to keep working.
 */
export type AlertStop = { userId: string; follows: string[]; searches: string[] };

const key = () => crypto.createHmac("sha256", env.AUTH_SECRET ?? "").update("folio-alert-unsubscribe").digest();
const sign = (payload: string) => crypto.createHmac("sha256", key()).update(payload).digest("base64url");

export function signAlertStop(stop: AlertStop): string {
  const payload = Buffer.from(JSON.stringify([stop.userId, stop.follows, stop.searches])).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

const ids = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 200 && v.every((x) => typeof x === "string" && RECORD_ID.test(x));

/** The stop a token names, or null for anything not signed here (forged, cut, or from another secret). */
export function verifyAlertStop(token: unknown): AlertStop | null {
  if (typeof token !== "string" || token.length > 12_000 || !env.AUTH_SECRET) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature);
  const wanted = Buffer.from(sign(payload));
  if (given.length !== wanted.length || !crypto.timingSafeEqual(given, wanted)) return null;
  try {
    const [userId, follows, searches] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown[];
    if (typeof userId !== "string" || !RECORD_ID.test(userId) || !ids(follows) || !ids(searches)) return null;
    return { userId, follows, searches };
  } catch {
    return null;
  }
}
