import "server-only";
import type { z } from "zod";
import { getSession, type SessionUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { fail, type Failure, type Result } from "@/lib/http/result";
import { firstValues, formFailure, formSuccess, htmlMessage, MAX_FORM_BYTES, readSmallForm, seeOther, tooManyRequests } from "@/lib/http/responses";
import { isMessageCode, messageFor } from "@/lib/messages/catalog";
import { checkAuthRateLimit, type RateLimitAction } from "@/lib/security/rate-limit";
import { safeRedirectPath } from "@/lib/security/redirect";
import { clientAddress, isSameOriginPost } from "@/lib/security/request";
import { fieldErrors, formObject } from "@/lib/validations/form";

export type Access = "anyone" | "reader" | "editor" | "admin";

/**
 * How a refusal reaches the person who posted:
 * - "auth-form": 303 back to the form with ?error=<code>, which the form page shows;
 * - "editor-form": JSON for the back office's script-driven forms, a readable page without script;
 * - "page": a readable page with a link back.
 */
export type Presentation = "auth-form" | "editor-form" | "page";

type Context<P> = {
  user: SessionUser | null;
  params: P;
  request: Request;
  /** Where the form lives (a refusal leads back there). */
  back: string;
  /** A same-origin path the form asked to land on afterwards, or "/". */
  callbackUrl: string;
};

export type PostDefinition<S extends z.ZodType, P> = {
  access: Access;
  presentation: Presentation;
  /** Route parameters; anything they refuse is a 404. */
  params?: (raw: Record<string, string>) => P | null;
  back: string | ((params: P) => string);
  schema: S;
  /** Fields that repeat (one value per selected item); the others are read as their first value. */
  listFields?: readonly string[];
  maxBytes?: number;
  /** Counted per client address, and per email when the input has one. */
  rateLimit?: RateLimitAction;
  /** Token-like fields an auth form carries back on a refusal (only [A-Za-z0-9_-] values). */
  keep?: string[];
  run: (input: z.output<S>, context: Context<P>) => Promise<Result<{ redirect: string }>>;
};

type RouteContext = { params: Promise<Record<string, string>> };

const RANK: Record<Access, number> = { anyone: 0, reader: 1, editor: 2, admin: 3 };

function roleRank(user: SessionUser | null): number {
  if (!user) return 0;
  return user.role === "ADMIN" ? 3 : user.role === "EDITOR" ? 2 : 1;
}

/**
 * The one way a form post is handled. In order: the session and role, the origin (against
 * SITE_URL), the body's size before it is read, the schema, then the rate limit. Only then does
 * `run` see typed input; whatever it refuses, and whatever the gateway refuses, is turned into an
 * answer by one mapper (`present`).
 */
export function handlePost<S extends z.ZodType, P = Record<string, never>>(definition: PostDefinition<S, P>) {
  return async function POST(request: Request, routeContext?: RouteContext): Promise<Response> {
    const rawParams = (await routeContext?.params) ?? {};
    const params = definition.params ? definition.params(rawParams) : ({} as P);
    const fallbackBack = typeof definition.back === "string" ? definition.back : "/";
    if (params === null) return present(request, fail("request.notFound"), { definition, back: fallbackBack });
    const back = typeof definition.back === "string" ? definition.back : definition.back(params);
    const answer = (failure: Failure, extra: { form?: Record<string, string>; callbackUrl?: string } = {}) => present(request, failure, { definition, back, ...extra });

    const user = (await getSession())?.user ?? null;
    if (roleRank(user) < RANK[definition.access]) {
      if (!user && definition.access === "reader" && definition.presentation !== "editor-form") return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
      return answer(fail("request.forbidden"));
    }
    if (!isSameOriginPost(request)) return answer(fail("request.crossSite"));
    const form = await readSmallForm(request, { maxBytes: definition.maxBytes ?? MAX_FORM_BYTES });
    if (!form) return answer(fail("request.tooLarge"));
    const fields = firstValues(form);
    const callbackUrl = safeRedirectPath(fields.callbackUrl);
    const parsed = definition.schema.safeParse(formObject(form, definition.listFields));
    if (!parsed.success) {
      // A schema may name a refusal of its own ("request.notFound" for an id that cannot exist).
      const first = parsed.error.issues[0]?.message;
      if (isMessageCode(first)) return answer(fail(first), { form: fields, callbackUrl });
      return answer(fail("request.invalid", { fieldErrors: fieldErrors(parsed.error) }), { form: fields, callbackUrl });
    }
    if (definition.rateLimit) {
      const data = parsed.data as { email?: unknown };
      const email = typeof data.email === "string" ? data.email : undefined;
      const limit = await checkAuthRateLimit({ action: definition.rateLimit, email, address: clientAddress(request.headers) });
      if (!limit.ok) return answer(fail("auth.rateLimited", { retryAfterSeconds: limit.retryAfterSeconds }));
    }
    const result = await definition.run(parsed.data, { user, params, request, back, callbackUrl });
    if (!result.ok) return answer(result, { form: fields, callbackUrl });
    return definition.presentation === "editor-form" ? formSuccess(request, { redirect: result.value.redirect }) : seeOther(result.value.redirect);
  };
}

/** The one mapper from a refusal to an answer. */
function present<S extends z.ZodType, P>(
  request: Request,
  failure: Failure,
  { definition, back, form = {}, callbackUrl = "/" }: { definition: PostDefinition<S, P>; back: string; form?: Record<string, string>; callbackUrl?: string },
): Response {
  if (failure.code === "auth.rateLimited") return tooManyRequests({ retryAfterSeconds: failure.retryAfterSeconds ?? 60, backHref: back });
  const { title, text } = messageFor(failure.code, { max: 2000, mb: env.PDF_UPLOAD_MAX_MB });
  const message = [text, failure.detail].filter(Boolean).join(" ");
  switch (definition.presentation) {
    case "auth-form": {
      if (failure.status === 403 || failure.status === 413) return htmlMessage({ status: failure.status, title, message, backHref: back });
      // The form page shows the text for the code; a URL can only select one of those texts.
      const code = failure.fieldErrors ? Object.values(failure.fieldErrors)[0] : failure.code;
      const qs = new URLSearchParams({ error: code });
      for (const field of definition.keep ?? []) if (/^[A-Za-z0-9_-]{1,200}$/.test(form[field] ?? "")) qs.set(field, form[field]);
      if (callbackUrl !== "/") qs.set("callbackUrl", callbackUrl);
      return seeOther(`${back}?${qs}`);
    }
    case "editor-form": {
      const errors = { ...failure.fieldErrors, ...(failure.link ? { conflict: failure.link } : {}) };
      return formFailure(request, { status: failure.status, message, errors, backHref: back });
    }
    case "page":
      return htmlMessage({ status: failure.status, title, message, backHref: back });
  }
}

/**
 * For the few credential checks that are not form posts (the emailed link's callback): the rate
 * limit per client address. Returns the 429 to send, or null.
 */
export async function guardCredentialCheck({ request, action, backHref }: { request: Request; action: RateLimitAction; backHref: string }): Promise<Response | null> {
  const limit = await checkAuthRateLimit({ action, address: clientAddress(request.headers) });
  return limit.ok ? null : tooManyRequests({ retryAfterSeconds: limit.retryAfterSeconds, backHref });
}
