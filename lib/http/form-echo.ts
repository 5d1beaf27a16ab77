import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

// What a reader typed into a refused auth form (their name, their email, never a password) comes
// back to the form in a short-lived cookie scoped to the form's path, not in the address, where it
// would land in history, logs and Referer headers.
const COOKIE = "folio-form-echo";
const MAX_AGE_SECONDS = 120;
const MAX_VALUE = 300;

/** The Set-Cookie header that carries `values` back to the form at `path`. */
export function formEchoCookie({ path, values }: { path: string; values: Record<string, string> }): string {
  const kept = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.slice(0, MAX_VALUE)]));
  const secure = env.SITE_URL.startsWith("https:") ? "; Secure" : "";
  return `${COOKIE}=${encodeURIComponent(JSON.stringify(kept))}; Path=${path}; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}

/** The values the form's last refused post carried, for its fields' default values. */
export async function readFormEcho(): Promise<Record<string, string>> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== "object") return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return {};
  }
}
