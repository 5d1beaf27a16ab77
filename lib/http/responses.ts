import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { env } from "@/lib/env";
import { messagePageHtml } from "@/lib/http/message-page";
import { rateLimitedMessage } from "@/lib/messages/catalog";

/** A small page in the site's colours for answers that are not a redirect: 403, 413, 429. */
export function htmlMessage({ status, title, message, backHref, headers, locale = DEFAULT_LOCALE }: { status: number; title: string; message: string; backHref: string; headers?: Record<string, string>; locale?: Locale }) {
  const body = messagePageHtml({ title, message, backHref, siteName: env.SITE_NAME, locale });
  return new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers } });
}

export function tooManyRequests({ retryAfterSeconds, backHref, locale = DEFAULT_LOCALE }: { retryAfterSeconds: number; backHref: string; locale?: Locale }) {
  const { title, text } = rateLimitedMessage(retryAfterSeconds, locale);
  return htmlMessage({
    locale,
    status: 429,
    title,
    message: text,
    backHref,
    headers: { "retry-after": String(retryAfterSeconds) },
  });
}

/** 303 to a path of this site (SITE_URL, never the request's host): after a POST, the browser follows with a GET. */
export function seeOther(path: string) {
  return new Response(null, { status: 303, headers: { location: new URL(path, env.SITE_URL).toString(), "cache-control": "no-store" } });
}

// Enough for a 2,000-character note in any script, urlencoded; nothing legitimate is larger.
export const MAX_FORM_BYTES = 64 * 1024;

/** The body's bytes, or null once it passes `maxBytes`: read chunk by chunk, never whole first. */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Reads a urlencoded or multipart form, refusing bodies over MAX_FORM_BYTES: by their declared
 * length before reading, and while reading when none is declared (chunked). Returns null for an
 * oversized or unreadable body.
 */
export async function readSmallForm(request: Request, { maxBytes = MAX_FORM_BYTES }: { maxBytes?: number } = {}): Promise<FormData | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!(declared <= maxBytes)) return null;
  const raw = await readCapped(request, maxBytes);
  if (!raw) return null;
  try {
    return await new Response(raw as Uint8Array<ArrayBuffer>, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return null;
  }
}

/** The first text value of each field (files and repeats ignored). */
export function firstValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form) if (typeof v === "string" && !(k in out)) out[k] = v;
  return out;
}

export function notFoundResponse(backHref = "/") {
  return htmlMessage({ status: 404, title: "Not found", message: "There is nothing here, or it is not yours.", backHref });
}

/** Script-driven forms ask for JSON; a plain form post gets a page. */
export function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json");
}

/**
 * The answer to a back-office form. Script-driven forms ask for JSON and show the errors next to
 * their fields; a plain form post gets a page listing them, and the browser's Back keeps the input.
 */
export function formFailure(request: Request, { status, title, message, errors = {}, backHref }: { status: number; title: string; message: string; errors?: Record<string, string>; backHref: string }) {
  if (wantsJson(request)) return Response.json({ ok: false, message, errors }, { status, headers: { "cache-control": "no-store" } });
  // "conflict" carries a link for the script-driven form, not a message; a field's text that
  // repeats the message adds nothing.
  const details = Object.entries(errors)
    .filter(([k, v]) => k !== "conflict" && v !== message)
    .map(([, v]) => v);
  return htmlMessage({ status, title, message: [message, ...new Set(details)].join(" "), backHref });
}

export function formSuccess(request: Request, { redirect }: { redirect: string }) {
  if (wantsJson(request)) return Response.json({ ok: true, redirect }, { headers: { "cache-control": "no-store" } });
  return seeOther(redirect);
}
