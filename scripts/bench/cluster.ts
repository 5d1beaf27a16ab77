// npm run bench:cluster: Folio as a deployment that outgrew one server runs it: 1, 2 and 3
// `next start` processes on PostgreSQL (DATABASE_URL, seeded with `npm run seed:scale`), sharing
// their page cache through a Redis and their files through an S3-compatible bucket (s3rver), behind
// an nginx balancer, then behind the documented nginx front. Everything it starts is its own (a
// redis-server on BENCH_REDIS_PORT, s3rver, nginx) and stops with it. Prints, with baselines from
// the same run:
//   - cached-page throughput per process count, over one process and over nginx serving the file;
//   - renders per cold page across the processes (MONITOR on the bench's Redis counts the writes);
//   - the PDF download rate: streamed from disk, streamed from the bucket, redirected to it, and
//     nginx sending the file;
//   - the front: throughput over nginx's file, and how long an edit takes to show through it;
//   - a soak during which Redis is killed and restarted: errors, and the time until the shared
//     cache serves again.
//   BENCH_SECONDS=10 BENCH_CONNECTIONS=50 BENCH_SOAK_SECONDS=40 BENCH_REDIS_PORT=6391 npm run bench:cluster
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createReader, hasNginx, runProjectScript, signIn, spawnServer, startBalancer, startNginxFront, startStaticNginx, waitFor } from "./harness";
import { runScript } from "../lib/run-script";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 40);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const REDIS_PORT = Number(process.env.BENCH_REDIS_PORT ?? 6391);
const FIRST_PORT = 3320;
const BALANCER_PORT = 3330;
const FRONT_PORT = 3331;
const NGINX_PORT = 3332;
const DISK_PORT = 3333;
const DIST = ".next-bench-cluster";
const COLD_PAGES = 20;
const COLD_CONCURRENCY = 6;
const EDITOR = { email: "bench-editor@example.test", password: "bench passphrase 123" };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number, digits = 0) => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  if (!process.env.DATABASE_URL?.startsWith("postgres")) throw new Error("bench:cluster runs on PostgreSQL: set DATABASE_URL and seed it with npm run seed:scale");
  if (!hasNginx()) throw new Error("bench:cluster balances with nginx: apt-get install nginx-light");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "folio-cluster-"));
  fs.chmodSync(tmp, 0o755);
  const children: ChildProcess[] = [];
  const stop = (p: ChildProcess | undefined) => p?.pid && spawnSync("kill", ["-TERM", String(p.pid)]);
  process.on("exit", () => children.forEach(stop));

  // Own Redis, bounded as docs/operations.md says to bound it.
  const startRedis = () => {
    const r = spawn("redis-server", ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxmemory", "256mb", "--maxmemory-policy", "volatile-lru"], { stdio: "ignore" });
    children.push(r);
    return r;
  };
  let redis = startRedis();
  const redisCli = (...args: string[]) => spawnSync("redis-cli", ["-p", String(REDIS_PORT), ...args], { encoding: "utf8" }).stdout.trim();
  for (let i = 0; i < 50 && redisCli("PING") !== "PONG"; i++) await sleep(100);

  // s3rver in a process of its own, so that it does not share the load generator's core.
  const s3Dir = path.join(tmp, "s3");
  const s3Port = 3334;
  const s3 = spawn(process.execPath, ["-e", `const S3rver = require("s3rver"); new S3rver({ address: "127.0.0.1", port: ${s3Port}, silent: true, directory: ${JSON.stringify(s3Dir)}, configureBuckets: [{ name: "folio-bench", configs: [] }] }).run()`], { stdio: "ignore" });
  children.push(s3);
  await sleep(1500);

  const base: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_COMPRESS: "0",
    SITE_URL: `http://localhost:${BALANCER_PORT}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64"),
    AUTH_RATE_LIMIT_PER_IP: "1000000",
    SCHEDULER_INTERVAL_SECONDS: "0",
  };
  const shared: NodeJS.ProcessEnv = {
    ...base,
    REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
    STORAGE_URL: "s3://folio-bench/site",
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    TRUST_PROXY: "1",
  };

  console.log("Building…");
  if (spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/build.ts"], { env: base, stdio: ["ignore", "ignore", "inherit"] }).status !== 0) throw new Error("the build failed");
  createReader(base);
  runProjectScript(base, "user-create.ts", "--email", EDITOR.email, "--role", "editor", "--password", EDITOR.password);
  console.log("Copying STORAGE_DIR into the bucket…");
  runProjectScript(shared, "storage-copy.ts");

  const servers: ChildProcess[] = [];
  const startServers = async (n: number, env = shared) => {
    for (let i = servers.length; i < n; i++) {
      const s = spawnServer(env, FIRST_PORT + i);
      children.push(s);
      servers.push(s);
    }
    for (let i = 0; i < n; i++) await waitFor(`http://127.0.0.1:${FIRST_PORT + i}/api/me`);
  };
  const ports = (n: number) => Array.from({ length: n }, (_, i) => FIRST_PORT + i);
  let balancer: ChildProcess | undefined;
  const balance = async (n: number) => {
    stop(balancer);
    await sleep(300);
    balancer = startBalancer({ dir: path.join(tmp, `balancer-${n}`), port: BALANCER_PORT, ports: ports(n) });
    children.push(balancer);
    await waitFor(`http://127.0.0.1:${BALANCER_PORT}/api/me`);
  };

  // Targets from the seeded catalogue.
  await startServers(1);
  await balance(1);
  const listing = await (await fetch(`http://127.0.0.1:${BALANCER_PORT}/analyses?page=3`)).text();
  const slugs = [...new Set([...listing.matchAll(/href="\/analyses\/([a-z0-9-]+)"/g)].map((m) => m[1]))];
  const withPdf = await pickPdfSlug(slugs);
  const analysis = `/analyses/${slugs[0]}`;
  const html = await (await fetch(`http://127.0.0.1:${BALANCER_PORT}${analysis}`)).text();
  fs.writeFileSync(path.join(tmp, "analysis.html"), html);
  const nginx = startStaticNginx({ dir: tmp, port: NGINX_PORT });
  children.push(nginx);
  await waitFor(`http://127.0.0.1:${NGINX_PORT}/analysis.html`);
  const nginxRps = (await load(`http://127.0.0.1:${NGINX_PORT}/analysis.html`)).rps;

  // Cached page and cold renders, for 1, 2 and 3 processes.
  const rows: Array<{ n: number; rps: number; p95: number; errors: number; renders: number[] }> = [];
  let coldOffset = 1;
  for (const n of [1, 2, 3]) {
    await startServers(n);
    await balance(n);
    await fetch(`http://127.0.0.1:${BALANCER_PORT}${analysis}`);
    const cached = await load(`http://127.0.0.1:${BALANCER_PORT}${analysis}`);
    const renders = await coldRenders(await coldPaths(coldOffset), redisCli);
    coldOffset += 1;
    rows.push({ n, rps: cached.rps, p95: cached.p95, errors: cached.errors, renders });
  }
  // What a cached page takes in Redis, for the sizing rule in docs/operations.md.
  const keys = redisCli("--scan", "--pattern", "folio:entry:*").split("\n").filter((k) => k.includes("/analyses/"));
  const entryBytes = keys.map((k) => Number(redisCli("MEMORY", "USAGE", k))).filter((n) => n > 0);
  const usedMemory = /used_memory:(\d+)/.exec(redisCli("INFO", "memory"))?.[1];
  const dbsize = redisCli("DBSIZE");

  // PDF delivery: from the bucket (stream, redirect) against the local disk and nginx's file,
  // 8 connections each. Redirected, Folio answers with a 302 and the bucket sends the bytes: both
  // rates are given.
  const cookie = await signIn(BALANCER_PORT);
  const pdfPath = `/analyses/${withPdf}/pdf`;
  const pdfBytes = Buffer.from(await (await fetch(`http://127.0.0.1:${BALANCER_PORT}${pdfPath}`, { headers: { cookie } })).arrayBuffer());
  fs.writeFileSync(path.join(tmp, "file.pdf"), pdfBytes);
  const pdf: Array<[string, Awaited<ReturnType<typeof load>>]> = [];
  const pdfLoad = (url: string, headers: Record<string, string> = {}) => load(url, { headers, connections: 8 });
  pdf.push(["nginx sending the file", await pdfLoad(`http://127.0.0.1:${NGINX_PORT}/file.pdf`)]);
  pdf.push(["bucket, streamed by Folio (2 processes)", await pdfLoad(`http://127.0.0.1:${BALANCER_PORT}${pdfPath}`, { cookie })]);
  for (const s of servers.splice(0)) stop(s);
  await sleep(1000);
  await startServers(2, { ...shared, PDF_DELIVERY: "redirect" });
  await balance(2);
  pdf.push(["bucket, redirected: Folio's 302 (2 processes)", await pdfLoad(`http://127.0.0.1:${BALANCER_PORT}${pdfPath}`, { cookie })]);
  const presigned = (await fetch(`http://127.0.0.1:${BALANCER_PORT}${pdfPath}`, { headers: { cookie }, redirect: "manual" })).headers.get("location")!;
  pdf.push(["bucket, redirected: the bucket's answer (s3rver)", await pdfLoad(presigned)]);
  for (const s of servers.splice(0)) stop(s);
  await sleep(1000);
  const disk = spawnServer({ ...base, PORT: String(DISK_PORT) }, DISK_PORT);
  children.push(disk);
  await waitFor(`http://127.0.0.1:${DISK_PORT}/api/me`);
  pdf.push(["local disk, streamed by Folio (1 process)", await pdfLoad(`http://127.0.0.1:${DISK_PORT}${pdfPath}`, { cookie })]);
  stop(disk);
  await sleep(1000);

  // The front, before two processes: throughput, then how long an edit takes to show.
  await startServers(2);
  await balance(2);
  const front = startNginxFront({ dir: tmp, listen: `127.0.0.1:${FRONT_PORT}`, ports: ports(2), storageDir: process.env.STORAGE_DIR ?? "storage" });
  children.push(front);
  await waitFor(`http://127.0.0.1:${FRONT_PORT}/api/me`);
  await fetch(`http://127.0.0.1:${FRONT_PORT}${analysis}`);
  const fronted = await load(`http://127.0.0.1:${FRONT_PORT}${analysis}`);
  const editor = await signIn(BALANCER_PORT, EDITOR);
  const busy = slugs[1];
  const idle = slugs[2];
  const underLoad = load(`http://127.0.0.1:${FRONT_PORT}/analyses/${busy}`, { seconds: 12 });
  await sleep(3000);
  const busyShow = await editShows({ slug: busy, editor });
  await underLoad;
  await fetch(`http://127.0.0.1:${FRONT_PORT}/analyses/${idle}`);
  await sleep(2000);
  const idleShow = await editShows({ slug: idle, editor });
  stop(front);

  // Soak over two processes, with Redis killed at a third of it and restarted 5 s later.
  const soakPaths = [analysis, ...slugs.slice(3, 10).map((s) => `/analyses/${s}`), "/analyses", "/", "/centers", "/search?q=energy"];
  let i = 0;
  const soak = load(`http://127.0.0.1:${BALANCER_PORT}/`, { seconds: SOAK_SECONDS, paths: () => soakPaths[i++ % soakPaths.length] });
  await sleep((SOAK_SECONDS * 1000) / 3);
  spawnSync("kill", ["-KILL", String(redis.pid)]);
  await sleep(5000);
  redis = startRedis();
  const restartedAt = performance.now();
  let recovered = NaN;
  for (let t = 0; t < 200; t++) {
    // Rendered through one process into the restarted (empty) Redis, served by the other.
    const probe = `/analyses/${slugs[10 + (t % 5)]}`;
    await fetch(`http://127.0.0.1:${FIRST_PORT}${probe}`).catch(() => undefined);
    const hit = await fetch(`http://127.0.0.1:${FIRST_PORT + 1}${probe}`).then((r) => r.headers.get("x-nextjs-cache"), () => null);
    if (hit === "HIT" && redisCli("DBSIZE") !== "0") {
      recovered = performance.now() - restartedAt;
      break;
    }
    await sleep(100);
  }
  const soaked = await soak;

  console.log(`\nFolio on PostgreSQL, page cache on Redis, files on s3rver; ${CONNECTIONS} connections, ${SECONDS} s per route, ${os.cpus().length} cores`);
  console.log(`nginx serving the same HTML: ${fmt(nginxRps)} req/s`);
  console.log(`Redis after the runs: ${dbsize} keys, used_memory ${fmt(Number(usedMemory) / 1e6, 1)} MB; an analysis page takes ${fmt(entryBytes.reduce((x, y) => x + y, 0) / entryBytes.length / 1024, 1)} KB (mean of ${entryBytes.length})`);
  console.log("\nCached analysis page through the balancer:");
  for (const r of rows) {
    const perCold = r.renders.reduce((a, b) => a + b, 0) / r.renders.length;
    console.log(
      `  ${r.n} process${r.n > 1 ? "es" : ""}: ${fmt(r.rps)} req/s (p97.5 ${r.p95} ms, ${r.errors} errors); over 1 process ${fmt(r.rps / rows[0].rps, 2)}, over nginx's file ${fmt(r.rps / nginxRps, 2)}; renders per cold page (${COLD_PAGES} pages, ${COLD_CONCURRENCY} requests each at once): mean ${fmt(perCold, 2)}, max ${Math.max(...r.renders)}`,
    );
  }
  console.log(`\nPDF downloads (${fmt(pdfBytes.length / 1024)} KB, 8 connections):`);
  for (const [name, r] of pdf) console.log(`  ${name}: ${fmt(r.rps)} req/s, ${fmt((r.rps * pdfBytes.length) / 1e6, 1)} MB/s (${fmt(r.rps / pdf[0][1].rps, 2)} of nginx), ${r.errors} errors`);
  console.log(`\nBehind the nginx front (2 processes): ${fmt(fronted.rps)} req/s, ${fmt(fronted.rps / nginxRps, 2)} of nginx's file (p97.5 ${fronted.p95} ms)`);
  console.log(`  an edit shows through the front after ${fmt(busyShow / 1000, 1)} s on a page under load, ${fmt(idleShow / 1000, 1)} s on an idle page`);
  console.log(`\nSoak (${SOAK_SECONDS} s, 2 processes, Redis killed at ${fmt(SOAK_SECONDS / 3)} s and restarted 5 s later): ${fmt(soaked.rps)} req/s, ${soaked.errors} errors, ${soaked.non2xx} non-2xx; shared cache serving again ${fmt(recovered / 1000, 1)} s after the restart`);
  children.forEach(stop);
  process.exit(0);

  async function pickPdfSlug(candidates: string[]) {
    for (const s of candidates) {
      const r = await fetch(`http://127.0.0.1:${BALANCER_PORT}/analyses/${s}`);
      if ((await r.text()).includes(`/analyses/${s}/pdf`)) return s;
    }
    throw new Error("no seeded publication with a PDF");
  }

  async function coldPaths(page: number) {
    const text = await (await fetch(`http://127.0.0.1:${BALANCER_PORT}/analyses?page=${40 + page * 3}`)).text();
    return [...new Set([...text.matchAll(/href="\/analyses\/([a-z0-9-]+)"/g)].map((m) => `/analyses/${m[1]}`))].slice(0, COLD_PAGES);
  }

  async function editShows({ slug, editor }: { slug: string; editor: string }) {
    const id = idOf(slug);
    const post = (intent: string) =>
      fetch(`http://127.0.0.1:${BALANCER_PORT}/api/admin/publications/${id}/status`, { method: "POST", headers: { cookie: editor, origin: `http://localhost:${BALANCER_PORT}`, accept: "application/json", "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ intent }) });
    const t0 = performance.now();
    if (!(await post("unpublish")).ok) throw new Error("the editor could not unpublish");
    let shown = NaN;
    for (let t = 0; t < 600; t++) {
      if ((await fetch(`http://127.0.0.1:${FRONT_PORT}/analyses/${slug}`)).status === 404) {
        shown = performance.now() - t0;
        break;
      }
      await sleep(50);
    }
    await post("publish");
    return shown;
  }
}

function idOf(slug: string): string {
  const r = spawnSync("psql", [process.env.DATABASE_URL!, "-At", "-c", `SELECT id FROM "Publication" WHERE slug = '${slug.replace(/[^a-z0-9-]/g, "")}'`], { encoding: "utf8" });
  return r.stdout.trim();
}

/** Each cold page asked COLD_CONCURRENCY times at once through the balancer; the writes Redis saw per page. */
async function coldRenders(paths: string[], redisCli: (...args: string[]) => string): Promise<number[]> {
  const monitor = spawn("redis-cli", ["-p", String(Number(process.env.BENCH_REDIS_PORT ?? 6391)), "monitor"]);
  const writes: string[] = [];
  let partial = "";
  monitor.stdout.on("data", (d: Buffer) => {
    const lines = (partial + d.toString("latin1")).split("\n");
    partial = lines.pop()!;
    // Only the command and its keys matter, not the pages' bytes. The write script takes two keys
    // (entry, lock); the read takes three.
    for (const line of lines) if (line.includes('"EVALSHA"') && line.includes('"2" "folio:entry:')) writes.push(line.slice(0, 600));
  });
  await sleep(300);
  void redisCli;
  for (const p of paths) await Promise.all(Array.from({ length: COLD_CONCURRENCY }, () => fetch(`http://127.0.0.1:${BALANCER_PORT}${p}`).then((r) => r.arrayBuffer())));
  await sleep(500);
  monitor.kill();
  return paths.map((p) => writes.filter((l) => l.includes(`/en${p}"`)).length);
}

async function load(url: string, opts: { seconds?: number; paths?: () => string; headers?: Record<string, string>; connections?: number } = {}) {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const paths = opts.paths;
    autocannon(
      {
        url,
        connections: opts.connections ?? CONNECTIONS,
        duration: opts.seconds ?? SECONDS,
        headers: opts.headers,
        ...(paths ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths() }) }] } : {}),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
  });
  return { rps: result.requests.average, p95: result.latency.p97_5 ?? result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

runScript(main);
