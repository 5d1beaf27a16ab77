import "server-only";
import type { z } from "zod";
import { firstValues, htmlMessage, readSmallForm, seeOther, tooManyRequests } from "@/lib/http/responses";
import { checkAuthRateLimit, type AuthAction } from "@/lib/security/rate-limit";
import { safeRedirectPath } from "@/lib/security/redirect";
import { clientAddress, isSameOriginPost } from "@/lib/security/request";
import { firstErrorCode } from "@/lib/validations/auth";

type Context = {
  /** Where to land afterwards: a same-origin path from the form, or "/". */
  callbackUrl: string;
  /** 303 back to the form with an error code (see lib/validations/auth-messages.ts). */
  back: (code: string, extra?: Record<string, string>) => Response;
};

/**
 * The one path every authentication form post takes: same-origin check, size limit, zod
 * validation, then the rate limit per email and per client address, before any work is done.
 */
export async function handleAuthForm<S extends z.ZodType<object>>({ request, action, schema, formPath, keep = [], handle }: {
  request: Request;
  action: AuthAction;
  schema: S;
  formPath: string;
  /** Token-like fields carried back to the form on an error (only [A-Za-z0-9_-] values). */
  keep?: string[];
  handle: (data: z.output<S>, context: Context) => Promise<Response>;
}): Promise<Response> {
  if (!isSameOriginPost(request)) {
    return htmlMessage({ status: 403, title: "Request refused", message: "This form must be sent from this site.", backHref: formPath });
  }
  const body = await readSmallForm(request);
  const form = body ? firstValues(body) : null;
  if (!form) return htmlMessage({ status: 413, title: "Form too large", message: "The form was too large or could not be read.", backHref: formPath });
  const callbackUrl = safeRedirectPath(form.callbackUrl);
  const back = (code: string, extra: Record<string, string> = {}) => {
    const qs = new URLSearchParams({ error: code, ...extra });
    for (const field of keep) if (/^[A-Za-z0-9_-]{1,200}$/.test(form[field] ?? "")) qs.set(field, form[field]);
    if (callbackUrl !== "/") qs.set("callbackUrl", callbackUrl);
    return seeOther(request, `${formPath}?${qs}`);
  };
  const parsed = schema.safeParse(form);
  if (!parsed.success) return back(firstErrorCode(parsed.error));
  const email = "email" in parsed.data && typeof parsed.data.email === "string" ? parsed.data.email : undefined;
  const limit = await checkAuthRateLimit({ action, email, address: clientAddress(request.headers) });
  if (!limit.ok) return tooManyRequests({ retryAfterSeconds: limit.retryAfterSeconds, backHref: formPath });
  return handle(parsed.data, { callbackUrl, back });
}
