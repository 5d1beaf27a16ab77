// Pure: every refusal, by stable code, with its HTTP status; its title and text in every language
// are in the catalogues (lib/i18n/messages, under "refusals"). Routes, schemas and domain functions
// return codes (lib/messages/result.ts); only the gateway and the form pages turn them into words.
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";

const STATUS = {
  "request.crossSite": 403,
  "request.forbidden": 403,
  "request.tooLarge": 413,
  "request.invalid": 422,
  "request.notFound": 404,
  "request.methodNotAllowed": 405,
  "request.lengthRequired": 411,
  "request.done": 200,
  "auth.rateLimited": 429,
  "request.unreadable": 422,
  "auth.emailInvalid": 422,
  "auth.nameInvalid": 422,
  "auth.passwordShort": 422,
  "auth.passwordLong": 422,
  "auth.passwordCommon": 422,
  "auth.passwordMissing": 422,
  "auth.signInLinkInvalid": 422,
  "auth.failed": 422,
  "auth.credentials": 422,
  "auth.linkInvalid": 422,
  "service.unavailable": 503,
  "request.missing": 404,
  "editor.confirmDelete": 422,
  "editor.chooseAction": 422,
  "editor.chooseTime": 422,
  "editor.chooseTwo": 422,
  "editor.translationIncomplete": 422,
  "editor.chooseChange": 422,
  "editor.choosePdf": 422,
  "editor.chooseImage": 422,
  "editor.imageTooLarge": 413,
  "editor.imageInvalid": 422,
  "editor.pdfTooLarge": 413,
  "editor.conflict": 409,
  "editor.scheduleInPast": 422,
  "editor.deletePublished": 409,
  "editor.inUse": 409,
  "editor.centreHasProgrammes": 409,
  "editor.mergeGone": 409,
  "editor.pdfInvalid": 422,
  "editor.pdfStale": 409,
  "editor.pageStale": 409,
  "editor.translationUnknown": 422,
  "editor.translationSameLanguage": 422,
  "editor.lastAdmin": 409,
  "field.slugTaken": 422,
  "field.nameTaken": 422,
  "field.chooseCentre": 422,
  "field.required": 422,
  "field.tooLong": 422,
  "field.slugEmpty": 422,
  "field.slugInvalid": 422,
  "field.unknownItem": 422,
  "field.tooMany": 422,
  "field.dateFormat": 422,
  "field.dateInvalid": 422,
  "field.monthFormat": 422,
  "field.monthOrder": 422,
  "field.monthSpan": 422,
  "field.doiInvalid": 422,
  "field.orcidInvalid": 422,
  "field.doiTaken": 409,
  "field.chooseType": 422,
  "field.languageCode": 422,
  "field.wholeNumber": 422,
  "field.positiveNumber": 422,
  "field.addAuthor": 422,
  "field.chooseRole": 422,
  "field.itemGone": 422,
  "account.nameSaved": 200,
  "account.languageSaved": 200,
  "account.emailUnchanged": 200,
  "account.emailLinkSent": 200,
  "account.passwordWrong": 422,
  "account.confirmMismatch": 422,
  "account.lastAdmin": 409,
  "library.unavailable": 404,
  "alerts.unavailable": 404,
  "alerts.tooManySearches": 422,
  "alerts.nothingFollowed": 422,
  "alerts.badLink": 400,
  "alerts.searchEmpty": 422,
  "alerts.searchSaved": 200,
  "library.noteTooLong": 422,
  "library.noneSelected": 422,
} as const satisfies Record<string, number>;

export type MessageCode = keyof typeof STATUS;

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === "string" && Object.hasOwn(STATUS, code);
}

export function messageStatus(code: MessageCode): number {
  return STATUS[code];
}

/** The title and text for a code in a locale, with its {name} arguments filled from `values`. */
export function messageFor(code: MessageCode, values: Record<string, string | number> = {}, locale: Locale = DEFAULT_LOCALE): { title: string; text: string } {
  const t = getTranslator({ locale }) as unknown as (key: string, values: Record<string, string | number>) => string;
  // Every argument a text may take, so one missing from `values` reads as nothing, not as an error.
  const all = { minutes: "", max: "", mb: "", by: "", fields: "", kind: "", reason: "", email: "", ...values };
  return { title: t(`refusals.${code}.title`, all), text: t(`refusals.${code}.text`, all) };
}

/** The refusal of a rate limit, with the wait in whole minutes. */
export function rateLimitedMessage(retryAfterSeconds: number, locale: Locale = DEFAULT_LOCALE): { title: string; text: string } {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return messageFor("auth.rateLimited", { minutes: getTranslator({ locale })("counts.minutes", { count: minutes }) }, locale);
}

// Auth.js names its own errors when it sends a reader back to the sign-in page.
const AUTH_JS_ERRORS: Record<string, MessageCode> = { Verification: "auth.signInLinkInvalid" };

/**
 * The text for a form page's ?error=<code>. A URL can only select one of the catalogue's texts,
 * never inject its own: anything unknown reads as a failed sign-in.
 */
export function formErrorText(code: string | undefined, locale: Locale = DEFAULT_LOCALE): string | null {
  if (!code) return null;
  if (isMessageCode(code)) return messageFor(code, {}, locale).text;
  return messageFor(AUTH_JS_ERRORS[code] ?? "auth.failed", {}, locale).text;
}
