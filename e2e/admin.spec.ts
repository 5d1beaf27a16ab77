// The back office. These tests publish and edit, so they run in the catalogue-mutations project,
// after every read-only test (see playwright.config.ts), one at a time.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { signUp, uniqueEmail } from "./support/accounts";
import { createDraft, idOf, makeEditor } from "./support/editorial";
import { countRows, query } from "./support/db";
import { FLAGSHIP } from "./helpers";

test.describe.configure({ mode: "serial" });

async function tinyPdf(pages = 2) {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([200, 200]).drawText(`Page ${i + 1}`);
  return Buffer.from(await doc.save());
}

/** Sends one of the back office's file forms (in the region named `section`) and answers its response. */
async function uploadFile(page: Page, { section, label, file, path }: { section: string; label: RegExp; file: { name: string; mimeType: string; buffer: Buffer }; path: string }) {
  const region = page.getByRole("region", { name: section });
  // A click before hydration posts the form natively (a 303, not the script's JSON).
  await expect(region.locator("form[data-enhanced]").filter({ has: page.getByRole("button", { name: "Upload", exact: true }) })).toHaveCount(1);
  await region.getByLabel(label).setInputFiles(file);
  const answered = page.waitForResponse((r) => r.url().endsWith(path) && r.request().method() === "POST");
  await region.getByRole("button", { name: "Upload", exact: true }).click();
  return answered;
}

async function uploadPdf(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  return uploadFile(page, { section: "Full text (PDF)", label: /Upload the PDF|Replace the PDF/, file, path: "/pdf" });
}

async function image(width: number, height: number, format: "png" | "jpeg" = "png") {
  const sharp = (await import("sharp")).default;
  const base = sharp({ create: { width, height, channels: 3, background: "#7a3b2e" } });
  return format === "png" ? base.png().toBuffer() : base.jpeg().toBuffer();
}

