// A database outage (issue 13, finding 3): PostgreSQL refuses connections mid-test. Requests that
// need it answer 503 with Retry-After and a readable page, cached public pages keep serving, and
// the reader stays signed in: once the database is back, the same cookie works.
// Its own server on its own database, so stopping that database touches no other test.
import { spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import net from "node:net";
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

// The server reaches its database through this forwarder, which can freeze: connections stay
// open and nothing is answered, as with a stopped (SIGSTOP) server or a stuck proxy.
const pgTarget = new URL(url || "postgresql://x@127.0.0.1:5432/x");
let frozen = false;
const held: net.Socket[] = [];
const forwarder = net.createServer((client) => {
  const upstream = net.connect(Number(pgTarget.port || 5432), pgTarget.hostname);
  held.push(client, upstream);
  client.on("data", (d) => { if (!frozen) upstream.write(d); });
  upstream.on("data", (d) => { if (!frozen) client.write(d); });
  for (const [a, b] of [[client, upstream], [upstream, client]]) {
    a.on("error", () => b.destroy());
    a.on("close", () => b.destroy());
  }
});
const forwarderPort = port + 40;

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
  await new Promise<void>((resolve) => forwarder.listen(forwarderPort, "127.0.0.1", resolve));
  const throughForwarder = new URL(outageUrl);
  throughForwarder.host = `127.0.0.1:${forwarderPort}`;
  for (const args of [["scripts/db.ts", "deploy"], ["scripts/seed-demo.ts", "--force"], ["scripts/user-create.ts", "--email", reader.email, "--role", "reader", "--password", reader.password]]) {
    const r = spawnSync("npx", ["tsx", "--conditions=react-server", ...args], { env, stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
  }
  // A copy of the build, so this server's page cache (another database's pages) stays its own.
  const dist = `${process.env.NEXT_DIST_DIR ?? ".next-e2e"}-outage`;
  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync(process.env.NEXT_DIST_DIR ?? ".next-e2e", dist, { recursive: true, filter: (src) => !src.includes(`${path.sep}cache${path.sep}`) });
  server = await startExtraServer({
    port,
    env: { ...env, DATABASE_URL: throughForwarder.toString(), DATABASE_CONNECT_TIMEOUT_SECONDS: "2", DATABASE_QUERY_TIMEOUT_SECONDS: "2", NEXT_DIST_DIR: dist, SITE_URL: base, SCHEDULER_INTERVAL_SECONDS: "0" },
    label: "outage server",
  });
});

test.afterAll(async () => {
  stopExtraServer(server);
  frozen = false;
  for (const socket of held) socket.destroy();
  forwarder.close();
  await admin(`ALTER DATABASE "${dbName}_away" RENAME TO "${dbName}"`).catch(() => {});
  await admin(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`).catch(() => {});
  await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
});

/** Signs the reader in, checks the full text opens, and caches the analysis page. */
async function signInAndWarm() {
  const signIn = await fetch(`${base}/api/account/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(reader),
  });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  expect(cookie).toContain("session-token");
  expect((await pdf(cookie)).status).toBe(206);
  // Cached before the outage.
  for (let i = 0; i < 2; i++) expect((await fetch(`${base}/analyses/${FLAGSHIP}`)).status).toBe(200);
  return cookie;
}

const pdf = (cookie: string) => fetch(`${base}/analyses/${FLAGSHIP}/pdf`, { headers: { cookie, range: "bytes=0-99" }, redirect: "manual" });

/** Back: the same cookie still opens the full text. */
async function expectRecovered(cookie: string) {
  await expect.poll(async () => (await pdf(cookie)).status, { timeout: 15_000 }).toBe(206);
}

/**
 * What every kind of database failure must look like: a 503 page with Retry-After on every path
 * that needs the database (pages, routes, listings, search, OAI, sign-in), no cookie cleared, the
 * reader still signed in, and cached pages still served.
 */
async function expectOutageAnswers(cookie: string, { within }: { within: number }) {
  const tracer = Math.random().toString(36).slice(2, 8);
  const paths: Array<[string, Record<string, string>]> = [
    [`/analyses/${FLAGSHIP}/pdf`, { cookie }],
    ["/account", { cookie }],
    ["/library", { cookie }],
    [`/search?q=outage${tracer}`, {}],
    [`/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set=x${tracer}`, {}],
  ];
  for (const [path, headers] of paths) {
    const started = Date.now();
    const res = await fetch(`${base}${path}`, { headers, redirect: "manual" });
    expect(res.status, path).toBe(503);
    expect(Date.now() - started, `${path} took`).toBeLessThan(within);
    expect(Number(res.headers.get("retry-after")), path).toBeGreaterThan(0);
    expect(res.headers.getSetCookie().join("\n"), path).not.toMatch(/session-token=;|Max-Age=0/i);
    expect(await res.text(), path).toContain("Briefly unavailable");
  }
  // Who is signed in comes from the signed cookie alone: the reader still is.
  const me = await fetch(`${base}/api/me`, { headers: { cookie } });
  expect(me.status).toBe(200);
  expect(me.headers.getSetCookie().join("\n")).not.toMatch(/session-token=;|Max-Age=0/i);
  expect((await me.json()).user?.email).toBe(reader.email);
  const post = await fetch(`${base}/api/account/sign-in`, { method: "POST", redirect: "manual", headers: { origin: base, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(reader) });
  expect(post.status).toBe(503);
  expect((await fetch(`${base}/analyses/${FLAGSHIP}`)).status).toBe(200);
}

test("an outage answers 503, keeps cached pages, and signs nobody out", async () => {
  const cookie = await signInAndWarm();
  await admin(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS false`);
  await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${dbName}' AND pid <> pg_backend_pid()`);
  try {
    await expectOutageAnswers(cookie, { within: 10_000 });
  } finally {
    await admin(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`);
  }
  await expectRecovered(cookie);
});

// Issue 30, finding 4: a database renamed away (PostgreSQL 3D000) is not a refused connection,
// and it signed readers out and gave 500s.
test("a database renamed away answers 503 and signs nobody out", async () => {
  const cookie = await signInAndWarm();
  // Closed to new connections first, so that none comes back between the two steps.
  await admin(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS false`);
  await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${dbName}' AND pid <> pg_backend_pid()`);
  await admin(`ALTER DATABASE "${dbName}" RENAME TO "${dbName}_away"`);
  try {
    await expectOutageAnswers(cookie, { within: 10_000 });
  } finally {
    await admin(`ALTER DATABASE "${dbName}_away" RENAME TO "${dbName}"`);
    await admin(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`);
  }
  await expectRecovered(cookie);
});

// Finding 5: a database that accepts connections but never answers hung every request for
// minutes. With 2 s timeouts on this server, each answer comes within a few seconds.
test("a frozen database answers 503 within the timeouts, and recovers at once", async () => {
  test.setTimeout(120_000);
  const cookie = await signInAndWarm();
  frozen = true;
  try {
    await expectOutageAnswers(cookie, { within: 8_000 });
  } finally {
    frozen = false;
    for (const socket of held.splice(0)) socket.destroy();
  }
  await expectRecovered(cookie);
});
