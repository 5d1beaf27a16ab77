import "server-only";
import { env } from "@/lib/env";
import { equalInConstantTime, purposeKey } from "@/lib/security/keys";

/**
 * Proves a call to /api/cron/<job> came from this deployment's own timer, or from an operator's
 * cron holding the secret: the base64url HMAC-SHA256 of "folio-cron" keyed with AUTH_SECRET.
 */
export function cronToken(): string {
  return purposeKey("cron").toString("base64url");
}

export function isCronRequest(request: Request): boolean {
  return !!env.AUTH_SECRET && equalInConstantTime(request.headers.get("authorization") ?? "", `Bearer ${cronToken()}`);
}
