// Through the documented production front (scripts/deploy/nginx-front.conf, started as the bench
// starts it) before the test server: what an outside review got as 502s and error-log lines there
// (issue 30, finding 7) is a readable 4xx, and nginx logs no error.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { hasNginx, startNginxFront } from "../scripts/bench/harness";

const appPort = Number(process.env.E2E_PORT ?? 3100);
const frontPort = appPort + 90;
const front = `http://127.0.0.1:${frontPort}`;
let nginx: ChildProcess | undefined;
let dir = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  if (!hasNginx()) throw new Error("This test runs the nginx front: on Debian or Ubuntu, sudo apt-get install -y nginx (.ci/run does).");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-front-"));
  // nginx's workers (nobody, when started as root) write its cache and temporary files here.
  fs.chmodSync(dir, 0o755);
  nginx = startNginxFront({ dir, listen: `127.0.0.1:${frontPort}`, ports: [appPort], storageDir: process.env.STORAGE_DIR ?? "data/e2e-storage" });
  await expect.poll(async () => (await fetch(`${front}/`).catch(() => null))?.status, { timeout: 15_000 }).toBe(200);
});

test.afterAll(() => {
  nginx?.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
});

const errorLog = () => fs.readFileSync(path.join(dir, "front", "error.log"), "utf8").split("\n").filter((line) => /\[(error|crit|alert|emerg)\]/.test(line));

test("long paths, plain and RSC, and long searches are 404s or nginx's own 414, never a 502 or an error line", async () => {
  for (const length of [1_100, 3_500, 7_000]) {
    for (const headers of [{}, { RSC: "1" }] as Array<Record<string, string>>) {
      const res = await fetch(`${front}/${"a".repeat(length)}`, { headers });
      expect(res.status, `${length} ${JSON.stringify(headers)}`).toBe(404);
    }
  }
  // Up to nginx's longest request line (8 KB): answered; beyond it, nginx's own 414.
  const words = (n: number) => Array.from({ length: n }, (_, i) => `japan${i}`).join("%20");
  expect((await fetch(`${front}/search?q=${words(300)}&topic=${words(300)}`)).status).toBeLessThan(500);
  expect((await fetch(`${front}/search?q=${words(1_200)}`)).status).toBe(414);
  expect(errorLog()).toEqual([]);
});

test("methods no route takes and foreign-origin posts to pages are refused readably through the front", async () => {
  for (const method of ["PATCH", "DELETE", "PROPFIND"]) expect((await fetch(`${front}/`, { method })).status, method).toBe(405);
  const post = await fetch(`${front}/fr/search`, { method: "POST", headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, body: "a=1" });
  expect(post.status).toBe(403);
  expect(await post.text()).toContain("This form must be sent from this site.");
  expect(errorLog()).toEqual([]);
});
