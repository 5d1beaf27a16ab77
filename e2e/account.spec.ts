import { expect, test } from "@playwright/test";
import { FLAGSHIP } from "./helpers";
import { clickAndSettle, expectSignedInAs, signInWithPassword, signUp, uniqueEmail } from "./support/accounts";
import { countRows } from "./support/db";

test("the account page changes name, email and password", async ({ page }) => {
  const email = uniqueEmail("profile");
  await signUp(page, { email, name: "Before" });
  await page.goto("/account");

  const nameForm = page.getByRole("form", { name: "Change your name" });
  await nameForm.getByLabel("Name").fill("After");
  await nameForm.getByRole("button", { name: "Save name" }).click();
  await expect(nameForm.getByRole("status")).toHaveText("Your name was saved.");

  const newEmail = uniqueEmail("profile-new");
  const emailForm = page.getByRole("form", { name: "Change your email" });
  await emailForm.getByLabel("Email").fill(newEmail);
  await emailForm.getByRole("button", { name: "Save email" }).click();
  await expect(emailForm.getByRole("status")).toHaveText("Your email address was changed.");

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
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  expect(await countRows("User", `"email" = $1`, [email])).toBe(0);
  expect(await countRows("Download", `"userId" NOT IN (SELECT "id" FROM "User")`, [])).toBe(0);
  expect(await countRows("Bookmark", `"userId" NOT IN (SELECT "id" FROM "User")`, [])).toBe(0);
  const me = await (await page.request.get("/api/me")).json();
  expect(me.user).toBeNull();
});
