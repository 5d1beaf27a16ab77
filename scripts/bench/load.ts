// npm run bench: drives a production build (`next start`) with autocannon, 50 connections for a
// fixed time per route, over the database DATABASE_URL names (seed it first with
// `npm run seed:scale`), and prints a table with baselines measured in the same run:
//   - the analysis page's HTML served by a bare node:http server and, if installed, by nginx;
//   - a fully static Next page of about the same size, in the same build.
//   BENCH_SECONDS=10 BENCH_CONNECTIONS=50 npm run bench
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { SCALE_PASSWORD, scaleReaderEmail } from "../lib/scale-readers";
import { percentile, signIn, treeRssKb, waitFor } from "./harness";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = 3300;
const NODE_PORT = 3301;
const NGINX_PORT = 3302;
const DIST = ".next-bench";
// About the analysis page's size (49.8 KB measured at 100,000 publications).
const STATIC_BYTES = Number(process.env.BENCH_STATIC_PAGE_BYTES ?? 50_000);
const TSX = ["tsx", "--conditions=react-server"];

type Row = { name: string; rps: number; p50: number; p95: number; p99: number; errors: number; rssMb: number | null; loadCpu: number; bytes: number };

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_DIST_DIR: DIST,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(PORT),
  SITE_URL: `http://localhost:${PORT}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64"),
  // The benchmark signs one reader in once; the download route is what it measures.
  AUTH_RATE_LIMIT_PER_IP: "1000000",
  SCHEDULER_INTERVAL_SECONDS: "0",
  BENCH_STATIC_PAGE_BYTES: String(STATIC_BYTES),
};

function sh(cmd: string, args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { env: { ...env, ...extra }, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

/** Runs autocannon against one target and samples the server's memory meanwhile. */
async function measure(name: string, opts: { url: string; headers?: Record<string, string>; paths?: () => string; serverPid?: number }): Promise<Row> {
  const latencies: number[] = [];
  let peakKb = 0;
  const sampler = opts.serverPid ? setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(opts.serverPid!))), 200) : null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: opts.headers,
        requests: opts.paths ? [{ setupRequest: (req) => ({ ...req, path: opts.paths!() }) }] : undefined,
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (sampler) clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  return {
    name,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + result.non2xx,
    rssMb: opts.serverPid ? Math.round(peakKb / 1024) : null,
    // Share of one core the load generator used; near 100 % it, not the server, was the limit.
    loadCpu: ((cpu.user + cpu.system) / 1000 / wall) * 100,
    bytes: result.throughput.average / Math.max(1, result.requests.average),
  };
}

function startNodeBaseline(file: string): ChildProcess {
  const code = `const fs=require("fs");const b=fs.readFileSync(${JSON.stringify(file)});require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":b.length});s.end(b)}).listen(${NODE_PORT})`;
  return spawn(process.execPath, ["-e", code], { stdio: "ignore" });
}

const FRONT_PORT = 3303;

/** The documented production front (scripts/deploy/nginx-front.conf) before the Next server. */
function startNginxFront(dir: string): ChildProcess | null {
  if (spawnSync("sh", ["-c", "command -v nginx"]).status !== 0) return null;
  const run = path.join(dir, "front");
  fs.mkdirSync(run, { recursive: true });
  const conf = fs
    .readFileSync("scripts/deploy/nginx-front.conf", "utf8")
    .replaceAll("{{RUN_DIR}}", run)
    .replaceAll("{{LISTEN}}", `127.0.0.1:${FRONT_PORT}`)
    .replaceAll("{{UPSTREAMS}}", `server 127.0.0.1:${PORT};`)
    .replace("worker_processes auto;", "worker_processes auto; daemon off;");
  fs.writeFileSync(path.join(run, "nginx.conf"), conf);
  return spawn("nginx", ["-c", path.join(run, "nginx.conf"), "-p", run], { stdio: "ignore" });
}

