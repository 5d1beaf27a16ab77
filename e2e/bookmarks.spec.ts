import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { demoPublication, FLAGSHIP, published } from "./helpers";
import { clickAndSettle, PASSWORD, signUp, uniqueEmail } from "./support/accounts";
import { query } from "./support/db";

const flagship = demoPublication(FLAGSHIP);

async function saveButton(page: Page, title: string) {
  return page.getByRole("button", { name: new RegExp(`^(Save|Saved): ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }).first();
}

test("save from the analysis page and from a listing, then unsave", async ({ page }) => {
  await signUp(page, { email: uniqueEmail("save") });
  await page.goto(`/analyses/${FLAGSHIP}`);
  const button = await saveButton(page, flagship.title);
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await clickAndSettle(page, button);
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(await saveButton(page, flagship.title)).toHaveAttribute("aria-pressed", "true");

  const other = published.find((p) => p.type === "report")!;
  await page.goto("/analyses?type=report");
  const inList = await saveButton(page, other.title);
  await expect(inList).toHaveAttribute("aria-pressed", "false");
  await clickAndSettle(page, inList);
  await expect(inList).toHaveAttribute("aria-pressed", "true");

  await page.goto("/library");
  await expect(page.getByTestId("library-item")).toHaveCount(2);
  // Most recently saved first.
  await expect(page.getByTestId("library-item").first().getByRole("heading")).toHaveText(other.title);

  await page.goto(`/analyses/${FLAGSHIP}`);
  const again = await saveButton(page, flagship.title);
  await expect(again).toHaveAttribute("aria-pressed", "true");
  await clickAndSettle(page, again);
  await expect(again).toHaveAttribute("aria-pressed", "false");
  await page.goto("/library");
  await expect(page.getByTestId("library-item")).toHaveCount(1);
});

test("saving while signed out: sign in, land back, and find it saved", async ({ page }) => {
  const email = uniqueEmail("later");
  await signUp(page, { email });
  await page.context().clearCookies();

  await page.goto(`/analyses/${FLAGSHIP}`);
  await (await saveButton(page, flagship.title)).click();
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(`/analyses/${FLAGSHIP}#saved-to-library`)}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sign in to save “${flagship.title}”`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/analyses/${FLAGSHIP}$`));
  await expect(page.getByRole("status").filter({ hasText: "saved to your library" })).toBeVisible();
  await expect(await saveButton(page, flagship.title)).toHaveAttribute("aria-pressed", "true");
});

test("saving from a listing while signed out, without JavaScript: back on the listing, saved", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = uniqueEmail("later-nojs");
  await signUp(page, { email });
  await context.clearCookies();
  await page.goto("/analyses?language=en");
  const first = page.getByRole("button", { name: /^Save: / }).first();
  const title = (await first.getAttribute("aria-label"))!.replace(/^Save: /, "");
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sign in to save “${title}”`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/analyses\?language=en#saved-to-library$/);
  await expect(page.getByRole("status").filter({ hasText: "saved to your library" })).toBeVisible();
  await page.goto("/library");
  await expect(page.getByTestId("library-item")).toHaveCount(1);
  await expect(page.getByTestId("library-item")).toContainText(title);
  await context.close();
});

test("the save form works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = uniqueEmail("nojs-save");
  // Sign up with JavaScript off: plain forms all the way, then the emailed link.
  await signUp(page, { email });
  await page.goto(`/analyses/${FLAGSHIP}`);
  await page.getByRole("button", { name: `Save: ${flagship.title}` }).click();
  await expect(page).toHaveURL(/\/library\?saved=1$/);
  await expect(page.getByText("Saved to your library.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("library-item")).toHaveCount(1);
  // Saving twice keeps one bookmark.
  await page.goto(`/analyses/${FLAGSHIP}`);
  await page.getByRole("button", { name: `Save: ${flagship.title}` }).click();
  await expect(page.getByTestId("library-item")).toHaveCount(1);
  await context.close();
});

async function saveMany(page: Page, email: string, count: number) {
  // Arranged through the database: the library's behaviour is under test, not twenty clicks.
  const ids = await query<{ id: string }>(`SELECT "id" FROM "Publication" WHERE "status" = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT ${count}`);
  const [user] = await query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [email]);
  let i = 0;
  for (const { id } of ids) {
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i++)).toISOString();
    await query(`INSERT INTO "Bookmark" ("id", "userId", "publicationId", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $4)`, [`bm${user.id.slice(0, 10)}${String(i).padStart(3, "0")}x`, user.id, id, at]);
  }
}

test("the library filters, paginates and removes several at once", async ({ page }) => {
  const email = uniqueEmail("library");
  await signUp(page, { email });
  await page.goto("/library");
  await expect(page.getByText("Your library is empty")).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse all analyses" })).toHaveAttribute("href", "/analyses");

  await saveMany(page, email, published.length);
  await page.goto("/library");
  await expect(page.getByRole("status")).toHaveText(`${published.length} saved analyses, page 1 of ${Math.ceil(published.length / 20)}`);
  await expect(page.getByTestId("library-item")).toHaveCount(20);
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/\/library\?page=2$/);
  await expect(page.getByTestId("library-item")).toHaveCount(20);

  const form = page.getByRole("form", { name: "Filter your library" });
  await page.goto("/library");
  await form.getByLabel("Type").selectOption("book-chapter");
  await form.getByRole("button", { name: "Apply" }).click();
  const chapters = published.filter((p) => p.type === "book-chapter");
  await expect(page.getByTestId("library-item")).toHaveCount(chapters.length);

  await page.goto("/library?center=energy-climate&topic=climate");
  const climate = published.filter((p) => p.center === "energy-climate" && p.topics.includes("Climate"));
  await expect(page.getByTestId("library-item")).toHaveCount(climate.length);

  await page.goto("/library?q=RUSSIA");
  const russia = published.filter((p) => p.title.toLowerCase().includes("russia"));
  await expect(page.getByTestId("library-item")).toHaveCount(russia.length);

  // Remove two at once.
  const items = page.getByTestId("library-item");
  await items.nth(0).getByRole("checkbox").check();
  await items.nth(1).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Remove selected" }).click();
  await expect(page.getByText("Removed 2 analyses from your library.")).toBeVisible();
  await expect(page.getByTestId("library-item")).toHaveCount(russia.length - 2);
});

test("private notes are saved, shown only to their owner, and limited to 2,000 characters", async ({ page }) => {
  const email = uniqueEmail("notes");
  await signUp(page, { email });
  await saveMany(page, email, 1);
  await page.goto("/library");
  const item = page.getByTestId("library-item").first();
  await item.getByLabel("Private note").fill("Read before the Tokyo trip — «important» & <b>not HTML</b>");
  await item.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Your note was saved.")).toBeVisible();
  await expect(page.getByTestId("library-item").first().getByLabel("Private note")).toHaveValue("Read before the Tokyo trip — «important» & <b>not HTML</b>");

  const [bookmark] = await query<{ id: string }>(`SELECT b."id" FROM "Bookmark" b JOIN "User" u ON u."id" = b."userId" WHERE u."email" = $1`, [email]);
  const tooLong = await page.request.post("/api/library/note", {
    headers: { origin: new URL(page.url()).origin },
    form: { bookmarkId: bookmark.id, note: "x".repeat(2001) },
  });
  expect(tooLong.status()).toBe(422);
});

test("exports: BibTeX, RIS and CSV, parsed back field by field", async ({ page }) => {
  const email = uniqueEmail("export");
  await signUp(page, { email });
  await page.goto(`/analyses/${FLAGSHIP}`);
  await clickAndSettle(page, await saveButton(page, flagship.title));
  await expect(await saveButton(page, flagship.title)).toHaveAttribute("aria-pressed", "true");
  await page.goto("/library");

  const download = async (name: string) => {
    const waiting = page.waitForEvent("download");
    await page.getByRole("link", { name }).click();
    const d = await waiting;
    return { filename: d.suggestedFilename(), text: fs.readFileSync(await d.path(), "utf8") };
  };
  const authors = flagship.authors.map((slug) => ({ "kenji-arakawa": ["Arakawa", "Kenji"], "sofia-marchetti": ["Marchetti", "Sofia"] })[slug]!);

  const bib = await download("BibTeX");
  expect(bib.filename).toBe("folio-library.bib");
  const fields = Object.fromEntries([...bib.text.matchAll(/^\s+(\w+) = \{(.*)\},?$/gm)].map((m) => [m[1], m[2]]));
  expect(bib.text).toMatch(new RegExp(`^@techreport\\{${FLAGSHIP},`));
  expect(fields.title).toBe(`{${flagship.title}}`);
  expect(fields.author).toBe(authors.map(([f, g]) => `${f}, ${g}`).join(" and "));
  expect(fields.year).toBe("2017");
  expect(fields.institution).toBe("Halden Institute for International Affairs");
  expect(fields.series).toBe(flagship.series);
  expect(fields.number).toBe(String(flagship.seriesNumber));
  expect(fields.url).toMatch(new RegExp(`^http://localhost:\\d+/analyses/${FLAGSHIP}$`));

  const ris = await download("RIS");
  expect(ris.filename).toBe("folio-library.ris");
  const tags = ris.text.split("\r\n").filter(Boolean).map((l) => [l.slice(0, 2), l.slice(6)] as const);
  const tag = (t: string) => tags.filter(([k]) => k === t).map(([, v]) => v);
  expect(tag("TY")).toEqual(["RPRT"]);
  expect(tag("TI")).toEqual([flagship.title]);
  expect(tag("AU")).toEqual(authors.map(([f, g]) => `${f}, ${g}`));
  expect(tag("PY")).toEqual(["2017"]);
  expect(tag("PB")).toEqual(["Halden Institute for International Affairs"]);
  expect(tag("T3")).toEqual([flagship.series]);
  expect(tag("IS")).toEqual([String(flagship.seriesNumber)]);
  expect(tag("UR")[0]).toMatch(new RegExp(`/analyses/${FLAGSHIP}$`));
  expect(tag("ER")).toHaveLength(1);

  const csv = await download("CSV");
  expect(csv.filename).toBe("folio-library.csv");
  const [header, row] = csv.text.trim().split("\r\n");
  expect(header).toBe("title,authors,date,type,series,number,url,saved_at,note");
  const cells = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"'));
  expect(cells[0]).toBe(flagship.title);
  expect(cells[1]).toBe("Kenji Arakawa; Sofia Marchetti");
  expect(cells[2]).toBe(flagship.publishedAt);
  expect(cells[3]).toBe("Analysis");
  expect(cells[5]).toBe(String(flagship.seriesNumber));

  const headers = (await page.request.get("/api/library/export?format=ris")).headers();
  expect(headers["content-type"]).toBe("application/x-research-info-systems; charset=utf-8");
  expect((await page.request.get("/api/library/export?format=bibtex")).headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
  expect((await page.request.get("/api/library/export?format=csv")).headers()["content-type"]).toBe("text/csv; charset=utf-8");
});

test("reader A can neither read nor change reader B's library, even with forged requests", async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  const emailA = uniqueEmail("reader-a");
  const emailB = uniqueEmail("reader-b");
  await signUp(a, { email: emailA });
  await signUp(b, { email: emailB });
  await saveMany(b, emailB, 3);
  await b.goto("/library");
  await b.getByTestId("library-item").first().getByLabel("Private note").fill("B's secret note");
  await b.getByTestId("library-item").first().getByRole("button", { name: "Save note" }).click();
  await expect(b.getByText("Your note was saved.")).toBeVisible();
  const bIds = (await query<{ id: string }>(`SELECT b."id" FROM "Bookmark" b JOIN "User" u ON u."id" = b."userId" WHERE u."email" = $1`, [emailB])).map((r) => r.id);

  // A's library shows none of B's.
  await a.goto("/library");
  await expect(a.getByText("Your library is empty")).toBeVisible();
  for (const format of ["bibtex", "ris", "csv"]) expect(await (await a.request.get(`/api/library/export?format=${format}`)).text()).not.toContain("secret");

  const origin = new URL(a.url()).origin;
  const forgedNote = await a.request.post("/api/library/note", { headers: { origin }, form: { bookmarkId: bIds[0], note: "overwritten by A" }, maxRedirects: 0 });
  expect(forgedNote.status()).toBe(404);
  const forgedRemove = await a.request.post("/api/library/remove", { headers: { origin }, multipart: { id: bIds[1] }, maxRedirects: 0 });
  expect(forgedRemove.status()).toBe(404);

  const [{ n }] = await query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM "Bookmark" WHERE "id" IN ($1, $2, $3)`, bIds);
  expect(Number(n)).toBe(3);
  const notes = await query<{ note: string | null }>(`SELECT "note" FROM "Bookmark" WHERE "note" IS NOT NULL AND "id" IN ($1, $2, $3)`, bIds);
  expect(notes.map((r) => r.note)).toEqual(["B's secret note"]);
});
