// Account pre-hijacking, every order between two parties: an attacker who signs up with the
// victim's address and a password of their own must never be able to open the account the victim
// later proves, whatever the victim does next (signs up, asks for a sign-in link, resets the
// password, or moves an existing account to the address).
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./support/accounts";
import { query } from "./support/db";
import { countMessages, waitForLink } from "./support/mailbox";

const ATTACKER_PW = "Attacker-chosen-pw-9911";

test.describe.configure({ mode: "parallel" });

async function party(playwright: { request: typeof request }, baseURL: string): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
}

async function post(who: APIRequestContext, path: string, form: Record<string, string>) {
  const res = await who.post(path, { form, maxRedirects: 0 });
  expect(res.status(), `${path} answered ${res.status()}`).toBe(303);
  return res.headers().location ?? "";
}

/** Follows the next mail's link to `email` (the one after `seen` messages) in `who`'s browser. */
async function followNextLink(who: APIRequestContext, email: string, seen: number, subject?: RegExp) {
  const link = await waitForLink(email, { nth: seen + 1, subject });
  const res = await who.get(link);
  expect(res.status()).toBeLessThan(400);
  return link;
}

async function signedInAs(who: APIRequestContext): Promise<{ name: string | null; email: string } | null> {
  return (await (await who.get("/api/me")).json()).user;
}

/** A password sign-in from a fresh client: does it open the account? */
async function passwordOpens(playwright: { request: typeof request }, baseURL: string, email: string, password: string) {
  const fresh = await party(playwright, baseURL);
  await post(fresh, "/api/account/sign-in", { email, password });
  const user = await signedInAs(fresh);
  await fresh.dispose();
  return user?.email === email;
}

test("the victim follows the attacker's own sign-up link: the attacker's password and name do not come with it", async ({ playwright, baseURL }) => {
  const victimEmail = uniqueEmail("prehijack-a");
  const attacker = await party(playwright, baseURL!);
  await post(attacker, "/api/account/sign-up", { name: "Mallory", email: victimEmail, password: ATTACKER_PW });
  // Nothing is written to an account before the address is proved.
  expect(await query(`SELECT "id" FROM "User" WHERE "email" = $1`, [victimEmail])).toEqual([]);
  expect(await passwordOpens(playwright, baseURL!, victimEmail, ATTACKER_PW)).toBe(false);

  const victim = await party(playwright, baseURL!);
  await followNextLink(victim, victimEmail, 0);
  const me = await signedInAs(victim);
  expect(me?.email).toBe(victimEmail);
  expect(me?.name).not.toBe("Mallory");
  expect(await passwordOpens(playwright, baseURL!, victimEmail, ATTACKER_PW)).toBe(false);
});

test("attacker signs up, then the victim signs up and follows their link: only the victim's password opens", async ({ playwright, baseURL }) => {
  const victimEmail = uniqueEmail("prehijack-b");
  const attacker = await party(playwright, baseURL!);
  await post(attacker, "/api/account/sign-up", { name: "Mallory", email: victimEmail, password: ATTACKER_PW });
  const victim = await party(playwright, baseURL!);
  await post(victim, "/api/account/sign-up", { name: "Victor", email: victimEmail, password: PASSWORD });
  // The victim follows the attacker's mail (the first) as readily as their own: either way.
  await followNextLink(victim, victimEmail, 0);
  expect((await signedInAs(victim))?.name).toBe("Victor");
  expect(await passwordOpens(playwright, baseURL!, victimEmail, ATTACKER_PW)).toBe(false);
  expect(await passwordOpens(playwright, baseURL!, victimEmail, PASSWORD)).toBe(true);
});

test("victim signs up, then the attacker does: the victim's link still gives the victim's password", async ({ playwright, baseURL }) => {
  const victimEmail = uniqueEmail("prehijack-c");
  const victim = await party(playwright, baseURL!);
  await post(victim, "/api/account/sign-up", { name: "Victor", email: victimEmail, password: PASSWORD });
  const attacker = await party(playwright, baseURL!);
  await post(attacker, "/api/account/sign-up", { name: "Mallory", email: victimEmail, password: ATTACKER_PW });
  await followNextLink(victim, victimEmail, 1);
  expect((await signedInAs(victim))?.name).toBe("Victor");
  expect(await passwordOpens(playwright, baseURL!, victimEmail, ATTACKER_PW)).toBe(false);
  expect(await passwordOpens(playwright, baseURL!, victimEmail, PASSWORD)).toBe(true);
});

