// Two app processes on one database, as in production behind a load balancer: a session made on
// one works on the other, rate limits hold across both, and an edit made through one refreshes the
// cached pages of the other (through the shared catalogue epoch, at its next tick).
import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { published } from "./helpers";
import { signUp, uniqueEmail } from "./support/accounts";
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
  const email = uniqueEmail("editor-two");
  await signUp(page, { email });
  await query(`UPDATE "User" SET "role" = 'EDITOR' WHERE "email" = $1`, [email]);
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
