// Pure: every refusal's text, by stable code, in one table ready for translation. Routes and
// domain functions return codes (lib/http/result.ts); only the gateway turns them into words.
const MESSAGES = {
  "request.crossSite": { status: 403, title: "Request refused", text: "This form must be sent from this site." },
  "request.forbidden": { status: 403, title: "Not allowed", text: "You are not allowed to do that." },
  "request.tooLarge": { status: 413, title: "Form too large", text: "The form was too large or could not be read." },
  "request.invalid": { status: 422, title: "Please check the form", text: "Some fields need attention." },
  "request.notFound": { status: 404, title: "Not found", text: "There is nothing here, or it is not yours." },
  "request.lengthRequired": { status: 411, title: "Upload refused", text: "The upload must state its length." },
  "auth.rateLimited": { status: 429, title: "Too many attempts", text: "For your account's safety, please wait {minutes} before trying again." },
  "auth.credentials": { status: 422, title: "Not signed in", text: "Email or password is incorrect, or the address is not confirmed yet. Use “Email me a sign-in link” to confirm it." },
  "auth.linkInvalid": { status: 422, title: "Link expired", text: "This link has expired or was already used. Ask for a new one." },
  "service.unavailable": { status: 503, title: "Briefly unavailable", text: "This page needs the catalogue's database, which cannot be reached just now. Nothing you saved is lost, and you are still signed in. Please try again in a minute." },
  "editor.confirmDelete": { status: 422, title: "Please check the form", text: "Tick the box to confirm the deletion." },
  "editor.chooseAction": { status: 422, title: "Please check the form", text: "Choose what to do." },
  "editor.chooseTime": { status: 422, title: "Please check the form", text: "Choose a date and time." },
  "editor.chooseTwo": { status: 422, title: "Please check the form", text: "Choose two different items." },
  "editor.chooseChange": { status: 422, title: "Please check the form", text: "Choose what to change." },
  "editor.choosePdf": { status: 422, title: "Please check the form", text: "Choose a PDF file." },
  "editor.pdfTooLarge": { status: 413, title: "Upload refused", text: "The file is larger than the {mb} MB limit." },
  "editor.refused": { status: 409, title: "Not saved", text: "" },
  "editor.conflict": { status: 409, title: "Someone else saved first", text: "Your changes were not saved: this publication was changed after you opened it. Open the current version, then apply your changes again." },
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
  return messageFor("auth.rateLimited", { minutes: `${minutes} minute${minutes === 1 ? "" : "s"}` });
}
