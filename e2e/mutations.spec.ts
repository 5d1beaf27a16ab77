// Tests that change the public catalogue. They run in their own project, after every other test
// has finished (see playwright.config.ts), so no listing count elsewhere sees the change.
import { expect, test } from "@playwright/test";
import { published } from "./helpers";
import { clickAndSettle, signUp, uniqueEmail } from "./support/accounts";
import { query } from "./support/db";

test("unpublishing hides a bookmark from the library and republishing brings it back", async ({ page }) => {
  const email = uniqueEmail("unpublish");
  await signUp(page, { email });
  const target = published.find((p) => p.slug === "korea-japan-history-disputes")!;
  const [pub] = await query<{ id: string }>(`SELECT "id" FROM "Publication" WHERE "slug" = $1`, [target.slug]);
  const [user] = await query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [email]);
  await query(`INSERT INTO "Bookmark" ("id", "userId", "publicationId", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $4)`, [`bmunpub${user.id.slice(0, 12)}`, user.id, pub.id, new Date().toISOString()]);
  await page.goto("/library");
  await expect(page.getByTestId("library-item")).toHaveCount(1);
  await query(`UPDATE "Publication" SET "status" = 'DRAFT' WHERE "id" = $1`, [pub.id]);
  try {
    await page.goto("/library");
    await expect(page.getByText("Your library is empty")).toBeVisible();
  } finally {
    await query(`UPDATE "Publication" SET "status" = 'PUBLISHED' WHERE "id" = $1`, [pub.id]);
  }
  await page.goto("/library");
  await expect(page.getByTestId("library-item")).toHaveCount(1);
});

test("a refused save flips back and says why", async ({ page }) => {
  await signUp(page, { email: uniqueEmail("refused") });
  const target = published.find((p) => p.slug === "arctic-climate-security")!;
  // The cached page keeps offering the save button after the analysis is unpublished.
  await page.goto(`/analyses/${target.slug}`);
  const button = page.getByRole("button", { name: `Save: ${target.title}` }).first();
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await query(`UPDATE "Publication" SET "status" = 'DRAFT' WHERE "slug" = $1`, [target.slug]);
  try {
    await clickAndSettle(page, button);
    await expect(page.getByRole("alert").filter({ hasText: "no longer available" })).toBeVisible();
    await expect(page.getByRole("button", { name: `Save: ${target.title}` }).first()).toHaveAttribute("aria-pressed", "false");
  } finally {
    await query(`UPDATE "Publication" SET "status" = 'PUBLISHED' WHERE "slug" = $1`, [target.slug]);
  }
});
