// Two app processes on one database, as in production behind a load balancer: a session made on
// one works on the other, rate limits hold across both, and an edit made through one refreshes the
// cached pages of the other (through the page-change log, at its next tick). Then two more that
// share their page cache through Redis and their files through a bucket.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import S3rver from "s3rver";
import { DRAFT, published } from "./helpers";
import { signUp, uniqueEmail } from "./support/accounts";
import { makeEditor } from "./support/editorial";
import { query } from "./support/db";
import { startExtraServer, stopExtraServer } from "./support/server";

test.describe.configure({ mode: "serial" });

const port = Number(process.env.E2E_PORT ?? 3100) + 2;
const other = `http://localhost:${port}`;
let server: ChildProcess;

test.beforeAll(async () => {
  // The same public origin (SITE_URL) as the first, as two processes behind one balancer have.
  server = await startExtraServer({ port, env: { SCHEDULER_INTERVAL_SECONDS: "1" }, label: "second server" });
});

test.afterAll(() => stopExtraServer(server));

test("a session made on one process is valid on the other", async ({ page }) => {
  await signUp(page, { email: uniqueEmail("two-processes"), name: "Two Processes" });
  const me = await page.request.get(`${other}/api/me`);
  expect((await me.json()).user?.name).toBe("Two Processes");
});

test("sign-in attempts count against one limit across both processes", async ({ request, baseURL }) => {
  const email = uniqueEmail("limited-twice");
  const attempt = (base: string) => request.post(`${base}/api/account/sign-in`, { headers: { origin: baseURL! }, form: { email, password: "wrong password here" }, maxRedirects: 0 });
  // The suite allows 5 attempts per email per window: 3 here and 2 there use them up.
  for (const base of [baseURL!, other, baseURL!, other, baseURL!]) expect((await attempt(base)).status()).toBe(303);
  expect((await attempt(other)).status()).toBe(429);
});

test("unpublishing through one process takes the page off the other's cache", async ({ page, baseURL }) => {
  // No other test uses this one: the mutation tests may run alongside.
  const target = published.find((p) => p.slug === "russia-and-the-brics")!;
  const path = `/analyses/${target.slug}`;
  // Cached on the other process first.
  for (let i = 0; i < 2; i++) expect((await fetch(`${other}${path}`)).status).toBe(200);
  await makeEditor(page);
  const [pub] = await query<{ id: string }>(`SELECT "id" FROM "Publication" WHERE "slug" = $1`, [target.slug]);
  const change = (intent: "unpublish" | "publish") =>
    page.request.post(`/api/admin/publications/${pub.id}/status`, { headers: { origin: baseURL!, accept: "application/json" }, form: { intent } });
  expect((await change("unpublish")).ok()).toBe(true);
  try {
    await expect.poll(async () => (await fetch(`${other}${path}`)).status, { timeout: 10_000 }).toBe(404);
  } finally {
    expect((await change("publish")).ok()).toBe(true);
  }
  await expect.poll(async () => (await fetch(`${other}${path}`)).status, { timeout: 10_000 }).toBe(200);
});

