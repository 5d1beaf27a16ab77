// Pure: every refusal's text, by stable code, in one table ready for translation. Routes, schemas
// and domain functions return codes (lib/http/result.ts); only the gateway and the form pages
// turn them into words.
import { getTranslator } from "@/lib/i18n/translate";

const MESSAGES = {
  "request.crossSite": { status: 403, title: "Request refused", text: "This form must be sent from this site." },
  "request.forbidden": { status: 403, title: "Not allowed", text: "You are not allowed to do that." },
  "request.tooLarge": { status: 413, title: "Form too large", text: "The form was too large or could not be read." },
  "request.invalid": { status: 422, title: "Please check the form", text: "Some fields need attention." },
  "request.notFound": { status: 404, title: "Not found", text: "There is nothing here, or it is not yours." },
  "request.lengthRequired": { status: 411, title: "Upload refused", text: "The upload must state its length." },
  "request.done": { status: 200, title: "Done", text: "" },
  "auth.rateLimited": { status: 429, title: "Too many attempts", text: "For your account's safety, please wait {minutes} before trying again." },
  "request.unreadable": { status: 422, title: "Please check the form", text: "The form could not be read. Please try again." },
  "auth.emailInvalid": { status: 422, title: "Please check the form", text: "Enter a valid email address." },
  "auth.nameInvalid": { status: 422, title: "Please check the form", text: "Enter your name (at most 100 characters)." },
  "auth.passwordShort": { status: 422, title: "Please check the form", text: "Use at least 10 characters." },
  "auth.passwordLong": { status: 422, title: "Please check the form", text: "Use at most 200 characters." },
  "auth.passwordCommon": { status: 422, title: "Please check the form", text: "This password is too common. Choose a less predictable one." },
  "auth.passwordMissing": { status: 422, title: "Please check the form", text: "Enter your password." },
  "auth.signInLinkInvalid": { status: 422, title: "Link expired", text: "This sign-in link has expired or was already used. Ask for a new one." },
  "auth.failed": { status: 422, title: "Not signed in", text: "Something went wrong while signing in. Please try again." },
  "auth.credentials": { status: 422, title: "Not signed in", text: "Email or password is incorrect, or the address is not confirmed yet. Use “Email me a sign-in link” to confirm it." },
  "auth.linkInvalid": { status: 422, title: "Link expired", text: "This link has expired or was already used. Ask for a new one." },
  "service.unavailable": { status: 503, title: "Briefly unavailable", text: "This page needs the catalogue's database, which cannot be reached just now. Nothing you saved is lost, and you are still signed in. Please try again in a minute." },
  "request.missing": { status: 404, title: "Not found", text: "This no longer exists. Reload the page." },
  "editor.confirmDelete": { status: 422, title: "Please check the form", text: "Tick the box to confirm the deletion." },
  "editor.chooseAction": { status: 422, title: "Please check the form", text: "Choose what to do." },
  "editor.chooseTime": { status: 422, title: "Please check the form", text: "Choose a date and time." },
  "editor.chooseTwo": { status: 422, title: "Please check the form", text: "Choose two different items." },
  "editor.chooseChange": { status: 422, title: "Please check the form", text: "Choose what to change." },
  "editor.choosePdf": { status: 422, title: "Please check the form", text: "Choose a PDF file." },
  "editor.chooseImage": { status: 422, title: "Please check the form", text: "Choose a JPEG, PNG or WebP image." },
  "editor.imageTooLarge": { status: 413, title: "Upload refused", text: "The image is larger than the 5 MB limit." },
  "editor.imageInvalid": { status: 422, title: "Upload refused", text: "The file is not a JPEG, PNG or WebP image, or it is larger than 40 megapixels." },
  "editor.pdfTooLarge": { status: 413, title: "Upload refused", text: "The file is larger than the {mb} MB limit." },
  "editor.conflict": { status: 409, title: "Someone else saved first", text: "Your changes were not saved: this publication was changed by {by} after you opened it ({fields}). Open the current version, then apply your changes again." },
  "editor.scheduleInPast": { status: 422, title: "Please check the form", text: "Choose a time in the future, or publish now." },
  "editor.deletePublished": { status: 409, title: "Not deleted", text: "A published publication can't be deleted. Unpublish it first." },
  "editor.inUse": { status: 409, title: "Not deleted", text: "These publications still use this {kind}; change them first:" },
  "editor.centreHasProgrammes": { status: 409, title: "Not deleted", text: "This centre still has programmes; delete or move them first." },
  "editor.mergeGone": { status: 409, title: "Not merged", text: "One of them no longer exists; reload the page." },
  "editor.pdfInvalid": { status: 422, title: "Upload refused", text: "The file {reason}." },
  "editor.pdfStale": { status: 409, title: "Someone else saved first", text: "Someone saved this publication since you opened it. Reload the page and upload again." },
  "editor.pageStale": { status: 409, title: "Someone else saved first", text: "Someone saved this page since you opened it. Reload the page to see their version, then apply your changes again." },
  "editor.translationUnknown": { status: 422, title: "Not linked", text: "No publication has this slug. Give the slug of the translation, as in its address." },
  "editor.translationSameLanguage": { status: 422, title: "Not linked", text: "That publication is in the same language. A translation must be in another language." },
  "editor.lastAdmin": { status: 409, title: "Not changed", text: "This is the last admin. Make another account admin first." },
  "field.slugTaken": { status: 422, title: "Please check the form", text: "Another {kind} has this slug." },
  "field.nameTaken": { status: 422, title: "Please check the form", text: "Another {kind} has this name. Merge them instead." },
  "field.chooseCentre": { status: 422, title: "Please check the form", text: "Choose a centre." },
  "field.itemGone": { status: 422, title: "Please check the form", text: "A chosen item no longer exists; reload the page." },
  "account.nameSaved": { status: 200, title: "Saved", text: "Your name was saved." },
  "account.emailUnchanged": { status: 200, title: "Saved", text: "That is already your address." },
  "account.emailLinkSent": { status: 200, title: "Check your email", text: "We sent a confirmation link to {email}. Your address changes when you follow it." },
  "account.passwordWrong": { status: 422, title: "Not changed", text: "Your current password is not correct." },
  "account.confirmMismatch": { status: 422, title: "Not deleted", text: "Type your email address exactly to confirm." },
  "account.lastAdmin": { status: 409, title: "Not deleted", text: "You are the last admin. Make another account admin before deleting yours." },
  "library.unavailable": { status: 404, title: "Not saved", text: "This analysis is no longer available." },
  "library.noteTooLong": { status: 422, title: "Note too long", text: "Notes are at most {max} characters. Nothing was saved." },
  "library.noneSelected": { status: 422, title: "Nothing selected", text: "Select at least one analysis." },
} as const satisfies Record<string, { status: number; title: string; text: string }>;

