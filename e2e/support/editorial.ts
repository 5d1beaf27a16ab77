// The back office's fixtures: an editor's session, a draft made through the form, and the ids of
// named catalogue rows, for the specs that publish and edit.
import { expect, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./accounts";
import { query } from "./db";

/** Signs `page` up as a new account with this role; roles are read on every request, so it applies at once. Returns its address. */
export async function makeEditor(page: Page, { role = "EDITOR", name }: { role?: "EDITOR" | "ADMIN"; name?: string } = {}) {
  const email = uniqueEmail(role.toLowerCase());
  await signUp(page, { email, name: name ?? `Test ${role.toLowerCase()}` });
  await query(`UPDATE "User" SET "role" = $1 WHERE "email" = $2`, [role, email]);
  return email;
}

const MARKDOWN_SUMMARY = "A **bold** claim about *energy* markets.\n\nSecond paragraph.";

/**
 * Creates a draft through the form and returns its id. With `authors` (their names), they are
 * added in that order; without, the second and first researchers of the list are added and put in
 * order with "Move up", and the stored order is checked. The summary's Markdown preview is checked.
 */
export async function createDraft(page: Page, { title, slug, authors, summary = MARKDOWN_SUMMARY }: { title: string; slug: string; authors?: string[]; summary?: string }): Promise<string> {
  await page.goto("/admin/publications/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Summary").fill(summary);
  if (summary === MARKDOWN_SUMMARY) await expect(page.getByTestId("summary-preview").locator("strong")).toHaveText("bold");
  const add = page.getByLabel("Add an author");
  const options = await add.locator("option").allTextContents();
  const reorder = !authors;
  for (const name of authors ?? [options[2], options[1]]) {
    await add.selectOption({ label: name });
    await page.getByRole("button", { name: "Add", exact: true }).click();
  }
  if (reorder) await page.getByRole("button", { name: `Move ${options[1]} up` }).click();
  await page.getByLabel("Centre", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText("The draft was created.")).toBeVisible();
  const id = page.url().match(/\/admin\/publications\/([a-z0-9]+)/)![1];
  const stored = await query<{ name: string }>(`SELECT a."name" FROM "PublicationAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."publicationId" = $1 ORDER BY pa."position"`, [id]);
  expect(stored.map((a) => a.name)).toEqual(authors ?? [options[1], options[2]]);
  return id;
}

/** The id of the row of `table` ("Publication", "Author", "Topic"…) whose slug is `slug`. */
export async function idOf(table: "Publication" | "Author" | "Topic" | "Center", slug: string): Promise<string> {
  const [row] = await query<{ id: string }>(`SELECT "id" FROM "${table}" WHERE "slug" = $1`, [slug]);
  if (!row) throw new Error(`No ${table} with the slug ${slug}`);
  return row.id;
}