// Two more processes that share a page cache through Redis, and files in an S3-compatible bucket,
// as a deployment that outgrew one server runs. The Redis is this test's own, on another port, so
// that it can be stopped; the bucket is an s3rver in this process.
test.describe("with the shared cache on Redis and files in a bucket", () => {
  const redisPort = Number(process.env.E2E_REDIS_PORT ?? 6390 + (Number(process.env.E2E_PORT ?? 3100) % 100));
  const [a, b] = [4, 5].map((n) => `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + n}`);
  let redis: ChildProcess | undefined;
  let s3: S3rver;
  let s3Closed = false;
  const servers: ChildProcess[] = [];
  const dists: string[] = [];
  const slug = `shared-cache-${Date.now()}`;
  let pubId = "";

  const startRedis = async () => {
    redis = spawn("redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    await expect.poll(() => redisAnswers(redisPort), { timeout: 10_000 }).toBe(true);
  };
  const stopRedis = async () => {
    redis?.kill("SIGKILL");
    await expect.poll(() => redisAnswers(redisPort), { timeout: 10_000 }).toBe(false);
  };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await startRedis();
    s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: fs.mkdtempSync(path.join(os.tmpdir(), "folio-s3-")), configureBuckets: [{ name: "folio-e2e", configs: [] }] });
    const { port: s3Port } = await s3.run();
    const env = {
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      STORAGE_URL: "s3://folio-e2e/site",
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      // No timer: whatever the other process sees of an edit, it sees through Redis.
      SCHEDULER_INTERVAL_SECONDS: "0",
    };
    for (const [i, url] of [a, b].entries()) {
      // Each its own copy of the build (hard links), as on two machines: two processes in one
      // build folder would also share Next's cache on disk, and hide what Redis does.
      const dist = `${process.env.NEXT_DIST_DIR ?? ".next-e2e"}-shared-${i + 1}`;
      fs.rmSync(dist, { recursive: true, force: true });
      execFileSync("cp", ["-al", process.env.NEXT_DIST_DIR ?? ".next-e2e", dist]);
      dists.push(dist);
      servers.push(await startExtraServer({ port: Number(new URL(url).port), env: { ...env, NEXT_DIST_DIR: dist }, label: `Redis-backed server ${i + 1}` }));
    }
    // A publication of this test's own, copied from the draft fixture and published, without a PDF.
    pubId = `sharedcache${Date.now()}`;
    await query(
      `INSERT INTO "Publication" ("id", "slug", "title", "type", "language", "publishedAt", "status", "version", "featured", "summary", "teaser", "centerId", "createdAt", "updatedAt")
       SELECT $1, $2, 'Grid storage across two servers', "type", "language", "publishedAt", 'PUBLISHED', 0, "featured", "summary", "teaser", "centerId", "createdAt", "updatedAt" FROM "Publication" WHERE "slug" = $3`,
      [pubId, slug, DRAFT],
    );
  });

  test.afterAll(async () => {
    for (const s of servers) stopExtraServer(s);
    for (const dist of dists) fs.rmSync(dist, { recursive: true, force: true });
    redis?.kill("SIGKILL");
    if (!s3Closed) await s3?.close();
    await query(`DELETE FROM "Download" WHERE "publicationId" = $1`, [pubId]);
    await query(`DELETE FROM "AuditEntry" WHERE "entityId" = $1`, [pubId]).catch(() => undefined);
    await query(`DELETE FROM "Publication" WHERE "id" = $1`, [pubId]);
  });

  test("a page rendered through one process is a cache hit on the other's first request", async () => {
    const path = `/analyses/${slug}`;
    const first = await fetch(`${a}${path}`);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-nextjs-cache")).not.toBe("HIT");
    const other = await fetch(`${b}${path}`);
    expect(other.status).toBe(200);
    expect(other.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(await other.text()).toContain("Grid storage across two servers");
  });

  test("an edit through one process shows on the other at once, with no timer", async ({ page }) => {
    const path = `/analyses/${slug}`;
    for (const base of [a, b]) expect((await fetch(`${base}${path}`)).headers.get("x-nextjs-cache")).toBe("HIT");
    await makeEditor(page);
    const change = (intent: "unpublish" | "publish") =>
      page.request.post(`${a}/api/admin/publications/${pubId}/status`, { headers: { origin: process.env.SITE_URL!, accept: "application/json" }, form: { intent } });
    expect((await change("unpublish")).ok()).toBe(true);
    // The very next request, with no tick in either process.
    expect((await fetch(`${b}${path}`)).status).toBe(404);
    expect((await change("publish")).ok()).toBe(true);
    expect((await fetch(`${b}${path}`)).status).toBe(200);
  });

  test("a PDF uploaded through one process downloads through the other, from the bucket", async ({ page }) => {
    await makeEditor(page);
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]).drawText("Stored in the bucket");
    const pdf = Buffer.from(await doc.save());
    const [{ version }] = await query<{ version: number }>(`SELECT "version" FROM "Publication" WHERE "id" = $1`, [pubId]);
    const upload = await page.request.post(`${a}/api/admin/publications/${pubId}/pdf`, {
      headers: { origin: process.env.SITE_URL!, accept: "application/json" },
      multipart: { version: String(version), pdf: { name: "bucket.pdf", mimeType: "application/pdf", buffer: pdf } },
    });
    expect(upload.ok()).toBe(true);
    const [{ pdfKey }] = await query<{ pdfKey: string }>(`SELECT "pdfKey" FROM "Publication" WHERE "id" = $1`, [pubId]);
    // Not on the disk the suite's own server uses: in the bucket.
    expect(fs.existsSync(path.join(process.env.STORAGE_DIR!, pdfKey))).toBe(false);
    const download = await page.request.get(`${b}/analyses/${slug}/pdf`, { maxRedirects: 0 });
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    // Signed out, the other process sends the reader to sign in, never to the file.
    const anonymous = await fetch(`${b}/analyses/${slug}/pdf`, { redirect: "manual" });
    expect(anonymous.status).toBe(303);
  });

  test("with Redis stopped both processes keep answering, and the shared cache works again once it is back", async () => {
    await stopRedis();
    try {
      for (const base of [a, b]) {
        for (const path of [`/analyses/${slug}`, "/analyses", `/analyses?q=energy&redis-down=${Date.now()}`, "/api/me"]) {
          expect((await fetch(`${base}${path}`)).status, `${base}${path}`).toBe(200);
        }
      }
    } finally {
      await startRedis();
    }
    // The clients reconnect on their own (backoff of 2 s at most); a page rendered by one is then
    // served by the other.
    const path = `/analyses/${published[1].slug}`;
    await expect
      .poll(async () => {
        await fetch(`${a}${path}`);
        return (await fetch(`${b}${path}`)).headers.get("x-nextjs-cache");
      }, { timeout: 20_000 })
      .toBe("HIT");
  });

  test("with the bucket down, a download is a 503 that asks to retry, and the pages still serve", async ({ page }) => {
    await signUp(page, { email: uniqueEmail("reader-bucket-down") });
    await s3.close();
    s3Closed = true;
    const download = await page.request.get(`${b}/analyses/${slug}/pdf`, { maxRedirects: 0 });
    expect(download.status()).toBe(503);
    expect(download.headers()["retry-after"]).toBeTruthy();
    expect(download.headers()["set-cookie"]).toBeUndefined();
    expect((await fetch(`${a}/analyses/${slug}`)).status).toBe(200);
  });
});

/** Whether a Redis answers PING on this port. */
function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" }, () => socket.write("PING\r\n"));
    socket.setTimeout(1_000, () => (socket.destroy(), resolve(false)));
    socket.on("data", (d) => (socket.destroy(), resolve(d.toString().startsWith("+PONG"))));
    socket.on("error", () => resolve(false));
  });
}