test("attacker signs up, then the victim asks for a sign-in link: no password opens the account", async ({ playwright, baseURL }) => {
  const victimEmail = uniqueEmail("prehijack-d");
  const attacker = await party(playwright, baseURL!);
  await post(attacker, "/api/account/sign-up", { name: "Mallory", email: victimEmail, password: ATTACKER_PW });
  const victim = await party(playwright, baseURL!);
  const seen = countMessages(victimEmail);
  await post(victim, "/api/account/magic-link", { email: victimEmail });
  await followNextLink(victim, victimEmail, seen);
  expect((await signedInAs(victim))?.email).toBe(victimEmail);
  expect(await passwordOpens(playwright, baseURL!, victimEmail, ATTACKER_PW)).toBe(false);
  const [row] = await query<{ passwordHash: string | null; name: string | null }>(`SELECT "passwordHash", "name" FROM "User" WHERE "email" = $1`, [victimEmail]);
  expect(row).toEqual({ passwordHash: null, name: null });
});

test("an unconfirmed account from before the fix: sign-in link and reset both void what it held", async ({ playwright, baseURL }) => {
  // What an older Folio stored for an attacker's sign-up: an unconfirmed account with their password.
  const victimEmail = uniqueEmail("prehijack-e");
  const attacker = await party(playwright, baseURL!);
  await post(attacker, "/api/account/sign-up", { name: "Mallory", email: victimEmail, password: ATTACKER_PW });
  const [pending] = await query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "PendingSignUp" WHERE "email" = $1`, [victimEmail]);
  // Timestamps copied from any row: each engine stores dates its own way.
  await query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "locale", "sessionVersion", "createdAt", "updatedAt")
     SELECT $1, $2, 'Mallory', $3, 'READER', 'en', 0, "createdAt", "updatedAt" FROM "User" LIMIT 1`,
    [`legacy${Date.now()}`, victimEmail, pending.passwordHash],
  );
  expect(await passwordOpens(playwright, baseURL!, victimEmail, ATTACKER_PW)).toBe(false);

  // The victim resets the password: the link proves the address, the new password is theirs.
  const victim = await party(playwright, baseURL!);
  const seen = countMessages(victimEmail);
  await post(victim, "/api/account/forgot-password", { email: victimEmail });
  const link = new URL(await waitForLink(victimEmail, { nth: seen + 1, subject: /reset/i }));
  await post(victim, "/api/account/reset-password", { token: link.searchParams.get("token")!, password: "the victim's own passphrase" });
  expect(await passwordOpens(playwright, baseURL!, victimEmail, ATTACKER_PW)).toBe(false);
  expect(await passwordOpens(playwright, baseURL!, victimEmail, "the victim's own passphrase")).toBe(true);
  const [row] = await query<{ name: string | null }>(`SELECT "name" FROM "User" WHERE "email" = $1`, [victimEmail]);
  expect(row.name).toBeNull();
});

test("attacker signs up, then the victim moves an existing account to the address: it is the victim's", async ({ page, playwright, baseURL }) => {
  const victimEmail = uniqueEmail("prehijack-f");
  const attacker = await party(playwright, baseURL!);
  await post(attacker, "/api/account/sign-up", { name: "Mallory", email: victimEmail, password: ATTACKER_PW });

  const oldEmail = uniqueEmail("prehijack-f-old");
  await signUp(page, { email: oldEmail, name: "Victor" });
  await page.goto("/account");
  const emailForm = page.getByRole("form", { name: "Change your email" });
  await emailForm.getByLabel("Email").fill(victimEmail);
  await emailForm.getByRole("button", { name: "Save email" }).click();
  await page.goto(await waitForLink(victimEmail, { subject: /Confirm your new/ }));
  await page.getByRole("button", { name: "Confirm my new address" }).click();
  await expect(page.getByText("Your email address was changed.")).toBeVisible();
  // The attacker's sign-up was voided when the address was proved, and the links mailed before it
  // (the attacker's, were they to get hold of it) no longer sign anyone in.
  await followNextLink(attacker, victimEmail, 0);
  expect((await signedInAs(attacker))).toBeNull();
  expect(await passwordOpens(playwright, baseURL!, victimEmail, ATTACKER_PW)).toBe(false);
  expect(await passwordOpens(playwright, baseURL!, victimEmail, PASSWORD)).toBe(true);
});
