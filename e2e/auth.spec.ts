import { expect, test } from "@playwright/test";
import { expectSignedInAs, PASSWORD, signInWithPassword, signUp, uniqueEmail } from "./support/accounts";
import { countQueuedMail, query } from "./support/db";
import { waitForLink } from "./support/mailbox";

test("sign up, sign out, then sign in with the password", async ({ page }) => {
  const email = uniqueEmail("signup");
  await signUp(page, { email, name: "Ada Reader" });
  await expectSignedInAs(page, "Ada Reader");

  await page.getByRole("banner").locator("summary").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await signInWithPassword(page, { email: email.toUpperCase() }); // emails compare case-insensitively
  await expect(page).toHaveURL(/\/$/);
  await expectSignedInAs(page, "Ada Reader");
});

test("a session survives a reload and is not in the cached page HTML", async ({ page, request }) => {
  const email = uniqueEmail("session");
  await signUp(page, { email, name: "Sam Session" });
  await page.goto("/analyses");
  await expectSignedInAs(page, "Sam Session");
  const html = await (await page.request.get("/analyses/japan-russia-thaw-that-never-came")).text();
  expect(html).not.toContain("Sam Session");
  const anonymous = await (await request.get("/analyses/japan-russia-thaw-that-never-came")).text();
  expect(html).toBe(anonymous);
});

test("magic-link sign-in through the emailed link", async ({ page }) => {
  const email = uniqueEmail("magic");
  await page.goto("/sign-in");
  await page.getByLabel("Email for the link").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await waitForLink(email, { subject: /Sign in/ }));
  await expect(page.getByRole("banner").locator("summary")).toHaveText(email);
});

test("a wrong password and an unknown email get the same answer", async ({ page }) => {
  const email = uniqueEmail("wrong");
  await signUp(page, { email });
  await page.context().clearCookies();
  await signInWithPassword(page, { email, password: "not the password at all" });
  const wrong = await page.getByRole("alert").filter({ hasText: "incorrect" }).textContent();
  await signInWithPassword(page, { email: uniqueEmail("nobody") });
  const unknown = await page.getByRole("alert").filter({ hasText: "incorrect" }).textContent();
  expect(wrong).toBeTruthy();
  expect(unknown).toBe(wrong);
});

test("sign-up with a taken email looks like any sign-up, and changes nothing", async ({ page }) => {
  const email = uniqueEmail("taken");
  await signUp(page, { email, name: "Original" });
  await page.context().clearCookies();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Impostor");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("another long passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // The owner's mailbox gets a sign-in link, not a confirmation: the account exists.
  await waitForLink(email, { subject: /^Sign in to / });
  // The original password still works and the name is unchanged.
  await signInWithPassword(page, { email });
  await expectSignedInAs(page, "Original");
});

test("sign-up refuses short and common passwords, and over-long fields, with readable messages", async ({ page, request }) => {
  await page.goto("/sign-up");
  const email = uniqueEmail("weak");
  const password = page.getByLabel("Password", { exact: true });
  await page.getByLabel("Name").fill("Short Élodie");
  await page.getByLabel("Email").fill(email);
  await password.evaluate((el: HTMLInputElement) => el.removeAttribute("minlength"));
  await password.fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  // The complaint is the password's, read with it, and focus is there; what was typed stays.
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/Use at least 10 characters\./);
  await expect(password).toBeFocused();
  await expect(page.getByLabel("Name")).toHaveValue("Short Élodie");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Name")).not.toHaveAttribute("aria-invalid", "true");
  // The address never carries what was typed.
  expect(page.url()).not.toContain("weak");

  await page.getByLabel("Name").fill("Common");
  await password.fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(password).toHaveAccessibleDescription(/too common/);
  await expect(page.getByLabel("Name")).toHaveValue("Common");

  const huge = await request.post("/api/account/sign-up", {
    headers: { origin: new URL(page.url()).origin },
    form: { name: "x".repeat(100_000), email: "a@example.test", password: "long enough password" },
  });
  expect(huge.status()).toBe(413);
});

test("password reset: the link works once, and an expired link is refused", async ({ page }) => {
  const email = uniqueEmail("reset");
  await signUp(page, { email, name: "Rita Reset" });
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText("If an account exists for that address")).toBeVisible();
  const link = await waitForLink(email, { subject: /Reset/ });

  await page.goto(link);
  await page.getByLabel("New password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("Your password was changed")).toBeVisible();
  await signInWithPassword(page, { email, password: "a brand new passphrase" });
  await expectSignedInAs(page, "Rita Reset");
  await page.context().clearCookies();

  // Second use of the same link.
  await page.goto(link);
  await page.getByLabel("New password").fill("yet another passphrase");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();

  // An expired link.
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  const second = await waitForLink(email, { subject: /Reset/, nth: 2 });
  await query(`UPDATE "PasswordResetToken" SET "expiresAt" = $1 WHERE "usedAt" IS NULL AND "userId" = (SELECT "id" FROM "User" WHERE "email" = $2)`, [
    "2000-01-01T00:00:00.000Z",
    email,
  ]);
  await page.goto(second);
  await page.getByLabel("New password").fill("yet another passphrase");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
  await signInWithPassword(page, { email, password: "a brand new passphrase" });
  await expectSignedInAs(page, "Rita Reset");
});

test("a reset request for an unknown address answers the same and sends nothing", async ({ page }) => {
  const email = uniqueEmail("ghost");
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText("If an account exists for that address")).toBeVisible();
  expect(await countQueuedMail(email)).toBe(0);
});

test("the password form keeps working without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(uniqueEmail("nojs"));
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();
  await context.close();
});
