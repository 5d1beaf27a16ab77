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

test("the download history shows an unpublished analysis as no longer available", async ({ page }) => {
  const email = uniqueEmail("history-unpublished");
  await signUp(page, { email });
  const target = published.find((p) => p.slug === "hydrogen-geopolitics")!;
  expect((await page.request.get(`/analyses/${target.slug}/pdf`)).status()).toBe(200);
  await page.goto("/account");
  const history = page.getByRole("region", { name: "Your downloads" });
  await expect(history.getByRole("link", { name: target.title })).toHaveCount(1);
  await query(`UPDATE "Publication" SET "status" = 'DRAFT' WHERE "slug" = $1`, [target.slug]);
  try {
    await page.goto("/account");
    await expect(history.getByText("No longer available")).toHaveCount(1);
    await expect(history.getByText(target.title)).toHaveCount(0);
  } finally {
    await query(`UPDATE "Publication" SET "status" = 'PUBLISHED' WHERE "slug" = $1`, [target.slug]);
  }
});

test("a page rendered for a visitor with a query string does not keep it for the next one", async ({ page, baseURL }) => {
  const email = uniqueEmail("query-cache");
  await signUp(page, { email });
  await query(`UPDATE "User" SET "role" = 'EDITOR' WHERE "email" = $1`, [email]);
  const target = published.find((p) => p.slug === "critical-raw-materials")!;
  const [pub] = await query<{ id: string }>(`SELECT "id" FROM "Publication" WHERE "slug" = $1`, [target.slug]);
  // An edit expires the cached pages: the next request for each renders it.
  const change = (intent: "unpublish" | "publish") => page.request.post(`/api/admin/publications/${pub.id}/status`, { headers: { origin: baseURL!, accept: "application/json" }, form: { intent } });
  expect((await change("unpublish")).ok()).toBe(true);
  expect((await change("publish")).ok()).toBe(true);
  const marker = "evil-marker.example";
  const word = `nowhere${Date.now()}`;
  for (const path of [`/analyses/${target.slug}`, "/", "/authors/kenji-arakawa", "/analyses?type=report", `/search?q=${word}`]) {
    const sep = path.includes("?") ? "&" : "?";
    const first = await fetch(`${baseURL}${path}${sep}utm_source=${marker}&x=%3Cb%3E`);
    expect(first.status, path).toBeLessThan(400);
    expect(await first.text(), path).not.toContain(marker);
    const next = await fetch(`${baseURL}${path}`);
    expect(await next.text(), path).not.toContain(marker);
  }
});
