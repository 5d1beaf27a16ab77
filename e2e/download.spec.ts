import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoPublication, FLAGSHIP } from "./helpers";
import { PASSWORD, signUp, uniqueEmail } from "./support/accounts";
import { countRows } from "./support/db";
import { waitForLink } from "./support/mailbox";

const pdfPath = `/analyses/${FLAGSHIP}/pdf`;
const demoBytes = fs.readFileSync(path.resolve("demo", demoPublication(FLAGSHIP).pdf!));
const sha256 = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");

test("signed out, the download sends the reader to sign in, then back to the analysis page, where it starts", async ({ page, request }) => {
  const res = await request.get(pdfPath, { maxRedirects: 0 });
  expect(res.status()).toBe(303);
  expect(res.headers()["location"]).toBe(`/sign-in?callbackUrl=${encodeURIComponent(`/analyses/${FLAGSHIP}#download-ready`)}`);
  expect(res.headers()["content-type"] ?? "").not.toContain("pdf");

  const email = uniqueEmail("gate");
  await signUp(page, { email, name: "Gate Reader" });
  await page.context().clearCookies();

  await page.goto(`/analyses/${FLAGSHIP}`);
  await expect(page.locator("#download-ready")).toBeHidden();
  await page.getByRole("link", { name: /to download the PDF/ }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sign in to download “${demoPublication(FLAGSHIP).title}”`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${FLAGSHIP}.pdf`);
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(bytes.length).toBe(demoBytes.length);
  expect(sha256(bytes)).toBe(sha256(demoBytes));
  // Back on the analysis page, signed in, told so; the fragment is gone, so a reload does not download again.
  await expect(page).toHaveURL(new RegExp(`/analyses/${FLAGSHIP}$`));
  await expect(page.getByRole("status").filter({ hasText: "Your download has started." })).toBeVisible();
  await expect(page.getByRole("banner").locator("summary")).toHaveText("Gate Reader");
  await expect(page.getByRole("link", { name: "Download again" })).toHaveAttribute("href", pdfPath);
});

test("without JavaScript, sign-in still lands on the analysis page with a Download now button", async ({ browser }) => {
  const email = uniqueEmail("gate-nojs");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signUp(page, { email });
  await context.clearCookies();
  await page.goto(pdfPath);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/analyses/${FLAGSHIP}#download-ready$`));
  const now = page.getByRole("link", { name: "Download now" });
  await expect(now).toBeVisible();
  const downloading = page.waitForEvent("download");
  await now.click();
  expect((await downloading).suggestedFilename()).toBe(`${FLAGSHIP}.pdf`);
  await context.close();
});

test("signed in: headers, ranges, 416, and the download history", async ({ page }) => {
  const email = uniqueEmail("range");
  await signUp(page, { email });
  const api = page.request;

  const full = await api.get(pdfPath);
  expect(full.status()).toBe(200);
  const h = full.headers();
  expect(h["content-type"]).toBe("application/pdf");
  expect(h["content-disposition"]).toBe(`attachment; filename="${FLAGSHIP}.pdf"`);
  expect(h["content-length"]).toBe(String(demoBytes.length));
  expect(h["etag"]).toBe(`"${sha256(demoBytes)}"`);
  expect(h["cache-control"]).toBe("private, no-store");
  expect(h["accept-ranges"]).toBe("bytes");

  const range = await api.get(pdfPath, { headers: { range: "bytes=0-99" } });
  expect(range.status()).toBe(206);
  expect(range.headers()["content-range"]).toBe(`bytes 0-99/${demoBytes.length}`);
  const body = await range.body();
  expect(body.length).toBe(100);
  expect(body.equals(demoBytes.subarray(0, 100))).toBe(true);

  const tail = await api.get(pdfPath, { headers: { range: "bytes=-10" } });
  expect(tail.status()).toBe(206);
  expect((await tail.body()).equals(demoBytes.subarray(demoBytes.length - 10))).toBe(true);

  const beyond = await api.get(pdfPath, { headers: { range: `bytes=${demoBytes.length}-` } });
  expect(beyond.status()).toBe(416);
  expect(beyond.headers()["content-range"]).toBe(`bytes */${demoBytes.length}`);

  // One download: the full file. Ranged requests, from offset 0 or not, are parts of a download
  // (a viewer reading on), not new ones, as COUNTER counts them.
  const userDownloads = `"userId" = (SELECT "id" FROM "User" WHERE "email" = $1)`;
  expect(await countRows("Download", userDownloads, [email])).toBe(1);
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Your downloads" }).getByRole("link", { name: demoPublication(FLAGSHIP).title })).toHaveCount(1);
});

test("unknown, draft, PDF-less and traversal slugs are 404 and never a file", async ({ page }) => {
  await signUp(page, { email: uniqueEmail("notfound") });
  const noPdf = "korea-japan-history-disputes";
  for (const p of [
    "/analyses/no-such-thing/pdf",
    "/analyses/unreleased-draft-on-japan/pdf",
    `/analyses/${noPdf}/pdf`,
    "/analyses/..%2F..%2Fpackage.json/pdf",
    "/analyses/%2e%2e%2f%2e%2e%2fetc%2fpasswd/pdf",
    "/analyses/..%252F..%252Fpackage.json/pdf",
  ]) {
    const res = await page.request.get(p);
    expect(res.status(), p).toBe(404);
    expect(res.headers()["content-type"], p).not.toContain("pdf");
  }
});

test("a sign-in link asked for from the download's sign-in page leads back to the download", async ({ page }) => {
  const email = uniqueEmail("link-download");
  await signUp(page, { email });
  await page.context().clearCookies();
  await page.goto(pdfPath);
  await page.getByLabel("Email for the link").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // The first message was the sign-up confirmation; this is the second.
  const link = await waitForLink(email, { nth: 2 });
  const res = await page.request.get(link, { maxRedirects: 0 });
  expect(res.status()).toBe(302);
  const landing = new URL(res.headers()["location"]);
  expect(landing.pathname + landing.hash).toBe(`/analyses/${FLAGSHIP}#download-ready`);
  // The link is spent, and its session cookie is this context's: follow where it pointed.
  const downloading = page.waitForEvent("download");
  await page.goto(landing.pathname + landing.hash);
  expect((await downloading).suggestedFilename()).toBe(`${FLAGSHIP}.pdf`);
  await expect(page.getByRole("status").filter({ hasText: "Your download has started." })).toBeVisible();
});
