// Tests that change the public catalogue. They run in their own project, after every other test
// has finished (see playwright.config.ts), so no listing count elsewhere sees the change.
import { expect, test } from "@playwright/test";
import { published } from "./helpers";
import { clickAndSettle, signUp, uniqueEmail } from "./support/accounts";
import { query } from "./support/db";
import { makeEditor } from "./support/editorial";

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
  await makeEditor(page);
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

test("an edit expires the pages that show it and leaves every other page in the cache", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await makeEditor(page);
  // A and B share no author, centre or programme, and B's page does not show A (as a related analysis, say).
  // Nor are they in each other's stored related lists: saving A ranks again the lists near it.
  const [a] = await query<{ id: string; slug: string; title: string; centerId: string }>(`SELECT "id", "slug", "title", "centerId" FROM "Publication" WHERE "slug" = 'critical-raw-materials'`);
  const candidates = await query<{ slug: string }>(
    `SELECT p."slug" FROM "Publication" p WHERE p."status" = 'PUBLISHED' AND p."centerId" <> $1
       AND NOT EXISTS (SELECT 1 FROM "PublicationAuthor" x JOIN "PublicationAuthor" y ON x."authorId" = y."authorId" WHERE x."publicationId" = p."id" AND y."publicationId" = $2)
       AND NOT EXISTS (SELECT 1 FROM "RelatedPublication" r WHERE (r."publicationId" = p."id" AND r."relatedId" = $2) OR (r."publicationId" = $2 AND r."relatedId" = p."id"))
     ORDER BY p."slug" LIMIT 20`,
    [a.centerId, a.id],
  );
  const [author] = await query<{ slug: string }>(`SELECT au."slug" FROM "PublicationAuthor" pa JOIN "Author" au ON au."id" = pa."authorId" WHERE pa."publicationId" = $1 ORDER BY pa."position" LIMIT 1`, [a.id]);
  const get = (path: string) => fetch(`${baseURL}${path}`);
  let b: { slug: string; body: string } | undefined;
  for (const { slug } of candidates) {
    const body = await (await get(`/analyses/${slug}`)).text();
    if (!body.includes(a.title)) {
      b = { slug, body };
      break;
    }
  }
  if (!b) throw new Error("every candidate page shows A");
  // B's page, cached: the next request is a hit.
  const cachedB = await get(`/analyses/${b.slug}`);
  expect(cachedB.headers.get("x-nextjs-cache")).toBe("HIT");
  const bodyB = await cachedB.text();
  for (const path of [`/analyses/${a.slug}`, `/authors/${author.slug}`, `/analyses?author=${author.slug}`]) await get(path);

  const edit = async (title: string) => {
    const [row] = await query<Record<string, string | number>>(`SELECT * FROM "Publication" WHERE "id" = $1`, [a.id]);
    const ids = async (sql: string) => (await query<{ id: string }>(sql, [a.id])).map((r) => r.id);
    const form = new URLSearchParams({
      title,
      slug: String(row.slug),
      type: String(row.type).toLowerCase().replace(/_/g, "-"),
      language: String(row.language),
      publishedAt: new Date(row.publishedAt as string | number).toISOString().slice(0, 10),
      series: String(row.series ?? ""),
      seriesNumber: row.seriesNumber ? String(row.seriesNumber) : "",
      summary: String(row.summary),
      centerId: String(row.centerId),
      featured: row.featured && row.featured !== "0" ? "on" : "",
      version: String(row.version),
    });
    for (const id of await ids(`SELECT "authorId" AS id FROM "PublicationAuthor" WHERE "publicationId" = $1 ORDER BY "position"`)) form.append("authorIds", id);
    for (const id of await ids(`SELECT "A" AS id FROM "_ProgramToPublication" WHERE "B" = $1`)) form.append("programIds", id);
    for (const id of await ids(`SELECT "B" AS id FROM "_PublicationToTopic" WHERE "A" = $1`)) form.append("topicIds", id);
    for (const id of await ids(`SELECT "B" AS id FROM "_PublicationToRegion" WHERE "A" = $1`)) form.append("regionIds", id);
    const saved = await page.request.post(`/api/admin/publications/${a.id}`, { headers: { origin: baseURL!, accept: "application/json", "content-type": "application/x-www-form-urlencoded" }, data: form.toString() });
    expect(saved.status(), await saved.text()).toBe(200);
  };
  const renamed = `${a.title} (revised ${Date.now()})`;
  await edit(renamed);
  try {
    // B is still served from the cache, untouched.
    const afterB = await get(`/analyses/${b.slug}`);
    expect(afterB.headers.get("x-nextjs-cache")).toBe("HIT");
    expect((await afterB.text()) === bodyB).toBe(true);
    // The server renders A's page and its author's again in the background: nobody asked for
    // them since the edit, yet they come from the cache, already changed. Wait until the server
    // says its cache has settled (the related analyses ranked again after the edit, their page
    // changes applied, the re-rendering done), asking it, not the pages, which would render them.
    await expect
      .poll(async () => ((await (await page.request.get("/api/admin/cache")).json()) as { settled: boolean }).settled, { timeout: 60_000, message: "the pages the edit expired were re-rendered" })
      .toBe(true);
    for (const path of [`/analyses/${a.slug}`, `/authors/${author.slug}`]) {
      const warm = await get(path);
      expect(warm.headers.get("x-nextjs-cache"), path).toBe("HIT");
      expect((await warm.text()).includes(renamed), path).toBe(true);
    }
    // What shows A and was not re-rendered renders on request, changed.
    expect((await (await get(`/analyses?author=${author.slug}`)).text()).includes(renamed)).toBe(true);
  } finally {
    await edit(a.title);
  }
});
