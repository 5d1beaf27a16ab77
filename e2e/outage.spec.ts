// A database outage (issue 13, finding 3): PostgreSQL refuses connections mid-test. Requests that
// need it answer 503 with Retry-After and a readable page, cached public pages keep serving, and
// the reader stays signed in: once the database is back, the same cookie works.
// Its own server on its own database, so stopping that database touches no other test.
import { spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { FLAGSHIP } from "./helpers";
import { startExtraServer, stopExtraServer } from "./support/server";

const url = process.env.DATABASE_URL ?? "";
const POSTGRES = url.startsWith("postgres");
const port = Number(process.env.E2E_PORT ?? 3100) + 3;
const base = `http://localhost:${port}`;
const dbName = `${new URL(url || "postgresql://x/x").pathname.slice(1)}_outage`;
const outageUrl = url.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`);
const reader = { email: "outage-reader@example.test", password: "outage passphrase 123" };

test.skip(!POSTGRES, "The outage is staged with PostgreSQL's ALLOW_CONNECTIONS; the SQLite pass has no server to stop.");
test.describe.configure({ mode: "serial" });

let server: ChildProcess | undefined;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${dbName}"`);
  const env = { ...process.env, DATABASE_URL: outageUrl };
  for (const args of [["scripts/db.ts", "deploy"], ["scripts/seed-demo.ts", "--force"], ["scripts/user-create.ts", "--email", reader.email, "--role", "reader", "--password", reader.password]]) {
    const r = spawnSync("npx", ["tsx", "--conditions=react-server", ...args], { env, stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
  }
  // A copy of the build, so this server's page cache (another database's pages) stays its own.
  const dist = `${process.env.NEXT_DIST_DIR ?? ".next-e2e"}-outage`;
  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync(process.env.NEXT_DIST_DIR ?? ".next-e2e", dist, { recursive: true, filter: (src) => !src.includes(`${path.sep}cache${path.sep}`) });
  server = await startExtraServer({ port, env: { ...env, NEXT_DIST_DIR: dist, SITE_URL: base, SCHEDULER_INTERVAL_SECONDS: "0" }, label: "outage server" });
});

test.afterAll(async () => {
  stopExtraServer(server);
  await admin(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`).catch(() => {});
  await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
});

test("an outage answers 503, keeps cached pages, and signs nobody out", async () => {
  const signIn = await fetch(`${base}/api/account/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(reader),
  });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  expect(cookie).toContain("session-token");
  const pdf = () => fetch(`${base}/analyses/${FLAGSHIP}/pdf`, { headers: { cookie, range: "bytes=0-99" }, redirect: "manual" });
  expect((await pdf()).status).toBe(206);
  // Cached before the outage.
  for (let i = 0; i < 2; i++) expect((await fetch(`${base}/analyses/${FLAGSHIP}`)).status).toBe(200);

  await admin(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS false`);
  await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${dbName}' AND pid <> pg_backend_pid()`);
  try {
    for (const [path, headers] of [[`/analyses/${FLAGSHIP}/pdf`, { cookie }], ["/account", { cookie }], ["/library", { cookie }]] as const) {
      const res = await fetch(`${base}${path}`, { headers, redirect: "manual" });
      expect(res.status, path).toBe(503);
      expect(Number(res.headers.get("retry-after")), path).toBeGreaterThan(0);
      expect(res.headers.getSetCookie().join("\n"), path).not.toMatch(/session-token=;|Max-Age=0/i);
      expect(await res.text(), path).toContain("Briefly unavailable");
    }
    // Who is signed in comes from the signed cookie alone: the reader still is.
    const me = await fetch(`${base}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).user?.email).toBe(reader.email);
    const post = await fetch(`${base}/api/account/sign-in`, { method: "POST", redirect: "manual", headers: { origin: base, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(reader) });
    expect(post.status).toBe(503);
    expect((await fetch(`${base}/analyses/${FLAGSHIP}`)).status).toBe(200);
  } finally {
    await admin(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`);
  }
  // Back: the same cookie still opens the full text.
  await expect.poll(async () => (await pdf()).status, { timeout: 15_000 }).toBe(206);
});