function startNginx(dir: string): ChildProcess | null {
  if (spawnSync("sh", ["-c", "command -v nginx"]).status !== 0) return null;
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(
    conf,
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; include /etc/nginx/mime.types; client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server { listen 127.0.0.1:${NGINX_PORT}; root ${dir}; location / { try_files $uri =404; } } }
`,
  );
  return spawn("nginx", ["-c", conf, "-p", dir], { stdio: "ignore" });
}

async function main() {
  console.log(`Building into ${DIST} (with the static baseline page)…`);
  sh("npx", [...TSX, "scripts/generate-client.ts", "--if-needed"]);
  sh("npx", ["next", "build"]);
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env, stdio: "ignore" });
  const baselines: ChildProcess[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "folio-bench-"));
  try {
    await waitFor(`http://localhost:${PORT}/api/me`);
    const base = `http://localhost:${PORT}`;
    const html = async (p: string) => {
      const r = await fetch(base + p);
      return { status: r.status, body: await r.text() };
    };
    // Pick real targets from the seeded catalogue.
    const home = await html("/");
    const analysis = "/analyses/synthetic-1";
    const analysisPage = await html(analysis);
    if (analysisPage.status !== 200) throw new Error(`${analysis} answered ${analysisPage.status}: seed with npm run seed:scale first`);
    const author = /href="(\/authors\/[a-z0-9-]+)"/.exec(analysisPage.body)?.[1] ?? "/authors";
    const center = /href="(\/centers\/[a-z0-9-]+)"/.exec(home.body)?.[1] ?? "/centers";
    const centerSlug = center.split("/")[2];
    const deepFilters = `center=${centerSlug}&language=en`;
    const pages = Number(/page 1 of (\d+)/.exec((await html(`/analyses?${deepFilters}`)).body)?.[1] ?? 1);
    const deepPage = Math.min(2000, pages);
    const staticPage = await html("/bench/static");
    fs.writeFileSync(path.join(tmp, "analysis.html"), analysisPage.body);
    baselines.push(startNodeBaseline(path.join(tmp, "analysis.html")));
    const nginx = startNginx(tmp);
    if (nginx) baselines.push(nginx);
    const front = startNginxFront(tmp);
    if (front) baselines.push(front);
    await waitFor(`http://127.0.0.1:${NODE_PORT}/`);
    if (nginx) await waitFor(`http://127.0.0.1:${NGINX_PORT}/analysis.html`);
    let frontCache = "";
    if (front) {
      await waitFor(`http://127.0.0.1:${FRONT_PORT}/`);
      for (let i = 0; i < 2; i++) frontCache = (await fetch(`http://127.0.0.1:${FRONT_PORT}${analysis}`)).headers.get("x-cache") ?? "";
    }
    const cookie = await signIn(PORT, { email: scaleReaderEmail(0), password: SCALE_PASSWORD }).catch((e: Error) => {
      throw new Error(`${e.message}: seed with npm run seed:scale first`);
    });
    for (const p of [analysis, author, center, "/"]) await html(p); // cached before the warm runs

    let cold = 1000;
    const rows: Row[] = [];
    const run = async (name: string, opts: Parameters<typeof measure>[1]) => {
      process.stderr.write(`  ${name}…\n`);
      rows.push(await measure(name, opts));
    };
    const pid = server.pid!;
    await run("node:http, same HTML", { url: `http://127.0.0.1:${NODE_PORT}/` });
    if (nginx) await run("nginx, same HTML", { url: `http://127.0.0.1:${NGINX_PORT}/analysis.html` });
    await run("Next static page, same build", { url: `${base}/bench/static`, serverPid: pid });
    await run("home", { url: `${base}/`, serverPid: pid });
    await run("analysis, warm", { url: `${base}${analysis}`, serverPid: pid });
    await run("analysis, cold (a new one each time)", { url: base, paths: () => `/analyses/synthetic-${cold++}`, serverPid: pid });
    if (front) await run("analysis, behind the nginx front", { url: `http://127.0.0.1:${FRONT_PORT}${analysis}`, serverPid: pid });
    await run("author", { url: `${base}${author}`, serverPid: pid });
    await run("centre", { url: `${base}${center}`, serverPid: pid });
    await run("listing, page 1", { url: `${base}/analyses`, serverPid: pid });
    await run(`listing, page ${deepPage}, 2 filters`, { url: `${base}/analyses?${deepFilters}&page=${deepPage}`, serverPid: pid });
    await run("search", { url: `${base}/search?q=energy+security`, serverPid: pid });
    await run("PDF, signed in, 64 KB range", { url: `${base}/analyses/synthetic-2/pdf`, headers: { cookie, range: "bytes=0-65535" }, serverPid: pid });

    const fmt = (n: number | undefined, d = 0) => (n === undefined || Number.isNaN(n) ? "–" : n.toLocaleString("en", { maximumFractionDigits: d, minimumFractionDigits: d }));
    console.log(`\nFolio on ${process.env.DATABASE_URL?.startsWith("postgres") ? "PostgreSQL" : "SQLite"}, ${CONNECTIONS} connections, ${SECONDS} s per route, ${os.cpus().length} cores`);
    console.log(`Analysis page ${fmt(analysisPage.body.length / 1024, 1)} KB; static baseline ${fmt(staticPage.body.length / 1024, 1)} KB (status ${staticPage.status}).\n`);
    console.log("| Route | req/s | p50 ms | p95 ms | p99 ms | errors | server peak RSS MB | load generator CPU |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of rows) console.log(`| ${r.name} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${r.errors} | ${r.rssMb ?? "–"} | ${fmt(r.loadCpu)} % |`);
    const by = (name: string) => rows.find((r) => r.name === name)?.rps;
    const warm = by("analysis, warm")!;
    console.log("\nRatios (cached analysis page's req/s over the baseline's):");
    for (const name of ["Next static page, same build", "nginx, same HTML", "node:http, same HTML"]) {
      const b = by(name);
      if (b) console.log(`  over ${name}: ${fmt(warm / b, 2)}`);
    }
    const fronted = by("analysis, behind the nginx front");
    if (fronted) console.log(`  behind the nginx front (second request's X-Cache: ${frontCache}), over nginx serving the file: ${fmt(fronted / by("nginx, same HTML")!, 2)}`);
    if (!nginx) console.log("  (nginx is not installed: `apt-get install nginx-light` adds that baseline)");
  } finally {
    server.kill();
    for (const b of baselines) b.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
