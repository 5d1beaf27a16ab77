import { expect, test } from "@playwright/test";
import { FLAGSHIP } from "./helpers";
import { clickAndSettle, expectSignedInAs, signInWithPassword, signUp, uniqueEmail } from "./support/accounts";
import { countQueuedMail, countRows, query } from "./support/db";
import { waitForLink } from "./support/mailbox";

test("the account page changes name, email and password", async ({ page }) => {
  const email = uniqueEmail("profile");
  await signUp(page, { email, name: "Before" });
  await page.goto("/account");

  const nameForm = page.getByRole("form", { name: "Change your name" });
  await nameForm.getByLabel("Name").fill("After");
  await nameForm.getByRole("button", { name: "Save name" }).click();
  await expect(nameForm.getByRole("status")).toHaveText("Your name was saved.");
  // The header follows without a reload.
  await expectSignedInAs(page, "After");

  const newEmail = uniqueEmail("profile-new");
  const emailForm = page.getByRole("form", { name: "Change your email" });
  await emailForm.getByLabel("Email").fill(newEmail);
  await emailForm.getByRole("button", { name: "Save email" }).click();
  await expect(emailForm.getByRole("status")).toHaveText(`We sent a confirmation link to ${newEmail}. Your address changes when you follow it.`);
  // Nothing changes until the link sent to the new address is followed.
  expect(await countRows("User", `"email" = $1`, [email])).toBe(1);
  await page.goto(await waitForLink(newEmail, { subject: /Confirm your new/ }));
  await page.getByRole("button", { name: "Confirm my new address" }).click();
  await expect(page.getByText("Your email address was changed.")).toBeVisible();
  await expect(page.getByText(`Signed in as ${newEmail}.`)).toBeVisible();

  const pwForm = page.getByRole("form", { name: "Change your password" });
  await pwForm.getByLabel("Current password").fill("wrong current one");
  await pwForm.getByLabel("New password").fill("the second passphrase");
  await pwForm.getByRole("button", { name: "Change password" }).click();
  await expect(pwForm.getByRole("alert")).toHaveText("Your current password is not correct.");
  // React resets a form after its action runs, so both fields are typed again.
  await pwForm.getByLabel("Current password").fill("correct horse battery staple");
  await pwForm.getByLabel("New password").fill("the second passphrase");
  await pwForm.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=password-reset/);

  await signInWithPassword(page, { email: newEmail, password: "the second passphrase" });
  await expectSignedInAs(page, "After");
});

test("guessing the current password on the account page is rate limited per account", async ({ page, baseURL }) => {
  const email = uniqueEmail("pw-guess");
  await signUp(page, { email });
  const [before] = await query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE "email" = $1`, [email]);
  await page.goto("/account");
  // The form as a browser without JavaScript posts it (its hidden fields name the action), sent
  // quickly enough to fit the e2e server's 5-second window (scripts/e2e.ts allows 5 per email).
  const hidden = await page.getByRole("form", { name: "Change your password" }).locator('input[type="hidden"]').evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]));
  const answers: string[] = [];
  for (let i = 0; i < 6; i++) {
    const multipart = { ...Object.fromEntries(hidden), current: `wrong guess number ${i}`, password: "a brand new passphrase" };
    answers.push(await (await page.request.post("/account", { multipart, headers: { origin: baseURL! } })).text());
  }
  expect(answers.slice(0, 5).map((a) => a.includes("Your current password is not correct."))).toEqual([true, true, true, true, true]);
  expect(/please wait .* before trying again/.test(answers[5])).toBe(true);
  expect(await query(`SELECT "passwordHash" FROM "User" WHERE "email" = $1`, [email])).toEqual([before]);
});

test("changing to a taken address answers the same, moves nothing and mails nobody", async ({ page, browser }) => {
  const victim = uniqueEmail("victim-new");
  const other = await browser.newPage();
  await signUp(other, { email: victim });
  await other.close();
  const before = await countQueuedMail(victim);

  const email = uniqueEmail("mover");
  await signUp(page, { email });
  await page.goto("/account");
  const emailForm = page.getByRole("form", { name: "Change your email" });
  await emailForm.getByLabel("Email").fill(victim);
  await emailForm.getByRole("button", { name: "Save email" }).click();
  await expect(emailForm.getByRole("status")).toHaveText(`We sent a confirmation link to ${victim}. Your address changes when you follow it.`);
  expect(await countRows("User", `"email" = $1`, [email])).toBe(1);
  expect(await countQueuedMail(victim)).toBe(before);
});

test("a confirmation link works once", async ({ page }) => {
  const email = uniqueEmail("once");
  await signUp(page, { email });
  await page.goto("/account");
  const newEmail = uniqueEmail("once-new");
  const emailForm = page.getByRole("form", { name: "Change your email" });
  await emailForm.getByLabel("Email").fill(newEmail);
  await emailForm.getByRole("button", { name: "Save email" }).click();
  await expect(emailForm.getByRole("status")).toContainText("We sent a confirmation link");
  const link = await waitForLink(newEmail, { subject: /Confirm your new/ });
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my new address" }).click();
  await expect(page.getByText(`Signed in as ${newEmail}.`)).toBeVisible();
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my new address" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
});

test("the account page needs a session", async ({ request }) => {
  const res = await request.get("/account", { maxRedirects: 0 });
  expect([303, 307]).toContain(res.status());
  expect(res.headers()["location"]).toContain("/sign-in");
});

test("deleting the account asks for confirmation, then removes its rows and ends the session", async ({ page }) => {
  const email = uniqueEmail("delete");
  await signUp(page, { email });
  await page.request.get(`/analyses/${FLAGSHIP}/pdf`);
  await page.goto(`/analyses/${FLAGSHIP}`);
  await expect(page.getByRole("button", { name: /^Save: / }).first()).toHaveAttribute("aria-pressed", "false");
  await clickAndSettle(page, page.getByRole("button", { name: /^Save: / }).first());
  await expect(page.getByRole("button", { name: /^Saved: / }).first()).toBeVisible();
  const mine = `"userId" = (SELECT "id" FROM "User" WHERE "email" = $1)`;
  expect(await countRows("Download", mine, [email])).toBe(1);
  expect(await countRows("Bookmark", mine, [email])).toBe(1);

  await page.goto("/account");
  const form = page.getByRole("form", { name: "Delete your account" });
  await form.getByLabel("Type your email address to confirm").fill("someone-else@example.test");
  await form.getByRole("button", { name: /Delete my account/ }).click();
  await expect(form.getByRole("alert")).toContainText("Type your email address exactly");
  expect(await countRows("User", `"email" = $1`, [email])).toBe(1);

  await form.getByLabel("Type your email address to confirm").fill(email);
  await form.getByRole("button", { name: /Delete my account/ }).click();
  await expect(page).toHaveURL(/\/$/);
  // Told so, and the header no longer shows the reader, without a reload.
  await expect(page.getByRole("status").filter({ hasText: "Your account and everything in it were deleted." })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await countRows("User", `"email" = $1`, [email])).toBe(0);
  expect(await countRows("Download", `"userId" NOT IN (SELECT "id" FROM "User")`, [])).toBe(0);
  expect(await countRows("Bookmark", `"userId" NOT IN (SELECT "id" FROM "User")`, [])).toBe(0);
  const me = await (await page.request.get("/api/me")).json();
  expect(me.user).toBeNull();
});
