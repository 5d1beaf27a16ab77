// Following and saved searches, without publishing anything (the digest itself is in alerts.spec.ts).
import { expect, test } from "@playwright/test";
import { clickAndSettle, signUp, uniqueEmail } from "./support/accounts";
import { countRows, query } from "./support/db";

test("signed out, Follow leads to sign-in and back, with the follow done", async ({ page }) => {
  const email = uniqueEmail("follow-later");
  await signUp(page, { email, name: "Later Follower" });
  await page.context().clearCookies();
  const [center] = await query<{ id: string; slug: string; name: string }>(`SELECT "id", "slug", "name" FROM "Center" ORDER BY "name" LIMIT 1`);

  await page.goto(`/centers/${center.slug}`);
  await page.getByRole("button", { name: `Follow ${center.name}: be told by email when something new comes out` }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("correct horse battery staple");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/centers/${center.slug}`));
  await expect(page.getByText("Done: you will be told by email of what is new.")).toBeVisible();
  await expect(page.getByRole("button", { name: `Following ${center.name}: select to stop` })).toHaveAttribute("aria-pressed", "true");
  expect(await countRows("Follow", `"kind" = 'CENTER' AND "target" = $1 AND "userId" = (SELECT "id" FROM "User" WHERE "email" = $2)`, [center.id, email])).toBe(1);
});

test("without JavaScript, Follow is a form that follows and comes back", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = uniqueEmail("follow-nojs");
  // Signing up needs no script either.
  await signUp(page, { email, name: "No Script" });
  const [author] = await query<{ id: string; slug: string; name: string }>(`SELECT "id", "slug", "name" FROM "Author" ORDER BY "name" DESC LIMIT 1`);
  await page.goto(`/authors/${author.slug}`);
  await page.getByRole("button", { name: `Follow ${author.name}: be told by email when something new comes out` }).click();
  await expect(page).toHaveURL(new RegExp(`/authors/${author.slug}$`));
  expect(await countRows("Follow", `"target" = $1 AND "userId" = (SELECT "id" FROM "User" WHERE "email" = $2)`, [author.id, email])).toBe(1);
  await context.close();
});

test("a search is saved from its results, listed on the alerts page, and stopped there", async ({ page }) => {
  const email = uniqueEmail("saved-search");
  await signUp(page, { email, name: "Searcher" });
  await page.goto("/search?q=energy");
  // The bell is the site's own drawing, not an emoji a reader's fonts may lack.
  const alertMe = page.getByRole("button", { name: "Alert me about new results", exact: true });
  await expect(alertMe.getByTestId("bell-icon")).toBeVisible();
  expect(await alertMe.textContent()).not.toMatch(/\p{Extended_Pictographic}/u);
  await clickAndSettle(page, alertMe);
  await expect(page.getByTestId("save-search-form").getByRole("status")).toHaveText("Saved: you will be told by email of new results.");
  await page.goto("/account/alerts");
  await expect(page.getByTestId("saved-searches")).toContainText("“energy”");
  expect(await countRows("SavedSearch", `"userId" = (SELECT "id" FROM "User" WHERE "email" = $1)`, [email])).toBe(1);
  await page.getByRole("button", { name: "Stop the alert about “energy”" }).click();
  await expect(page.getByRole("status")).toContainText("The alert is stopped.");
  expect(await countRows("SavedSearch", `"userId" = (SELECT "id" FROM "User" WHERE "email" = $1)`, [email])).toBe(0);
  await expect(page.getByText("You follow nothing yet")).toBeVisible();
});

test("a forged or cut unsubscribe link changes nothing and says so", async ({ page, request }) => {
  await page.goto("/alerts/unsubscribe?token=abc.def");
  await expect(page.getByText("This unsubscribe link is not valid.")).toBeVisible();
  const response = await request.post("/api/alerts/unsubscribe?token=abc.def", { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("not valid");
});

test("the alerts page needs a session", async ({ page }) => {
  await page.goto("/account/alerts");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Falerts/);
});