export type MessageCode = keyof typeof MESSAGES;

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === "string" && Object.hasOwn(MESSAGES, code);
}

export function messageStatus(code: MessageCode): number {
  return MESSAGES[code].status;
}

/** The title and text for a code, with {name} placeholders filled from `values`. */
export function messageFor(code: MessageCode, values: Record<string, string | number> = {}): { title: string; text: string } {
  const { title, text } = MESSAGES[code];
  return { title, text: text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? "")) };
}

/** The refusal of a rate limit, with the wait in whole minutes. */
export function rateLimitedMessage(retryAfterSeconds: number): { title: string; text: string } {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return messageFor("auth.rateLimited", { minutes: getTranslator()("counts.minutes", { count: minutes }) });
}

// Auth.js names its own errors when it sends a reader back to the sign-in page.
const AUTH_JS_ERRORS: Record<string, MessageCode> = { Verification: "auth.signInLinkInvalid" };

/**
 * The text for a form page's ?error=<code>. A URL can only select one of the catalogue's texts,
 * never inject its own: anything unknown reads as a failed sign-in.
 */
export function formErrorText(code: string | undefined): string | null {
  if (!code) return null;
  if (isMessageCode(code)) return messageFor(code).text;
  return messageFor(AUTH_JS_ERRORS[code] ?? "auth.failed").text;
}
