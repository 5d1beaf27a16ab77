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

/** Asks this machine's server to run a job through its cron route (jobs that must run inside a request). */
export function postToLocalCron({ name, payload }: { name: string; payload?: unknown }): Promise<Response> {
  return fetch(localCronUrl(name), { method: "POST", headers: { authorization: `Bearer ${cronToken()}`, "content-type": "application/json" }, body: JSON.stringify(payload ?? {}) });
}

export function localCronUrl(name: string): string {
  return `http://127.0.0.1:${env.PORT}/api/cron/${name}`;
}

export function isCronRequest(request: Request): boolean {
  return !!env.AUTH_SECRET && equalInConstantTime(request.headers.get("authorization") ?? "", `Bearer ${cronToken()}`);
}
