import { expect, type Locator, type Page } from "@playwright/test";
import { waitForLink } from "./mailbox";

export const PASSWORD = "correct horse battery staple";

let counter = 0;
/** A fresh address per test, so tests never share accounts or rate-limit counters. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${process.pid}-${counter++}@example.test`;
}

/** Signs up through the form and confirms the address through the emailed link: signed in after. */
export async function signUp(page: Page, { email, name = "Test Reader", password = PASSWORD }: { email: string; name?: string; password?: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // A new address: the mail asks to confirm the account, not to sign in.
  await page.goto(await waitForLink(email, { subject: /^Confirm your account at / }));
}

export async function signInWithPassword(page: Page, { email, password = PASSWORD, callbackUrl }: { email: string; password?: string; callbackUrl?: string }) {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByRole("banner").locator("summary")).toHaveText(name);
}

/** Clicks a control that runs a server action and waits for the server's answer, not just the optimistic UI. */
export async function clickAndSettle(page: Page, target: Locator) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await target.click();
  await answered;
}