test("the back office is a 404 for anonymous visitors and readers", async ({ page }) => {
  for (const path of ["/admin", "/admin/publications", "/admin/topics", "/admin/users", "/admin/audit", "/fr/admin", "/api/admin/cache"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  await signUp(page, { email: uniqueEmail("reader-admin") });
  for (const path of ["/admin", "/fr/admin", "/api/admin/stats/export?report=top", "/api/admin/cache"]) expect((await page.request.get(path)).status(), path).toBe(404);
});

test("a reader's forged posts to every admin action are refused and change nothing", async ({ page, baseURL }) => {
  const forger = uniqueEmail("forger");
  await signUp(page, { email: forger });
  // The flagship analysis, two topics and the forger's own account: rows a forged post would change.
  const [pub, topic, otherTopic] = [await idOf("Publication", FLAGSHIP), await idOf("Topic", "climate"), await idOf("Topic", "defence")];
  const [{ id: user }] = await query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [forger]);
  const audit = await countRows("AuditEntry", "1 = 1", []);
  const before = await query(`SELECT "title", "status", "slug", "version" FROM "Publication" WHERE "id" = $1`, [pub]);
  const post = (request: APIRequestContext, url: string, form: Record<string, string>) => request.post(url, { form, headers: { origin: baseURL! }, maxRedirects: 0 });
  const attempts: Array<[string, Record<string, string>]> = [
    ["/api/admin/publications", { title: "Forged", slug: "forged" }],
    [`/api/admin/publications/${pub}`, { title: "Forged", slug: "forged", version: "0" }],
    [`/api/admin/publications/${pub}/status`, { intent: "unpublish" }],
    [`/api/admin/publications/${pub}/delete`, { confirm: "delete" }],
    [`/api/admin/publications/${pub}/pdf`, { version: "0" }],
    [`/api/admin/publications/${pub}/cover`, { intent: "remove" }],
    [`/api/admin/publications/${pub}/translation`, { intent: "unlink" }],
    [`/api/admin/authors/${await idOf("Author", "kenji-arakawa")}/photo`, { intent: "remove" }],
    ["/api/admin/pages/about", { title: "Forged", body: "x", version: "0" }],
    ["/api/admin/markdown-preview", { source: "x" }],
    ["/api/admin/topics", { name: "Forged", slug: "forged" }],
    [`/api/admin/topics/${topic}`, { name: "Forged", slug: "forged" }],
    [`/api/admin/topics/${topic}/delete`, { confirm: "delete" }],
    ["/api/admin/topics/merge", { keepId: topic, mergeId: otherTopic }],
    [`/api/admin/users/${user}`, { intent: "role", role: "ADMIN" }],
  ];
  for (const [url, form] of attempts) expect((await post(page.request, url, form)).status(), url).toBe(403);
  // An editor is not an admin: user management is refused too.
  await query(`UPDATE "User" SET "role" = 'EDITOR' WHERE "email" = $1`, [forger]);
  expect((await post(page.request, `/api/admin/users/${user}`, { intent: "role", role: "ADMIN" })).status()).toBe(403);
  expect((await post(page.request, "/api/admin/pages/about", { title: "Forged", body: "x", version: "0" })).status()).toBe(403);
  expect(await countRows("AuditEntry", "1 = 1", [])).toBe(audit);
  expect(await countRows("SitePage", "1 = 1", [])).toBe(0);
  expect(await query(`SELECT "title", "status", "slug", "version" FROM "Publication" WHERE "id" = $1`, [pub])).toEqual(before);
});

test("an editor creates a draft with a PDF, previews it, schedules it, and it appears on time", async ({ page }) => {
  await makeEditor(page);
  const slug = `scheduled-analysis-${Date.now()}`;
  const id = await createDraft(page, { title: "Scheduled analysis of grid storage", slug });
  expect((await page.request.get(`/analyses/${slug}`)).status()).toBe(404);

  expect((await uploadPdf(page, { name: "full.pdf", mimeType: "application/pdf", buffer: await tinyPdf(3) })).status()).toBe(200);
  await expect(page.getByText("The PDF was stored.")).toBeVisible();
  await expect(page.getByText(/Current file: 3 pages/)).toBeVisible();

  await page.getByRole("link", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scheduled analysis of grid storage" })).toBeVisible();
  await expect(page.getByText("Preview of a draft publication")).toBeVisible();
  await expect(page.locator(".prose-summary strong")).toHaveText("bold");
  await page.getByRole("link", { name: "Back to editing" }).click();

  // Twelve seconds ahead, in the browser's own time zone; the server's scheduler ticks every
  // second. Four was too close: on a loaded CI machine the form took longer than that to answer,
  // and the analysis was already public when the test looked for its 404.
  const at = new Date(Date.now() + 12_000);
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
  await page.getByLabel(/Publish at/).fill(local);
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByText("The publication is scheduled.")).toBeVisible();
  const before = await page.request.get(`/analyses/${slug}`);
  expect(Date.now() < at.getTime() - 1_000 ? before.status() : 404, "not public before its time").toBe(404);
  await expect(async () => {
    const response = await page.request.get(`/analyses/${slug}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Scheduled analysis of grid storage");
  }).toPass({ timeout: 30_000, intervals: [500] });
  // Published by the scheduler at its time, not before.
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 1_000);
  const [row] = await query<{ status: string }>(`SELECT "status" FROM "Publication" WHERE "id" = $1`, [id]);
  expect(row.status).toBe("PUBLISHED");
});

test("editing a published analysis refreshes its page, and a slug change redirects", async ({ page }) => {
  await makeEditor(page);
  const slug = `refreshed-${Date.now()}`;
  const id = await createDraft(page, { title: "Before the edit", slug });
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("The publication is on the site.")).toBeVisible();
  // Cache the public page, then edit.
  expect(await (await page.request.get(`/analyses/${slug}`)).text()).toContain("Before the edit");
  expect(await (await page.request.get(`/analyses/${slug}`)).text()).toContain("Before the edit");

  await page.goto(`/admin/publications/${id}`);
  await page.getByLabel("Title").fill("After the edit");
  await page.getByLabel("Slug").fill(`${slug}-renamed`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes were saved.")).toBeVisible();

  const fresh = await page.request.get(`/analyses/${slug}-renamed`);
  expect(await fresh.text()).toContain("After the edit");
  const old = await page.request.get(`/analyses/${slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers()["location"]).toContain(`/analyses/${slug}-renamed`);
  const listing = await page.request.get("/analyses");
  expect(await listing.text()).toContain("After the edit");
});

test("uploads that are not PDFs, or too large, are refused and keep the old file", async ({ page }) => {
  await makeEditor(page);
  const id = await createDraft(page, { title: "Upload checks", slug: `upload-checks-${Date.now()}` });
  expect((await uploadPdf(page, { name: "good.pdf", mimeType: "application/pdf", buffer: await tinyPdf(1) })).status()).toBe(200);
  await expect(page.getByText("The PDF was stored.")).toBeVisible();
  // A file of a few hundred bytes reads as such, not as "0.0 MB".
  await expect(page.getByText(/Current file: 1 page, \d+ B,/)).toBeVisible();
  const [before] = await query<{ pdfSha256: string }>(`SELECT "pdfSha256" FROM "Publication" WHERE "id" = $1`, [id]);
  // The file's cover is rendered after the answer, in its own process (lib/covers/render-cover.ts).
  await expect.poll(async () => (await page.request.get(`/covers/${before.pdfSha256}-480.webp`)).status()).toBe(200);
  const cover = await page.request.get(`/covers/${before.pdfSha256}-480.webp`);
  expect(cover.headers()["content-type"]).toBe("image/webp");

  const fake = await uploadPdf(page, { name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
  expect(fake.status()).toBe(422);
  await expect(page.getByText(/no %PDF- signature/).first()).toBeVisible();
  // The earlier success no longer sits above the new refusal.
  await expect(page.getByText("The PDF was stored.")).toHaveCount(0);
  const broken = await uploadPdf(page, { name: "broken.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nthis is not really a pdf") });
  expect(broken.status()).toBe(422);
  // The e2e server allows 2 MB (PDF_UPLOAD_MAX_MB).
  const big = Buffer.concat([await tinyPdf(1), Buffer.alloc(3 * 1024 * 1024, 32)]);
  const oversized = await uploadPdf(page, { name: "big.pdf", mimeType: "application/pdf", buffer: big });
  expect(oversized.status()).toBe(413);
  await expect(page.getByText(/larger than the 2 MB limit/).first()).toBeVisible();

  const [after] = await query<{ pdfSha256: string }>(`SELECT "pdfSha256" FROM "Publication" WHERE "id" = $1`, [id]);
  expect(after.pdfSha256).toBe(before.pdfSha256);
});

// A hostile PDF froze a server process for up to 25 s, then killed it, when PDF.js ran inside the
// upload request. Now each upload answers at once, the render runs in its own bounded process
// (PDF_RENDER_TIMEOUT_SECONDS is 5 on the e2e server), and a reader of the same process is
// answered within READ_BOUND_MS throughout (docs/operations.md, "Hostile PDFs").
test("hostile PDFs: each upload answers at once, readers are served meanwhile, and the back office says why there is no cover", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const READ_BOUND_MS = 1_500;
  const { makeHostilePdfs } = await import("../test/hostile-pdfs");
  await makeEditor(page);
  const id = await createDraft(page, { title: "Hostile files", slug: `hostile-files-${Date.now()}` });
  const reader = await playwright.request.newContext({ baseURL });
  const reads: number[] = [];
  let reading = true;
  const readLoop = (async () => {
    while (reading) {
      for (const path of ["/api/me", "/analyses", "/about"]) {
        const started = Date.now();
        const res = await reader.get(path, { timeout: 30_000 });
        reads.push(Date.now() - started);
        expect(res.status(), path).toBe(200);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const row = () => query<{ pdfSha256: string | null; coverSha256: string | null; coverError: string | null }>(`SELECT "pdfSha256", "coverSha256", "coverError" FROM "Publication" WHERE "id" = $1`, [id]).then((r) => r[0]);
  try {
    for (const pdf of await makeHostilePdfs()) {
      const started = Date.now();
      const answer = await uploadPdf(page, { name: pdf.name, mimeType: "application/pdf", buffer: pdf.bytes });
      expect(answer.status(), pdf.what).toBe(200);
      expect(Date.now() - started, `${pdf.what}: the upload waited on the render`).toBeLessThan(5_000);
      const sha = (await row()).pdfSha256;
      // The render ends within its budget, one way or the other.
      await expect.poll(async () => { const r = await row(); return r.pdfSha256 === sha && (r.coverSha256 !== null || r.coverError !== null); }, { timeout: 20_000, message: pdf.what }).toBe(true);
      const done = await row();
      if (pdf.name === "huge-image.pdf") expect(done.coverSha256, "the image over the pixel budget is left out; the page renders").toBe(sha);
      else {
        expect(done.coverSha256, pdf.what).toBeNull();
        await page.reload();
        await expect(page.getByRole("region", { name: "Cover" })).toContainText("could not be made into a cover");
      }
    }
  } finally {
    reading = false;
    await readLoop;
    await reader.dispose();
  }
  expect(reads.length).toBeGreaterThan(10);
  expect(Math.max(...reads), `slowest read of ${reads.length}`).toBeLessThan(READ_BOUND_MS);
});

test("an editor replaces a cover with an image, a new PDF keeps it, and the PDF's first page comes back on request", async ({ page }) => {
  await makeEditor(page);
  const id = await createDraft(page, { title: "Cover checks", slug: `cover-checks-${Date.now()}` });
  const cover = () => query<{ pdfSha256: string | null; coverSha256: string | null }>(`SELECT "pdfSha256", "coverSha256" FROM "Publication" WHERE "id" = $1`, [id]).then((r) => r[0]);
  await expect(page.getByRole("region", { name: "Cover" })).toContainText("None yet");
  await uploadPdf(page, { name: "a.pdf", mimeType: "application/pdf", buffer: await tinyPdf(1) });
  // Rendered after the answer: the publication points at it once it is stored.
  await expect.poll(async () => { const c = await cover(); return c.coverSha256 === c.pdfSha256 && !!c.coverSha256; }).toBe(true);
  const first = await cover();
  await page.reload();
  await expect(page.getByRole("region", { name: "Cover" })).toContainText("The PDF's first page.");

  // An SVG (script-capable), a GIF and text are refused, whatever they are called; the cover stays.
  for (const file of [
    { name: "x.png", mimeType: "image/png", buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>") },
    { name: "x.jpg", mimeType: "image/jpeg", buffer: Buffer.from("plain text") },
  ]) {
    const refused = await uploadFile(page, { section: "Cover", label: /Replace the cover/, file, path: "/cover" });
    expect(refused.status()).toBe(422);
    await expect(page.getByText("The file is not a JPEG, PNG or WebP image").first()).toBeVisible();
  }
  const oversized = await uploadFile(page, { section: "Cover", label: /Replace the cover/, file: { name: "big.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(6 * 1024 * 1024, 1) }, path: "/cover" });
  expect(oversized.status()).toBe(413);
  expect((await cover()).coverSha256).toBe(first.pdfSha256);

  await page.reload();
  expect((await uploadFile(page, { section: "Cover", label: /Replace the cover/, file: { name: "cover.png", mimeType: "image/png", buffer: await image(420, 600) }, path: "/cover" })).status()).toBe(200);
  await expect(page.getByText("The cover was changed.")).toBeVisible();
  const custom = await cover();
  expect(custom.coverSha256).toMatch(/^[a-f0-9]{64}$/);
  expect(custom.coverSha256).not.toBe(custom.pdfSha256);
  const served = await page.request.get(`/covers/${custom.coverSha256}-480.jpg`);
  expect(served.headers()["content-type"]).toBe("image/jpeg");
  // The preview renders what the public page will.
  expect(await (await page.request.get(`/admin/publications/${id}/preview`)).text()).toContain(`/covers/${custom.coverSha256}-240.webp`);

  // A new PDF does not undo the editor's choice.
  await page.reload();
  await uploadPdf(page, { name: "b.pdf", mimeType: "application/pdf", buffer: await tinyPdf(3) });
  expect((await cover()).coverSha256).toBe(custom.coverSha256);

  const restored = page.waitForResponse((r) => r.url().endsWith("/cover") && r.request().method() === "POST");
  await page.getByRole("region", { name: "Cover" }).getByRole("button", { name: "Use the PDF's first page" }).click();
  expect((await restored).status()).toBe(200);
  await expect.poll(async () => { const c = await cover(); return c.coverSha256 === c.pdfSha256; }).toBe(true);
  // The form refreshes the page itself; a reload racing that navigation is aborted, so retry.
  await expect(async () => {
    await page.goto(page.url());
    await expect(page.getByRole("region", { name: "Cover" })).toContainText("The PDF's first page.", { timeout: 2_000 });
  }).toPass();
  const back = await cover();
  expect(back.pdfSha256).not.toBe(first.pdfSha256);
});

test("an editor gives an author a photo, shown on their page and under About the author; removed, the initials return", async ({ page }) => {
  await makeEditor(page);
  const [author] = await query<{ id: string; slug: string; name: string }>(`SELECT a."id", a."slug", a."name" FROM "Author" a WHERE EXISTS (SELECT 1 FROM "PublicationAuthor" pa JOIN "Publication" p ON p."id" = pa."publicationId" WHERE pa."authorId" = a."id" AND p."status" = 'PUBLISHED') ORDER BY a."slug" LIMIT 1`);
  const [byline] = await query<{ slug: string }>(`SELECT p."slug" FROM "Publication" p JOIN "PublicationAuthor" pa ON pa."publicationId" = p."id" WHERE pa."authorId" = $1 AND p."status" = 'PUBLISHED' LIMIT 1`, [author.id]);
  expect(await (await page.request.get(`/authors/${author.slug}`)).text()).toContain('data-testid="photo-placeholder"');

  await page.goto(`/admin/authors/${author.id}`);
  expect((await uploadFile(page, { section: "Photo", label: /Upload a photo/, file: { name: "me.jpg", mimeType: "image/jpeg", buffer: await image(800, 600, "jpeg") }, path: "/photo" })).status()).toBe(200);
  await expect(page.getByText("The photo was changed.")).toBeVisible();
  const [{ photoSha256 }] = await query<{ photoSha256: string }>(`SELECT "photoSha256" FROM "Author" WHERE "id" = $1`, [author.id]);
  expect(photoSha256).toMatch(/^[a-f0-9]{64}$/);
  // Square, whatever the upload's shape.
  const sharp = (await import("sharp")).default;
  expect(await sharp(await (await page.request.get(`/photos/${photoSha256}-320.jpg`)).body()).metadata()).toMatchObject({ width: 320, height: 320 });
  expect(await (await page.request.get(`/authors/${author.slug}`)).text()).toContain(`/photos/${photoSha256}-`);
  expect(await (await page.request.get(`/analyses/${byline.slug}`)).text()).toContain(`/photos/${photoSha256}-`);

  const removed = page.waitForResponse((r) => r.url().endsWith("/photo") && r.request().method() === "POST");
  await page.getByRole("region", { name: "Photo" }).getByRole("button", { name: "Remove the photo" }).click();
  expect((await removed).status()).toBe(200);
  await expect(page.getByRole("region", { name: "Photo" }).getByRole("button", { name: "Remove the photo" })).toHaveCount(0);
  const html = await (await page.request.get(`/authors/${author.slug}`)).text();
  expect(html).not.toContain("/photos/");
  expect(html).toContain('data-testid="photo-placeholder"');
});

test("an editor writes a researcher's role and biography in French; left empty, French pages show the English, marked", async ({ page }) => {
  await makeEditor(page);
  const [author] = await query<{ id: string; slug: string; role: string; localized: unknown }>(`SELECT "id", "slug", "role", "localized" FROM "Author" WHERE "slug" = 'yusuf-karim'`);
  const demo = (typeof author.localized === "string" ? JSON.parse(author.localized) : author.localized) as { fr: { role: string; bio: string } };
  const roleOnPage = (path: string) => page.goto(path).then(() => page.locator("main h1 + p > span").first());
  const saveFrench = async (values: { role: string; bio: string }) => {
    await page.goto(`/admin/authors/${author.id}`);
    await page.getByLabel("Role (French)").fill(values.role);
    await page.getByLabel("Biography (French)").fill(values.bio);
    await page.getByRole("button", { name: "Save changes" }).click();
  };

  // Half a translation is refused, next to the empty half, and nothing is saved.
  await saveFrench({ role: "Chercheur associé, programme Défense européenne", bio: "" });
  await expect(page.locator("#bio_fr-error")).toHaveText("Fill in every field of this translation, or leave them all empty.");
  await expect(page.getByLabel("Biography (French)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Role (French)")).toHaveValue("Chercheur associé, programme Défense européenne");
  await expect(page.getByLabel("Role (French)")).toHaveAttribute("lang", "fr");
  expect((await query<{ localized: unknown }>(`SELECT "localized" FROM "Author" WHERE "id" = $1`, [author.id]))[0].localized).toEqual(author.localized);

  await saveFrench({ role: "Chercheur associé", bio: "Yusuf Karim étudie l'industrie de défense européenne." });
  await expect(page.getByText("Your changes were saved.")).toBeVisible();
  let role = await roleOnPage(`/fr/authors/${author.slug}`);
  await expect(role).toHaveText("Chercheur associé");
  await expect(role).not.toHaveAttribute("lang");
  await expect(page.getByText("Yusuf Karim étudie l'industrie de défense européenne.")).toBeVisible();
  // The English page keeps the catalogue's own text, unmarked.
  role = await roleOnPage(`/authors/${author.slug}`);
  await expect(role).toHaveText(author.role);
  await expect(role).not.toHaveAttribute("lang");

  // Emptied, the French page falls back to the English text, marked as English.
  await saveFrench({ role: "", bio: "" });
  await expect(page.getByText("Your changes were saved.")).toBeVisible();
  role = await roleOnPage(`/fr/authors/${author.slug}`);
  await expect(role).toHaveText(author.role);
  await expect(role).toHaveAttribute("lang", "en");

  // The demo's translation back, through the form, so every page showing it follows.
  await saveFrench(demo.fr);
  await expect(page.getByText("Your changes were saved.")).toBeVisible();
});

test("an editor links a draft to its translation and unlinks it; the public page never names a draft", async ({ page }) => {
  await makeEditor(page);
  const id = await createDraft(page, { title: "Russia's pivot to Asia", slug: `russia-pivot-${Date.now()}` });
  const region = page.getByRole("region", { name: "Translations" });
  const link = async (slug: string) => {
    await region.getByLabel("Translation to link").fill(slug);
    const answered = page.waitForResponse((r) => r.url().endsWith("/translation") && r.request().method() === "POST");
    await region.getByRole("button", { name: "Link", exact: true }).click();
    return (await answered).status();
  };
  await expect(region).toContainText("None.");
  expect(await link("no-such-publication")).toBe(422);
  // Next to the field it concerns.
  await expect(region.locator("#translation-error")).toContainText("No publication has this slug.");
  // The new draft is in English, like this publication.
  expect(await link("japan-defence-reform")).toBe(422);
  await expect(region.locator("#translation-error")).toContainText("That publication is in the same language.");

  expect(await link("russie-asie-pivot")).toBe(200);
  await expect(page.getByText("The translations were changed.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Translations" })).toContainText("French: Le pivot de la Russie vers l'Asie (published)");
  const [draft, french] = await query<{ translationGroup: string | null }>(`SELECT "translationGroup" FROM "Publication" WHERE "id" = $1 UNION ALL SELECT "translationGroup" FROM "Publication" WHERE "slug" = 'russie-asie-pivot'`, [id]);
  expect(draft.translationGroup).not.toBeNull();
  expect(french.translationGroup).toBe(draft.translationGroup);
  // A draft is no one's translation in public.
  expect(await (await page.request.get("/analyses/russie-asie-pivot")).text()).not.toContain('data-testid="translations"');

  const unlinked = page.waitForResponse((r) => r.url().endsWith("/translation") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Unlink this publication from its translations" }).click();
  expect((await unlinked).status()).toBe(200);
  await expect(page.getByRole("region", { name: "Translations" })).toContainText("None.");
  expect(await query(`SELECT 1 FROM "Publication" WHERE "translationGroup" IS NOT NULL AND "slug" = 'russie-asie-pivot'`)).toEqual([]);
});

test("a second editor's save from a stale form is refused with the other change shown", async ({ page, browser }) => {
  await makeEditor(page);
  const id = await createDraft(page, { title: "Contested draft", slug: `contested-${Date.now()}` });
  const second = await browser.newPage();
  await makeEditor(second);
  await second.goto(`/admin/publications/${id}`);
  await page.goto(`/admin/publications/${id}`);

  await page.getByLabel("Title").fill("First editor's title");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes were saved.")).toBeVisible();

  await second.getByLabel("Title").fill("Second editor's title");
  const answered = second.waitForResponse((r) => r.url().endsWith(`/api/admin/publications/${id}`));
  await second.getByRole("button", { name: "Save changes" }).click();
  expect((await answered).status()).toBe(409);
  const alert = second.getByRole("alert").filter({ hasText: "was changed by" });
  await expect(alert).toContainText("after you opened it (title)");
  await expect(second.getByRole("link", { name: "Open the current version in a new tab" })).toBeVisible();
  // What the second editor typed is still there to re-apply.
  await expect(second.getByLabel("Title")).toHaveValue("Second editor's title");
  const [row] = await query<{ title: string }>(`SELECT "title" FROM "Publication" WHERE "id" = $1`, [id]);
  expect(row.title).toBe("First editor's title");
  await second.close();
});

test("validation errors appear next to their field and keep what was typed", async ({ page }) => {
  await makeEditor(page);
  await page.goto("/admin/publications/new");
  await page.getByLabel("Title").fill("Half-filled");
  await page.getByLabel("Slug").fill("Not A Slug");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.locator("#slug-error")).toHaveText(/Lowercase letters/);
  await expect(page.locator("#authorIds-error")).toHaveText("Add at least one author.");
  await expect(page.getByLabel("Title")).toHaveValue("Half-filled");
  await expect(page.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
});

test("a new publication's slug follows its title until edited; a corrected field loses its complaint", async ({ page }) => {
  await makeEditor(page);
  await page.goto("/admin/publications/new");
  await expect(page.locator("form[data-enhanced]")).toHaveCount(1);
  await page.getByLabel("Title").fill("Énergie & climat : l'Europe en 2030");
  await expect(page.getByLabel("Slug")).toHaveValue("energie-climat-l-europe-en-2030");
  await page.getByLabel("Slug").fill("energie-2030");
  await page.getByLabel("Title").fill("Another title");
  await expect(page.getByLabel("Slug")).toHaveValue("energie-2030");
  await expect(page.getByLabel("Language")).toHaveValue("en");
  await page.getByLabel("Language").selectOption("fr");

  await page.getByLabel("Slug").fill("Not A Slug");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.locator("#slug-error")).toBeVisible();
  await page.getByLabel("Slug").fill("energie-2030-ok");
  await expect(page.locator("#slug-error")).toHaveCount(0);
  await expect(page.getByLabel("Slug")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#authorIds-error")).toBeVisible();
});

test("a published publication can't be deleted; a draft can, after confirming", async ({ page }) => {
  await makeEditor(page);
  const id = await createDraft(page, { title: "Short-lived draft", slug: `short-lived-${Date.now()}` });
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("A published publication can't be deleted.")).toBeVisible();
  expect((await page.request.post(`/api/admin/publications/${id}/delete`, { form: { confirm: "delete" }, headers: { origin: new URL(page.url()).origin }, maxRedirects: 0 })).status()).toBe(409);

  await page.getByRole("button", { name: "Unpublish" }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.locator("#confirm-error")).toBeVisible();
  await page.getByLabel(/Yes, delete this publication/).check();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("The publication was deleted.")).toBeVisible();
  expect(await countRows("Publication", `"id" = $1`, [id])).toBe(0);
});

test("topics: deleting one in use is refused with its publications; merging moves them", async ({ page }) => {
  await makeEditor(page);
  const [used] = await query<{ id: string; name: string; n: number | string }>(
    `SELECT t."id", t."name", COUNT(*) AS n FROM "Topic" t JOIN "_PublicationToTopic" x ON x."B" = t."id" GROUP BY t."id", t."name" ORDER BY n DESC LIMIT 1`,
  );
  await page.goto(`/admin/topics/${used.id}`);
  await page.getByLabel("Yes, delete it.").check();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "These publications still use this topic" })).toBeVisible();

  await page.goto("/admin/topics");
  await page.getByLabel("Name", { exact: true }).fill("Grid storage");
  await page.getByLabel("Slug").fill(`grid-storage-${Date.now()}`);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText("The topic was created.")).toBeVisible();
  const [created] = await query<{ id: string }>(`SELECT "id" FROM "Topic" WHERE "name" = 'Grid storage'`);
  const ids = await query<{ A: string }>(`SELECT "A" FROM "_PublicationToTopic" WHERE "B" = $1`, [used.id]);

  await page.getByLabel("Keep").selectOption(created.id);
  await page.getByLabel("Merge into it and delete").selectOption(used.id);
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByText(`Merged: ${ids.length} publication${ids.length === 1 ? "" : "s"} moved.`)).toBeVisible();
  expect(await countRows("Topic", `"id" = $1`, [used.id])).toBe(0);
  expect(await countRows("_PublicationToTopic", `"B" = $1`, [created.id])).toBe(ids.length);
  // The public site follows at once.
  expect(await (await page.request.get(`/analyses/${(await query<{ slug: string }>(`SELECT "slug" FROM "Publication" WHERE "id" = $1`, [ids[0].A]))[0].slug}`)).text()).toContain("Grid storage");
});

test("the back office in French: its pages, its refusals and where a save leads", async ({ page }) => {
  await makeEditor(page);
  await page.goto("/fr/admin");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Thèmes" }).click();
  await expect(page).toHaveURL(/\/fr\/admin\/topics$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thèmes");

  // A refusal is said in French, next to its field, in the script's background post and without script alike.
  await page.getByLabel("Nom", { exact: true }).fill("Stockage");
  await page.getByLabel("Slug").fill("Pas Un Slug");
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.locator("#slug-error")).toHaveText("Uniquement des lettres minuscules, des chiffres et des traits d’union simples.");
  const slug = `stockage-${Date.now()}`;
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Nom (français)").fill("Stockage de l’énergie");
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByText("Le thème a été créé.")).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/admin\/topics\?saved=created/);
  const [topic] = await query<{ localized: unknown }>(`SELECT "localized" FROM "Topic" WHERE "slug" = $1`, [slug]);
  expect(typeof topic.localized === "string" ? JSON.parse(topic.localized) : topic.localized).toEqual({ fr: { name: "Stockage de l’énergie" } });

  // No English interface text is left on the main back-office pages.
  const [publication] = await query<{ id: string }>(`SELECT "id" FROM "Publication" WHERE "status" = 'PUBLISHED' LIMIT 1`);
  for (const path of ["/fr/admin", "/fr/admin/publications", `/fr/admin/publications/${publication.id}`, "/fr/admin/publications/new", "/fr/admin/authors"]) {
    await page.goto(path);
    const text = await page.locator("main").innerText();
    for (const english of ["Publish now", "Save changes", "Downloads per day", "New publication", "Title or slug", "Upload the PDF", "Replace the PDF", "Authors, in byline order"]) {
      expect(text, `${path} says "${english}"`).not.toContain(english);
    }
  }
});

test("admins manage users: the last admin can't be demoted, and a disabled account is signed out", async ({ page, browser, baseURL }) => {
  const adminEmail = await makeEditor(page, { role: "ADMIN" });
  // This test's admin is the only one.
  await query(`UPDATE "User" SET "role" = 'EDITOR' WHERE "role" = 'ADMIN' AND "email" <> $1`, [adminEmail]);
  const [admin] = await query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [adminEmail]);
  const demote = await page.request.post(`/api/admin/users/${admin.id}`, { form: { intent: "role", role: "EDITOR" }, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect(demote.status()).toBe(409);
  expect(await demote.text()).toContain("last admin");
  const disableSelf = await page.request.post(`/api/admin/users/${admin.id}`, { form: { intent: "disable" }, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect(disableSelf.status()).toBe(409);

  const reader = await browser.newPage();
  const readerEmail = uniqueEmail("to-disable");
  await signUp(reader, { email: readerEmail });
  expect((await (await reader.request.get("/api/me")).json()).user?.email).toBe(readerEmail);

  await page.goto(`/admin/users?q=${encodeURIComponent(readerEmail)}`);
  const row = page.getByTestId("user-row").filter({ hasText: readerEmail });
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(page.getByTestId("user-row").filter({ hasText: readerEmail })).toContainText("disabled");
  expect((await (await reader.request.get("/api/me")).json()).user ?? null).toBeNull();

  await page.getByTestId("user-row").filter({ hasText: readerEmail }).getByLabel(/Role of/).selectOption("EDITOR");
  // The form reloads the list when the change is saved; leaving before then would race it.
  const reloaded = page.waitForResponse((r) => r.request().isNavigationRequest() && r.url().includes("/admin/users"));
  await page.getByTestId("user-row").filter({ hasText: readerEmail }).getByRole("button", { name: "Set role" }).click();
  await reloaded;
  expect((await query<{ role: string }>(`SELECT "role" FROM "User" WHERE "email" = $1`, [readerEmail]))[0].role).toBe("EDITOR");
  await reader.close();

  // A tab of its own: the list's reload may still be under way in this one.
  const audit = await page.context().newPage();
  await audit.goto("/admin/audit");
  const entries = audit.getByTestId("audit-entry");
  await expect(entries.filter({ hasText: `role user “${readerEmail}”` })).toHaveCount(1);
  await expect(entries.filter({ hasText: `disable user “${readerEmail}”` })).toHaveCount(1);
});

test("an admin edits the about page: the site shows it at once, Markdown rendered and HTML inert; editors and stale forms are refused", async ({ page, browser, baseURL }) => {
  // Editors edit the catalogue; the institute's pages are the admins' (posts: see the forged-posts test).
  const editor = await browser.newPage();
  await makeEditor(editor);
  expect((await editor.goto("/admin/pages/about"))!.status()).toBe(404);
  await editor.close();

  await makeEditor(page, { role: "ADMIN" });
  await page.goto("/admin/pages");
  await page.locator("#main").getByRole("link", { name: "About" }).click();
  const stale = await page.locator('input[name="version"]').inputValue();
  await page.getByLabel("Title").fill("Who we are");
  await page.getByLabel("Text (Markdown)").fill("We are **independent**.\n\n<script>alert(1)</script>\n\n[Our researchers](/authors)");
  await page.getByRole("button", { name: "Save the page" }).click();
  await expect(page.getByText("The page was saved; the site shows it now.")).toBeVisible();

  const about = await page.request.get("/about");
  const html = await about.text();
  expect(html).toContain("<h1");
  expect(html).toContain("Who we are");
  expect(html).toContain("<strong>independent</strong>");
  expect(html).toContain('href="/authors"');
  expect(html).not.toContain("<script>alert(1)</script>");
  expect(html).toMatch(/Last updated/);

  // A second admin's form from before the save would overwrite it: refused, the page unchanged.
  const late = await page.request.post("/api/admin/pages/about", { form: { title: "Overwritten", body: "x", version: stale, language: "en" }, headers: { origin: baseURL!, accept: "application/json" }, maxRedirects: 0 });
  expect(late.status()).toBe(409);
  expect(await (await page.request.get("/about")).text()).toContain("Who we are");
  expect((await page.request.get("/admin/pages/imprint")).status()).toBe(404);

  // Written in English only, the French page shows the English text, marked; then its own.
  await page.goto("/fr/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who we are");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await page.goto("/admin/pages/about?language=fr");
  await expect(page.getByText("Not written in French yet")).toBeVisible();
  await page.getByLabel("Title").fill("Qui nous sommes");
  await page.getByLabel("Text (Markdown)").fill("Nous sommes **indépendants**.");
  await page.getByRole("button", { name: "Save the page" }).click();
  await expect(page.getByText("The page was saved; the site shows it now.")).toBeVisible();
  await page.goto("/fr/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Qui nous sommes");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang");
  expect(await (await page.request.get("/about")).text()).toContain("Who we are");
});

test("the audit log records each editorial change with before and after", async ({ page }) => {
  const email = await makeEditor(page, { role: "ADMIN" });
  const id = await createDraft(page, { title: "Audited draft", slug: `audited-${Date.now()}` });
  await page.getByLabel("Title").fill("Audited draft, revised");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes were saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("The publication is on the site.")).toBeVisible();

  const rows = await query<{ action: string; actorEmail: string; changes: string }>(`SELECT "action", "actorEmail", "changes" FROM "AuditEntry" WHERE "entityId" = $1 ORDER BY "createdAt"`, [id]);
  expect(rows.map((r) => r.action)).toEqual(["create", "update", "publish"]);
  expect(rows.every((r) => r.actorEmail === email)).toBe(true);
  expect(JSON.parse(rows[1].changes).title).toEqual({ before: "Audited draft", after: "Audited draft, revised" });
  expect(JSON.parse(rows[2].changes).status).toEqual({ before: "DRAFT", after: "PUBLISHED" });

  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit-entry").filter({ hasText: "update publication “Audited draft, revised”" }).first()).toContainText("Audited draft → Audited draft, revised");
});

test("the dashboard charts downloads and exports its figures as CSV", async ({ page }) => {
  await makeEditor(page);
  await page.goto("/admin?days=30");
  await expect(page.getByRole("img", { name: "Downloads per day, last 30 days" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Most downloaded" })).toBeVisible();
  await expect(page.getByRole("img", { name: "New accounts per week, last 12 weeks" })).toBeVisible();
  const csv = await page.request.get("/api/admin/stats/export?report=accounts&days=30");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("week,count");
  expect(lines).toHaveLength(13);
  // This test's own editor signed up this week.
  expect(Number(lines.at(-1)!.split(",")[1])).toBeGreaterThanOrEqual(1);
});

test("admins see the outgoing mail and what failed; editors do not", async ({ page }) => {
  // A mail the SMTP server will never accept sits in the outbox as failed, with its reason.
  await query(`INSERT INTO "MailJob" ("id", "to", "subject", "text", "status", "attempts", "lastError", "nextAttemptAt", "createdAt") VALUES ($1, 'nobody@invalid.test', 'Undeliverable test mail', '', 'FAILED', 1, '550 No such mailbox here', $2, $2)`, [`mailjob${Date.now()}`, new Date().toISOString()]);
  const email = await makeEditor(page);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Outgoing mail" })).toHaveCount(0);
  await query(`UPDATE "User" SET "role" = 'ADMIN' WHERE "email" = $1`, [email]);
  await page.goto("/admin");
  const section = page.getByRole("region", { name: "Outgoing mail" });
  await expect(section).toContainText(/\d+ waiting \(\d+ after a refusal\), \d+ being sent, \d+ sent, [1-9]\d* failed/);
  await expect(section.getByRole("listitem").filter({ hasText: "nobody@invalid.test" })).toContainText("550 No such mailbox here");
});
