import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getSession, type SessionUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { fail, type Failure, type Result } from "@/lib/messages/result";
import { formEchoCookie } from "@/lib/http/form-echo";
import { firstValues, formFailure, formSuccess, htmlMessage, MAX_FORM_BYTES, readSmallForm, seeOther, tooManyRequests } from "@/lib/http/responses";
import { isMessageCode, messageFor, rateLimitedMessage, type MessageCode } from "@/lib/messages/catalog";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
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

type Context<P, A extends Access> = {
  /** Signed in for every access level but "anyone". */
  user: A extends "anyone" ? SessionUser | null : SessionUser;
  params: P;
  request: Request;
  /** Where the form lives (a refusal leads back there). */
  back: string;
  /** A same-origin path the form asked to land on afterwards, or "/". */
  callbackUrl: string;
  /** The language of the page the form was on (its hidden `locale` field), else the default. */
  locale: Locale;
};

/** What a post ends in: a page to go to, or (for the editor's background calls) data. */
export type Outcome = { redirect: string } | { json: Record<string, unknown> };

export type PostDefinition<S extends z.ZodType, P, A extends Access> = {
  access: A;
  presentation: Presentation;
  /** Route parameters; anything this schema refuses is a 404. */
  params?: z.ZodType<P>;
  back: string | ((params: P) => string);
  /** The form's schema, or a choice of schema by route parameter. */
  schema: S | ((params: P) => S);
  /** Fields that repeat (one value per selected item); the others are read as their first value. */
  listFields?: readonly string[];
  maxBytes?: number;
  /** The refusal for a body over maxBytes, when the form has a limit of its own to explain. */
  tooLarge?: MessageCode;
  /**
   * Accept the post from any origin. Only for a post authorised by a token it carries, never by
   * the session (RFC 8058's one-click unsubscribe is posted by mail clients and providers): such a
   * route has access "anyone" and its `run` must not use `user`.
   */
  anyOrigin?: A extends "anyone" ? boolean : never;
  /** Counted per client address, and per email when the input has one. */
  rateLimit?: RateLimitAction;
  /** Token-like fields an auth form carries back on a refusal (only [A-Za-z0-9_-] values). */
  keep?: string[];
  /** Fields an auth form shows again on a refusal, whatever they hold (never a password): see form-echo. */
  echo?: string[];
  run: (input: z.output<S>, context: Context<P, A>) => Promise<Result<Outcome>>;
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
export function handlePost<S extends z.ZodType, A extends Access, P = Record<string, never>>(definition: PostDefinition<S, P, A>) {
  return async function POST(request: Request, routeContext?: RouteContext): Promise<Response> {
    const fallbackBack = typeof definition.back === "string" ? definition.back : "/";
    // Who may post comes before anything about the route, so the back office tells outsiders nothing.
    const user = (await getSession())?.user ?? null;
    if (roleRank(user) < RANK[definition.access]) {
      if (!user && definition.access === "reader" && definition.presentation !== "editor-form") return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(fallbackBack)}`);
      return present(request, fail("request.forbidden"), { definition, back: fallbackBack });
    }
    const parsedParams = definition.params?.safeParse((await routeContext?.params) ?? {});
    if (parsedParams && !parsedParams.success) return present(request, fail("request.notFound"), { definition, back: fallbackBack });
    const params = (parsedParams ? parsedParams.data : {}) as P;
    let back = typeof definition.back === "string" ? definition.back : definition.back(params);
    // The language of the page the form was on (its hidden `locale` field): refusals are said, and
    // pages returned to, in it. Until the form is read, the default.
    let locale: Locale = DEFAULT_LOCALE;
    const answer = (failure: Failure, extra: { form?: Record<string, string>; callbackUrl?: string } = {}) => present(request, failure, { definition, back, locale, ...extra });

    if (!definition.anyOrigin && !isSameOriginPost(request)) return answer(fail("request.crossSite"));
    const form = await readSmallForm(request, { maxBytes: definition.maxBytes ?? MAX_FORM_BYTES });
    if (!form) return answer(fail(definition.tooLarge ?? "request.tooLarge"));
    const fields = firstValues(form);
    if (isLocale(fields.locale)) {
      locale = fields.locale;
      back = localePath(locale, back);
    }
    const callbackUrl = safeRedirectPath(fields.callbackUrl);
    const schema = typeof definition.schema === "function" ? definition.schema(params) : definition.schema;
    const parsed = parseForm(schema, form, definition.listFields);
    if (!parsed.ok) return answer(parsed, { form: fields, callbackUrl });
    // An any-origin post is authorised by what it carries, not by a session: nor is it counted under one.
    const limited = await limitRate({ action: definition.rateLimit, input: parsed.value, user: definition.anyOrigin ? null : user, address: clientAddress(request.headers) });
    if (limited) return answer(limited);
    const context = { user: definition.anyOrigin ? null : user, params, request, back, callbackUrl, locale } as Context<P, A>;
    const result = await definition.run(parsed.value, context);
    if (!result.ok) return answer(result, { form: fields, callbackUrl });
    if ("json" in result.value) return Response.json({ ok: true, ...result.value.json }, { headers: { "cache-control": "no-store" } });
    const landing = localizeRedirect(result.value.redirect, locale);
    return definition.presentation === "editor-form" ? formSuccess(request, { redirect: landing }) : seeOther(landing);
  };
}

/** The schema's verdict on a form; a schema may name a refusal of its own ("request.notFound" for an id that cannot exist). */
function parseForm<S extends z.ZodType>(schema: S, form: FormData, listFields?: readonly string[]): Result<z.output<S>> {
  const parsed = schema.safeParse(formObject(form, listFields));
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0]?.message;
  return fail(isMessageCode(first) ? first : "request.invalid", { fieldErrors: fieldErrors(parsed.error) });
}

/** The limit of an action that checks a credential or sends a mail: per client address, and per email (the form's, else the account's). */
async function limitRate({ action, input, user, address }: { action?: RateLimitAction; input: unknown; user: SessionUser | null; address: string }): Promise<Failure | null> {
  if (!action) return null;
  const typed = (input as { email?: unknown } | null)?.email;
  const email = typeof typed === "string" ? typed : (user?.email ?? undefined);
  const limit = await checkAuthRateLimit({ action, email, address });
  return limit.ok ? null : fail("auth.rateLimited", { retryAfterSeconds: limit.retryAfterSeconds });
}

/** The one mapper from a refusal to an answer. */
function present<S extends z.ZodType, P, A extends Access>(
  request: Request,
  failure: Failure,
  { definition, back, locale = DEFAULT_LOCALE, form = {}, callbackUrl = "/" }: { definition: PostDefinition<S, P, A>; back: string; locale?: Locale; form?: Record<string, string>; callbackUrl?: string },
): Response {
  if (failure.code === "auth.rateLimited") return tooManyRequests({ retryAfterSeconds: failure.retryAfterSeconds ?? 60, backHref: back, locale });
  const values = { max: 2000, mb: env.PDF_UPLOAD_MAX_MB, ...failure.values };
  const { title, text } = messageFor(failure.code, values, locale);
  const message = [text, failure.detail].filter(Boolean).join(" ");
  switch (definition.presentation) {
    case "auth-form": {
      if (failure.status === 403 || failure.status === 413) return htmlMessage({ status: failure.status, title, message, backHref: back, locale });
      // The form page shows the text for the code; a URL can only select one of those texts.
      const [field, code] = Object.entries(failure.fieldErrors ?? {})[0] ?? [null, failure.code];
      const qs = new URLSearchParams({ error: code });
      // Which field the text is about, so the form can show it there.
      if (field && /^[A-Za-z0-9_-]{1,50}$/.test(field)) qs.set("field", field);
      for (const name of definition.keep ?? []) if (/^[A-Za-z0-9_-]{1,200}$/.test(form[name] ?? "")) qs.set(name, form[name]);
      if (callbackUrl !== "/") qs.set("callbackUrl", callbackUrl);
      const response = seeOther(`${back}?${qs}`);
      const echoed = Object.fromEntries((definition.echo ?? []).filter((name) => form[name]).map((name) => [name, form[name]]));
      if (Object.keys(echoed).length) response.headers.append("set-cookie", formEchoCookie({ path: back, values: echoed }));
      return response;
    }
    case "editor-form": {
      const fieldTexts = Object.fromEntries(Object.entries(failure.fieldErrors ?? {}).map(([field, v]) => [field, isMessageCode(v) ? messageFor(v, values, locale).text : v]));
      const errors = { ...fieldTexts, ...(failure.link ? { conflict: failure.link } : {}) };
      return formFailure(request, { status: failure.status, title, message, errors, backHref: back });
    }
    case "page":
      return htmlMessage({ status: failure.status, title, message, backHref: back, locale });
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

/**
 * What a form driven by a server action shows: a notice (ok) or a refusal, as text from the
 * catalogue, and the action's own data (`value`). A refusal keeps the previous value, so a control
 * that showed the server's last answer keeps showing it.
 */
export type ActionState<T = undefined> = { ok: boolean; code: MessageCode; message: string; value?: T } | null;

/** What an action ends in: a page to go to, or a notice and data for the form that stays. */
export type ActionOutcome<T> = { redirect: string } | { notice?: MessageCode; values?: Record<string, string | number>; value?: T };

export type ActionDefinition<S extends z.ZodType, A extends Access, T> = {
  access: A;
  /** Where a signed-out reader returns after signing in. */
  back: string;
  schema: S;
  /** Counted per client address, and per email: the form's, else the signed-in account's. */
  rateLimit?: RateLimitAction;
  run: (input: z.output<S>, context: { user: Context<never, A>["user"] }) => Promise<Result<ActionOutcome<T>>>;
};

/**
 * The same gateway for server actions (forms that stay on their page, with or without script).
 * The same checks in the same order: session and role, origin (proxy.ts already refuses a
 * script-driven action post from elsewhere; a plain form post is checked only here), size (Next's
 * server action body limit, 1 MB, applies before this runs), schema, rate limit.
 * Use it in a "use server" module: `export const saveThingAction = defineAction({ … })`.
 */
export function defineAction<S extends z.ZodType, A extends Access, T = undefined>(definition: ActionDefinition<S, A, T>) {
  return async function action(previous: ActionState<T>, form: FormData): Promise<ActionState<T>> {
    const posted = form.get("locale");
    const locale = isLocale(posted) ? posted : DEFAULT_LOCALE;
    const refuse = (failure: Failure): ActionState<T> => ({ ok: false, code: failure.code, message: actionMessage(failure, locale), value: previous?.value });
    const user = (await getSession())?.user ?? null;
    if (roleRank(user) < RANK[definition.access]) {
      if (!user) redirect(localePath(locale, `/sign-in?callbackUrl=${encodeURIComponent(localePath(locale, definition.back))}`));
      return refuse(fail("request.forbidden"));
    }
    const requestHeaders = await headers();
    if (requestHeaders.get("origin") !== env.SITE_URL) return refuse(fail("request.crossSite"));
    const parsed = parseForm(definition.schema, form);
    if (!parsed.ok) return refuse(parsed);
    const limited = await limitRate({ action: definition.rateLimit, input: parsed.value, user, address: clientAddress(requestHeaders) });
    if (limited) return refuse(limited);
    const result = await definition.run(parsed.value, { user: user as Context<never, A>["user"] });
    if (!result.ok) return refuse(result);
    // Outside any try: Next's redirect() works by throwing.
    if ("redirect" in result.value) redirect(localizeRedirect(result.value.redirect, locale));
    const { notice, values, value } = result.value;
    return { ok: true, code: notice ?? "request.done", message: notice ? messageFor(notice, values, locale).text : "", value };
  };
}

/** A refusal in one sentence: the first field's complaint when there is one, else the code's text. */
function actionMessage(failure: Failure, locale: Locale): string {
  if (failure.code === "auth.rateLimited") return rateLimitedMessage(failure.retryAfterSeconds ?? 60, locale).text;
  const values = { max: 2000, mb: env.PDF_UPLOAD_MAX_MB, ...failure.values };
  const field = Object.values(failure.fieldErrors ?? {})[0];
  if (field) return isMessageCode(field) ? messageFor(field, values, locale).text : field;
  return [messageFor(failure.code, values, locale).text, failure.detail].filter(Boolean).join(" ");
}

/**
 * A page a post leads to, in the language of the form it came from: a locale-free site path gets
 * the locale's prefix; one already in a locale (a callbackUrl from that locale's page), an API or
 * a file is left as it is.
 */
function localizeRedirect(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/api/")) return path;
  const first = path.split(/[/?#]/)[1] ?? "";
  return isLocale(first) ? path : localePath(locale, path);
}
