// Alerts: follow, be mailed once when something new is published, stop in one click. These tests
// publish, so they run in the catalogue-mutations project (see playwright.config.ts).
import { expect, request as newRequest, test } from "@playwright/test";
import { clickAndSettle, signUp, uniqueEmail } from "./support/accounts";
import { createDraft, makeEditor } from "./support/editorial";
import { countQueuedMail, countRows, query, waitForDigestRun } from "./support/db";
import { countMessages, waitForMessage } from "./support/mailbox";

test.describe.configure({ mode: "serial" });

test("a reader follows a researcher, is mailed once when an editor publishes, and stops the alert in one click", async ({ page, browser }) => {
  const [author] = await query<{ id: string; slug: string; name: string }>(`SELECT "id", "slug", "name" FROM "Author" ORDER BY "name" LIMIT 1`);

  // The reader, in a browser of their own.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const email = uniqueEmail("follower");
  await signUp(reader, { email, name: "Follower" });
  // The sign-up's confirmation is the only mail so far.
  const before = countMessages(email);
  await reader.goto(`/authors/${author.slug}`);
  const follow = reader.getByRole("button", { name: `Follow ${author.name}: be told by email when something new comes out` });
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  // The control flips at once; the follow is stored when the server answers (seen lost on
  // PostgreSQL when the next navigation cut the post short).
  await clickAndSettle(reader, follow);
  await expect(reader.getByRole("button", { name: `Following ${author.name}: select to stop` })).toHaveAttribute("aria-pressed", "true");
  // As published, rather than the daily digest.
  await reader.goto("/account/alerts");
  await expect(reader.getByTestId("followed")).toContainText(author.name);
  await reader.getByLabel("Send me").selectOption({ label: "As published" });
  await reader.getByRole("button", { name: "Save settings" }).click();
  await expect(reader.getByRole("status")).toContainText("Saved.");

  // Nothing new yet: a whole digest run (the server runs them every second) queues no mail.
  const queued = await countQueuedMail(email);
  await waitForDigestRun();
  expect(await countQueuedMail(email)).toBe(queued);
  expect(countMessages(email)).toBe(before);

  await makeEditor(page);
  const slug = `arctic-lanes-${Date.now()}`;
  const title = `Arctic lanes reopened ${Date.now()}`;
  await createDraft(page, { title, slug, authors: [author.name], summary: "What changed in the Arctic shipping lanes, and why it matters." });
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("The publication is on the site.")).toBeVisible();

  const mail = await waitForMessage(email, { subject: new RegExp(`^New by ${author.name}`) });
  expect(mail.text).toContain(title);
  expect(mail.text).toContain(`/analyses/${slug}`);
  expect(mail.text).toContain("Stop this alert: http://localhost:");
  expect(mail.html).toContain(`href="http://localhost:3100/analyses/${slug}"`);
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const unsubscribe = /^<(.+)>$/.exec(mail.headers["list-unsubscribe"])![1];
  expect(unsubscribe).toMatch(/^http:\/\/localhost:3100\/api\/alerts\/unsubscribe\?token=/);

  // Once: a later run finds nothing new for this reader.
  await waitForDigestRun();
  expect(await countQueuedMail(email)).toBe(queued + 1);
  expect(countMessages(email)).toBe(before + 1);

  // A mail client's one-click: no cookie, no origin of ours. A forged token changes nothing.
  const client = await newRequest.newContext();
  const forged = await client.post(unsubscribe.replace(/token=(.)/, (_, c: string) => `token=${c === "A" ? "B" : "A"}`), { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(forged.status()).toBe(400);
  expect(await countRows("Follow", `"target" = $1 AND "userId" = (SELECT "id" FROM "User" WHERE "email" = $2)`, [author.id, email])).toBe(1);
  const done = await client.post(unsubscribe, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0, headers: { origin: "https://mail.example" } });
  expect(done.status()).toBe(303);
  expect(await countRows("Follow", `"target" = $1 AND "userId" = (SELECT "id" FROM "User" WHERE "email" = $2)`, [author.id, email])).toBe(0);
  await client.dispose();

  await reader.goto(`/authors/${author.slug}`);
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  await readerContext.close();
});
