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

test("signed out, the download sends the reader to sign in, then lands on the file", async ({ page, request }) => {
  const res = await request.get(pdfPath, { maxRedirects: 0 });
  expect(res.status()).toBe(303);
  expect(res.headers()["location"]).toBe(`/sign-in?callbackUrl=${encodeURIComponent(pdfPath)}`);
  expect(res.headers()["content-type"] ?? "").not.toContain("pdf");

  const email = uniqueEmail("gate");
  await signUp(page, { email });
  await page.context().clearCookies();

  await page.goto(`/analyses/${FLAGSHIP}`);
  await page.getByRole("link", { name: /to download the PDF/ }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
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

  // Two downloads from offset 0 (the full file and the first range); the tail range is not one.
  const userDownloads = `"userId" = (SELECT "id" FROM "User" WHERE "email" = $1)`;
  expect(await countRows("Download", userDownloads, [email])).toBe(2);
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Your downloads" }).getByRole("link", { name: demoPublication(FLAGSHIP).title })).toHaveCount(2);
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
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(pdfPath)}`);
  await page.getByLabel("Email for the link").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // The first message was the sign-up confirmation; this is the second.
  const link = await waitForLink(email, { nth: 2 });
  const res = await page.request.get(link, { maxRedirects: 0 });
  expect(res.status()).toBe(302);
  expect(new URL(res.headers()["location"]).pathname).toBe(pdfPath);
  const file = await page.request.get(pdfPath);
  expect(file.headers()["content-type"]).toBe("application/pdf");
});
