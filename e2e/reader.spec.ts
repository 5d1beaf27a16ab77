import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { FLAGSHIP } from "./helpers";
import { clickAndSettle, signUp, uniqueEmail } from "./support/accounts";

const readPath = `/analyses/${FLAGSHIP}/read`;
const pdfPath = `/analyses/${FLAGSHIP}/pdf`;

test("reading online: page 1 first, then the page where the reader stopped, remembered in the library", async ({ page }) => {
  await signUp(page, { email: uniqueEmail("reader") });
  await page.goto(`/analyses/${FLAGSHIP}`);
  await page.getByRole("link", { name: "Read online" }).click();
  await expect(page).toHaveURL(new RegExp(`${readPath}$`));
  const canvas = page.locator("canvas[data-page]");
  await expect(canvas).toHaveAttribute("data-page", "1");
  await expect(page.getByLabel("Page", { exact: true })).toHaveValue("1");
  // The page is drawn: the canvas holds pixels that are not all white.
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 !== 3 && v < 200))).toBe(true);

  // Keyboard: the page view takes focus, and the arrow keys turn pages.
  const saved = page.waitForResponse((r) => r.url().endsWith(`/api/reading/${FLAGSHIP}`) && r.request().method() === "POST");
  await page.getByLabel("Page view: arrow keys turn pages").focus();
  await page.keyboard.press("ArrowRight");
  await expect(canvas).toHaveAttribute("data-page", "2");
  expect((await saved).status()).toBe(200);

  await page.reload();
  await expect(canvas).toHaveAttribute("data-page", "2");
  await page.getByRole("button", { name: "← Previous" }).click();
  await expect(canvas).toHaveAttribute("data-page", "1");
  // Leaving at once still saves the page: the viewer sends it as it goes, not only after a pause.
  await page.getByLabel("Page", { exact: true }).fill("2");
  await page.getByLabel("Page", { exact: true }).press("Enter");
  await expect(canvas).toHaveAttribute("data-page", "2");
  await page.getByRole("link", { name: "← Back to the summary" }).click();
  await expect.poll(async () => (await (await page.request.get(`/api/reading/${FLAGSHIP}`)).json()).page).toBe(2);
  await clickAndSettle(page, page.getByRole("button", { name: /^Save: / }).first());
  await page.goto("/library");
  await expect(page.getByRole("link", { name: "Continue reading (p. 2)" })).toHaveAttribute("href", readPath);
});

test("signed out, the reading page is the same page for everyone and no PDF byte reaches the browser", async ({ page, request }) => {
  const pdfBodies: string[] = [];
  page.on("response", (r) => {
    if ((r.headers()["content-type"] ?? "").includes("pdf")) pdfBodies.push(r.url());
  });
  await page.goto(readPath);
  await expect(page.getByRole("link", { name: "Sign in to read online" })).toBeVisible();
  expect(pdfBodies).toEqual([]);
  // Whatever the viewer would ask for: ranges, HEAD, the position.
  for (const headers of [{ range: "bytes=0-65535" }, { range: "bytes=100-" }, {}] as Array<Record<string, string>>) {
    const res = await request.get(pdfPath, { headers, maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect((await res.body()).length).toBe(0);
  }
  expect((await request.head(pdfPath, { maxRedirects: 0 })).status()).toBe(303);
  expect((await request.get(`/api/reading/${FLAGSHIP}`)).status()).toBe(401);
  const post = await request.post(`/api/reading/${FLAGSHIP}`, { form: { page: "3" }, headers: { origin: new URL(page.url()).origin }, maxRedirects: 0 });
  expect(post.status()).toBe(303);
  // Cached like any public page.
  const first = await request.get(readPath);
  expect(first.headers()["cache-control"]).toContain("s-maxage");
});

test("the viewer reads a long file in ranges, not whole", async ({ page }) => {
  await signUp(page, { email: uniqueEmail("ranges") });
  // A 120-page, 800 KB report, served here with range support as the gated route serves it (the
  // demo's files are too small for ranges to matter; the gate itself is tested above).
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 120; i++) {
    const p = doc.addPage([420, 595]);
    for (let line = 0; line < 90; line++) p.drawText(`Page ${i + 1}, line ${line}: ${crypto.randomBytes(32).toString("hex")}`, { x: 20, y: 580 - line * 6.3, size: 4, font });
  }
  // Object streams, as most producers write them: with a classic xref table and 120 loose page
  // objects PDF.js reads most of the file to find page 1 whatever the transport (checked in Node).
  const bytes = Buffer.from(await doc.save());
  const asked: Array<[number, number]> = [];
  await page.route(`**${pdfPath}`, async (route) => {
    const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers()["range"] ?? "");
    const headers = { "content-type": "application/pdf", "accept-ranges": "bytes", "cache-control": "private, no-store" };
    if (!range) return route.fulfill({ status: 200, headers: { ...headers, "content-length": String(bytes.length) }, body: bytes });
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
    asked.push([start, end]);
    return route.fulfill({ status: 206, headers: { ...headers, "content-range": `bytes ${start}-${end}/${bytes.length}`, "content-length": String(end - start + 1) }, body: bytes.subarray(start, end + 1) });
  });
  await page.goto(readPath);
  await expect(page.locator("canvas[data-page]")).toHaveAttribute("data-page", "1");
  await expect(page.locator("#reader-count")).toHaveText("of 120");
  expect(asked.length).toBeGreaterThan(0);
  const fetched = asked.reduce((sum, [a, b]) => sum + (b - a + 1), 0);
  expect(fetched, `ranges ${JSON.stringify(asked)} of ${bytes.length}`).toBeLessThan(bytes.length / 2);
});

test("positions outside the document or of unknown analyses are refused", async ({ page }) => {
  await signUp(page, { email: uniqueEmail("bad-page") });
  await page.goto(readPath);
  const origin = new URL(page.url()).origin;
  expect((await page.request.post(`/api/reading/${FLAGSHIP}`, { form: { page: "99999" }, headers: { origin }, maxRedirects: 0 })).status()).toBe(422);
  expect((await page.request.post(`/api/reading/${FLAGSHIP}`, { form: { page: "0" }, headers: { origin }, maxRedirects: 0 })).status()).toBe(422);
  expect((await page.request.post(`/api/reading/no-such-analysis`, { form: { page: "1" }, headers: { origin }, maxRedirects: 0 })).status()).toBe(404);
  expect((await page.request.post(`/api/reading/${FLAGSHIP}`, { form: { page: "1" }, headers: { origin: "https://evil.example" }, maxRedirects: 0 })).status()).toBe(403);
  expect((await (await page.request.get(`/api/reading/${FLAGSHIP}`)).json()).page).toBe(1);
});

test("without JavaScript the reading page offers the download instead of an empty viewer", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(readPath);
  await expect(page.getByText("Reading online needs JavaScript.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the PDF" })).toHaveAttribute("href", pdfPath);
  await expect(page.getByText("Opening the full text…")).toBeHidden();
  await context.close();
});
