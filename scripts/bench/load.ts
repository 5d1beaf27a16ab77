// npm run bench: drives a production build (`next start`) with autocannon, 50 connections for a
// fixed time per route, over the database DATABASE_URL names (seed it first with
// `npm run seed:scale`), and prints a table with baselines measured in the same run:
//   - the analysis page's HTML served by a bare node:http server and, if installed, by nginx;
//   - a fully static Next page of about the same size, in the same build.
// On PostgreSQL it runs two `next start` processes behind an nginx balancer, as in production.
// Then sequential (unloaded) latencies, page weight, and a soak over a mix of routes.
// The soak runs twice: alone, then while an editor saves a change every 10 s through the back
// office's own route (each save expires the pages that show the edited analysis).
// Last, a crawler asks for BENCH_CRAWL_URLS distinct listing, search and unknown-slug addresses;
// the page cache's size on disk (bounded at BENCH_CACHE_MAX_MB here) and the RSS are printed
// before and after.
//   BENCH_SECONDS=10 BENCH_CONNECTIONS=50 BENCH_SOAK_SECONDS=300 BENCH_CRAWL_URLS=20000
//   BENCH_CACHE_MAX_MB=256 BENCH_SERVER_NODE_OPTIONS= npm run bench
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { SCALE_PASSWORD, scaleReaderEmail } from "../lib/scale-readers";
import { hasNginx, percentile, signIn, spawnServer, startBalancer, startNginxFront, startStaticNginx, treeRssKb, waitFor } from "./harness";
import { runScript } from "../lib/run-script";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const SEQUENTIAL = 200;
const POSTGRES = process.env.DATABASE_URL?.startsWith("postgres") ?? false;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const CRAWL_URLS = Number(process.env.BENCH_CRAWL_URLS ?? 20_000);
// Below what the crawl would write, so the row shows the bound at work.
const CACHE_MAX_MB = Number(process.env.BENCH_CACHE_MAX_MB ?? 256);
const PORT = 3300;
const NODE_PORT = 3301;
const NGINX_PORT = 3302;
// PostgreSQL: the second app process, and the plain (non-caching) balancer in front of both.
const SECOND_PORT = 3310;
const BALANCER_PORT = 3304;
const DIST = ".next-bench";
const TSX = ["tsx", "--conditions=react-server"];

type Row = { name: string; rps: number; p50: number; p95: number; p99: number; errors: number; errorKinds: string; rssMb: number | null; loadCpu: number; bytes: number };

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
  BENCH_STATIC_PAGES: "1",
  CACHE_MAX_MB: String(CACHE_MAX_MB),
};

function sh(cmd: string, args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { env: { ...env, ...extra }, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

/** Runs autocannon against one target and samples the server's memory meanwhile. */
async function measure(name: string, opts: { url: string; headers?: Record<string, string>; paths?: () => string; serverPids?: number[]; seconds?: number; amount?: number; onSample?: (rssKb: number) => void }): Promise<Row> {
  const latencies: number[] = [];
  let peakKb = 0;
  const pids = opts.serverPids ?? [];
  const sampler = pids.length
    ? setInterval(() => {
        const kb = pids.reduce((sum, pid) => sum + treeRssKb(pid), 0);
        peakKb = Math.max(peakKb, kb);
        opts.onSample?.(kb);
      }, 200)
    : null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: CONNECTIONS,
        duration: opts.seconds ?? SECONDS,
        // A number of requests, when given, instead of a duration.
        amount: opts.amount,
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
    // autocannon counts timeouts among its errors.
    errors: result.errors + result.non2xx,
    errorKinds: [
      result.timeouts ? `${result.timeouts} timed out` : "",
      result.errors - result.timeouts > 0 ? `${result.errors - result.timeouts} failed` : "",
      ...Object.entries((result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {})
        .filter(([code]) => !code.startsWith("2"))
        .map(([code, { count }]) => `${count} × ${code}`),
    ].filter(Boolean).join(", "),
    rssMb: pids.length ? Math.round(peakKb / 1024) : null,
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

/** One request at a time: the latency a reader sees on an idle server. */
async function measureSequential(name: string, urls: string[]): Promise<SequentialRow> {
  const times: number[] = [];
  let errors = 0;
  for (const url of urls) {
    const t0 = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    times.push(performance.now() - t0);
    if (res.status !== 200) errors++;
  }
  times.sort((a, b) => a - b);
  return { name, n: urls.length, p50: percentile(times, 50), p95: percentile(times, 95), errors };
}

type SequentialRow = { name: string; n: number; p50: number; p95: number; errors: number };

/** Least-squares slope of memory over time, in MB per minute. */
function slopeMbPerMinute(samples: Array<[number, number]>): number {
  const n = samples.length;
  const mx = samples.reduce((s, [t]) => s + t, 0) / n;
  const my = samples.reduce((s, [, kb]) => s + kb, 0) / n;
  const num = samples.reduce((s, [t, kb]) => s + (t - mx) * (kb - my), 0);
  const den = samples.reduce((s, [t]) => s + (t - mx) ** 2, 0);
  return den ? (num / den) * 60_000 / 1024 : 0;
}

async function main() {
  const nginxInstalled = hasNginx();
  if (!nginxInstalled && POSTGRES) throw new Error("The PostgreSQL run balances two processes with nginx: apt-get install nginx-light");
  console.log(`Building into ${DIST} (with the static baseline page)…`);
  sh("npx", [...TSX, "scripts/generate-client.ts", "--if-needed"]);
  sh("npx", ["next", "build"]);
  const ports = POSTGRES ? [PORT, SECOND_PORT] : [PORT];
  const servers = ports.map((port) =>
    // BENCH_SERVER_NODE_OPTIONS, e.g. --max-old-space-size=256, tells a leak from a lazy collector.
    spawnServer({ ...env, NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? "" }, port),
  );
  const baselines: ChildProcess[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "folio-bench-"));
  // nginx's workers run as nobody: they must reach the served HTML and the front's cache in here.
  fs.chmodSync(tmp, 0o755);
  try {
    for (const port of ports) await waitFor(`http://localhost:${port}/api/me`);
    if (POSTGRES) {
      baselines.push(startBalancer({ dir: tmp, port: BALANCER_PORT, ports }));
      await waitFor(`http://127.0.0.1:${BALANCER_PORT}/api/me`);
    }
    // Folio's own rows go through the balancer on PostgreSQL, straight to next start on SQLite.
    const base = POSTGRES ? `http://127.0.0.1:${BALANCER_PORT}` : `http://localhost:${PORT}`;
    const html = async (p: string) => {
      const r = await fetch(base + p);
      return { status: r.status, body: await r.text() };
    };
    const { db } = await import("@/lib/db");
    const { buildPublicationWhere } = await import("@/lib/publications/filters");
    const { listingHref } = await import("@/lib/validations/listing");

    // Pick real targets from the seeded catalogue.
    const home = await html("/");
    const analysis = "/analyses/synthetic-1";
    const analysisPage = await html(analysis);
    if (analysisPage.status !== 200) throw new Error(`${analysis} answered ${analysisPage.status}: seed with npm run seed:scale first`);
    const author = /href="(\/authors\/[a-z0-9-]+)"/.exec(analysisPage.body)?.[1] ?? "/authors";
    const center = /href="(\/centers\/[a-z0-9-]+)"/.exec(home.body)?.[1] ?? "/centers";
    // The deep listing: the largest centre, in English, at page 2,000 (or the middle, if shorter).
    const [largest] = await db.center.findMany({ orderBy: { publications: { _count: "desc" } }, take: 1, select: { slug: true } });
    const filters = { center: largest.slug, language: "en" };
    const keys = await db.publication.findMany({ where: buildPublicationWhere(filters), orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: { publishedAt: true, id: true } });
    const pageCount = Math.ceil(keys.length / 20);
    const deepPage = pageCount >= 2050 ? 2000 : Math.max(2, Math.floor(pageCount / 2));
    // Where Next leads from the page before: the cursor after that page's last item.
    const deepHref = (page: number) => {
      const last = keys[(page - 1) * 20 - 1];
      return listingHref(filters, page, "/analyses", { direction: "after", ...last });
    };
    const deepCheck = await html(deepHref(deepPage));
    if (deepCheck.status !== 200 || !deepCheck.body.includes(`page ${deepPage} of ${pageCount}`)) throw new Error(`the deep page ${deepHref(deepPage)} did not render as page ${deepPage} of ${pageCount}`);
    const words = ["security", "china trade", "climate finance", "nuclear deterrence", "european defence", "hydrogen", "gas markets", "arctic", "semiconductors", "ukraine reform"];
    // Distinct queries that each render once: a topic word and a title's serial number.
    let uncachedSearch = 0;
    const newSearch = () => `/search?q=${encodeURIComponent(`${words[uncachedSearch % words.length].split(" ")[0]} ${1000 + uncachedSearch++}`)}`;
    let uncachedDeep = 60;
    const newDeepPage = () => deepHref(Math.min(pageCount - 60, uncachedDeep++));

    // Each cached page is compared with the static baseline page nearest its own size.
    const staticFor = (bytes: number) => `/bench/static/${Math.min(200, Math.max(20, Math.round(bytes / 10_000) * 10))}`;
    // Each interface language is its own static page: French pages must hold the same ratio.
    const cachedPages: Array<[string, string]> = [["home", "/"], ["home, French", "/fr"], ["analysis, warm", analysis], ["analysis, French, warm", `/fr${analysis}`], ["author", author], ["centre", center]];
    const sizes = new Map<string, number>();
    for (const [name, p] of cachedPages) sizes.set(name, (await html(p)).body.length);
    const staticPaths = [...new Set([...sizes.values()].map(staticFor))];
    for (const p of staticPaths) if ((await html(p)).status !== 200) throw new Error(`the static baseline ${p} is missing from the build`);
    fs.writeFileSync(path.join(tmp, "analysis.html"), analysisPage.body);
    baselines.push(startNodeBaseline(path.join(tmp, "analysis.html")));
    const nginx = nginxInstalled ? startStaticNginx({ dir: tmp, port: NGINX_PORT }) : null;
    const front = nginxInstalled ? startNginxFront({ dir: tmp, listen: `127.0.0.1:${FRONT_PORT}`, ports, storageDir: process.env.STORAGE_DIR ?? "storage" }) : null;
    for (const p of [nginx, front]) if (p) baselines.push(p);
    await waitFor(`http://127.0.0.1:${NODE_PORT}/`);
    if (nginx) await waitFor(`http://127.0.0.1:${NGINX_PORT}/analysis.html`);
    let frontCache = "";
    let harvest: { records: number; pages: number; seconds: number } | null = null;
    if (front) {
      await waitFor(`http://127.0.0.1:${FRONT_PORT}/`);
      for (let i = 0; i < 2; i++) frontCache = (await fetch(`http://127.0.0.1:${FRONT_PORT}${analysis}`)).headers.get("x-cache") ?? "";
    }
    const cookie = await signIn(PORT, { email: scaleReaderEmail(0), password: SCALE_PASSWORD }).catch((e: Error) => {
      throw new Error(`${e.message}: seed with npm run seed:scale first`);
    });
    const search = "/search?q=energy+security";
    for (const p of [analysis, `/fr${analysis}`, author, center, "/", "/fr", "/analyses", deepHref(deepPage), search]) for (let i = 0; i < ports.length; i++) await html(p); // cached before the warm runs

    let cold = 1000;
    const rows: Row[] = [];
    const pids = servers.map((s) => s.pid!);
    const run = async (name: string, opts: Parameters<typeof measure>[1]) => {
      process.stderr.write(`  ${name}…\n`);
      const row = await measure(name, { serverPids: pids, ...opts });
      rows.push(row);
      // As it goes, so a run that fails later still shows what it measured.
      process.stderr.write(`    ${Math.round(row.rps)} req/s, p99 ${Math.round(row.p99)} ms, ${row.errors} errors\n`);
    };
    // Uncached runs leave renders queued on the server after the load stops; let them drain.
    const settle = () => new Promise((r) => setTimeout(r, 5000));
    await run("node:http, same HTML", { url: `http://127.0.0.1:${NODE_PORT}/`, serverPids: [] });
    if (nginx) await run("nginx, same HTML", { url: `http://127.0.0.1:${NGINX_PORT}/analysis.html`, serverPids: [] });
    // Warm the server's JIT on what follows; not recorded.
    for (const p of [staticPaths[0], analysis]) await measure("warm-up", { url: `${base}${p}`, seconds: 3 });
    for (const p of staticPaths) await run(`Next static page, ${p.split("/").pop()} KB`, { url: `${base}${p}` });
    for (const [name, p] of cachedPages) await run(name, { url: `${base}${p}` });
    if (front) await run("analysis, behind the nginx front", { url: `http://127.0.0.1:${FRONT_PORT}${analysis}` });
    await run("listing, page 1", { url: `${base}/analyses` });
    await run(`listing, page ${deepPage}, 2 filters`, { url: `${base}${deepHref(deepPage)}` });
    await run("search", { url: `${base}${search}` });
    // OAI-PMH: a whole harvest as a harvester makes it, one page after the other, timed; then the
    // pages it went through, at random, under load (every page is uncached: /oai is dynamic).
    process.stderr.write("  OAI-PMH, a full harvest…\n");
    const tokens: string[] = [];
    const harvestStart = performance.now();
    let harvested = 0;
    for (let token: string | null = null, first = true; first || token; first = false) {
      const body = await (await fetch(`${base}/oai?${token ? `verb=ListRecords&resumptionToken=${token}` : "verb=ListRecords&metadataPrefix=oai_dc"}`)).text();
      harvested += body.split("<record>").length - 1;
      token = /<resumptionToken>([^<]*)<\/resumptionToken>/.exec(body)?.[1] || null;
      if (token) tokens.push(token);
    }
    harvest = { records: harvested, pages: tokens.length + 1, seconds: (performance.now() - harvestStart) / 1000 };
    await run("OAI-PMH ListRecords, a random page of 100", { url: base, paths: () => `/oai?verb=ListRecords&resumptionToken=${tokens[Math.floor(Math.random() * tokens.length)]}` });
    await run("PDF, signed in, 64 KB range", { url: `${base}/analyses/synthetic-2/pdf`, headers: { cookie, range: "bytes=0-65535" } });
    await run("analysis, cold (a new one each time)", { url: base, paths: () => `/analyses/synthetic-${cold++}` });
    await settle();
    await run("analysis, French, cold (a new one each time)", { url: base, paths: () => `/fr/analyses/synthetic-${cold++}` });
    await settle();
    await run("listing, a new deep page each time", { url: base, paths: newDeepPage });
    await settle();
    await run("search, a new query each time", { url: base, paths: newSearch });
    await settle();

    process.stderr.write("  sequential requests…\n");
    const sequential = [
      await measureSequential(`listing, page ${deepPage}, 2 filters`, Array(SEQUENTIAL).fill(`${base}${deepHref(deepPage)}`)),
      await measureSequential("listing, a new deep page each time", Array.from({ length: SEQUENTIAL }, () => base + newDeepPage())),
      await measureSequential("search", Array(SEQUENTIAL).fill(`${base}${search}`)),
      await measureSequential("search, a new query each time", Array.from({ length: SEQUENTIAL }, () => base + newSearch())),
    ];

    process.stderr.write("  page weight…\n");
    const { measurePageWeight } = await import("./page-weight");
    const weight = { analysis: await measurePageWeight(`${base}${analysis}`), empty: await measurePageWeight(`${base}/bench/static/20`) };

    // The soak: a mix of cached and uncached routes, with the server's memory every 5 s.
    let soak: { row: Row; first: number; last: number; slope: number } | null = null;
    let editing: { row: Row; saves: number; refused: number } | null = null;
    const mix = [
      () => analysis, () => `/analyses/synthetic-${Math.floor(Math.random() * 100_000)}`, () => "/", () => author, () => center,
      () => "/analyses", () => `/analyses?page=${1 + Math.floor(Math.random() * 50)}`, () => search, newSearch, newDeepPage,
    ];
    if (SOAK_SECONDS > 0) {
      process.stderr.write(`  soak, ${SOAK_SECONDS} s…\n`);
      const samples: Array<[number, number]> = [];
      const t0 = performance.now();
      let lastSample = 0;
      const row = await measure("soak: mixed routes", {
        url: base,
        serverPids: pids,
        paths: () => mix[Math.floor(Math.random() * mix.length)](),
        seconds: SOAK_SECONDS,
        onSample: (kb) => {
          const t = performance.now() - t0;
          if (t - lastSample >= 5000) {
            samples.push([t, kb]);
            lastSample = t;
          }
        },
      });
      const minute = (from: number, to: number) => {
        const xs = samples.filter(([t]) => t >= from && t < to).map(([, kb]) => kb);
        return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length) / 1024;
      };
      const end = SOAK_SECONDS * 1000;
      soak = { row, first: minute(0, Math.min(60_000, end / 2)), last: minute(Math.max(end - 60_000, end / 2), end + 1), slope: slopeMbPerMinute(samples.filter(([t]) => t >= 30_000)) };

      // The same soak with an editor at work: a title changed and saved every 10 s.
      process.stderr.write(`  soak with an editor saving every 10 s, ${SOAK_SECONDS} s…\n`);
      await db.user.update({ where: { email: scaleReaderEmail(1) }, data: { role: "EDITOR" } });
      const editorCookie = await signIn(PORT, { email: scaleReaderEmail(1), password: SCALE_PASSWORD });
      const edited = await db.publication.findFirstOrThrow({ where: { slug: "synthetic-50000" }, select: { id: true, title: true } });
      let saves = 0;
      let refused = 0;
      const save = async () => {
        const form = await publicationForm(edited.id, `${edited.title} (edit ${saves + refused + 1})`);
        const r = await fetch(`${base}/api/admin/publications/${edited.id}`, { method: "POST", headers: { origin: env.SITE_URL!, accept: "application/json", cookie: editorCookie }, body: form });
        if (r.ok) saves++;
        else refused++;
      };
      const timer = setInterval(() => void save().catch(() => refused++), 10_000);
      const editRow = await measure("soak, an editor saving every 10 s", { url: base, serverPids: pids, paths: () => mix[Math.floor(Math.random() * mix.length)](), seconds: SOAK_SECONDS });
      clearInterval(timer);
      editing = { row: editRow, saves, refused };
      await db.publication.update({ where: { id: edited.id }, data: { title: edited.title } });
    }

    // The crawler: distinct addresses nobody asked for, a third each listings, searches and unknown slugs.
    let crawl: { row: Row; before: { diskMb: number; rssMb: number }; after: { diskMb: number; rssMb: number } } | null = null;
    if (CRAWL_URLS > 0) {
      process.stderr.write(`  crawler, ${CRAWL_URLS} distinct addresses…\n`);
      const [topics, regions] = await Promise.all([db.topic.findMany({ select: { slug: true } }), db.region.findMany({ select: { slug: true } })]);
      // First pages of filter combinations (each a page, if sometimes an empty one), as a crawler
      // ignoring robots.txt would walk them.
      const years = Array.from({ length: 26 }, (_, k) => 2000 + k);
      const listings = years.flatMap((year) => topics.flatMap((t) => regions.flatMap((r) => ["en", "fr"].map((language) => ({ topic: t.slug, region: r.slug, language, year })))));
      let n = 0;
      const crawlPath = () => {
        const i = n++;
        if (i % 3 === 0) return listingHref(listings[Math.floor(i / 3) % listings.length]);
        if (i % 3 === 1) return `/search?q=${encodeURIComponent(`${words[i % words.length]} crawl${i}`)}`;
        return `/analyses/no-such-analysis-${i}`;
      };
      const sample = () => ({ diskMb: cacheDiskBytes(DIST) / 1024 / 1024, rssMb: pids.reduce((sum, pid) => sum + treeRssKb(pid), 0) / 1024 });
      const before = sample();
      const row = await measure("crawler: distinct listings, searches, unknown slugs", { url: base, serverPids: pids, paths: crawlPath, amount: CRAWL_URLS });
      await settle();
      crawl = { row, before, after: sample() };
    }

    const fmt = (n: number | undefined, d = 0) => (n === undefined || Number.isNaN(n) ? "–" : n.toLocaleString("en", { maximumFractionDigits: d, minimumFractionDigits: d }));
    const publications = await db.publication.count();
    console.log(`\nFolio on ${POSTGRES ? "PostgreSQL, two next start processes behind an nginx balancer" : "SQLite, one next start process"}; ${publications.toLocaleString("en")} publications; ${CONNECTIONS} connections, ${SECONDS} s per route, ${os.cpus().length} cores`);
    console.log(`Page sizes: ${cachedPages.map(([name]) => `${name} ${fmt(sizes.get(name)! / 1000, 1)} KB`).join(", ")}. Deep listing: ${keys.length.toLocaleString("en")} publications in ${filters.center} and English, ${pageCount} pages.\n`);
    console.log("| Route | req/s | p50 ms | p95 ms | p99 ms | errors | server peak RSS MB | load generator CPU |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of [...rows, ...(soak ? [soak.row] : []), ...(editing ? [editing.row] : []), ...(crawl ? [crawl.row] : [])]) console.log(`| ${r.name} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${r.errors}${r.errorKinds ? ` (${r.errorKinds})` : ""} | ${r.rssMb ?? "–"} | ${fmt(r.loadCpu)} % |`);
    const by = (name: string) => rows.find((r) => r.name === name)?.rps;
    console.log("\nCached pages over the static Next page nearest their size, same build (target ≥ 0.9):");
    for (const [name] of cachedPages) {
      const baseline = staticFor(sizes.get(name)!);
      console.log(`  ${name}: ${fmt(by(name)! / by(`Next static page, ${baseline.split("/").pop()} KB`)!, 2)} (over ${baseline})`);
    }
    console.log("Cached analysis page over the other baselines:");
    for (const name of ["nginx, same HTML", "node:http, same HTML"]) {
      const b = by(name);
      if (b) console.log(`  over ${name}: ${fmt(by("analysis, warm")! / b, 2)}`);
    }
    const fronted = by("analysis, behind the nginx front");
    if (fronted) console.log(`  behind the nginx front (second request's X-Cache: ${frontCache}), over nginx serving the file: ${fmt(fronted / by("nginx, same HTML")!, 2)} (target ≥ 0.5)`);
    if (!nginx) console.log("  (nginx is not installed: `apt-get install nginx-light` adds that baseline)");

    if (harvest) console.log(`\nOAI-PMH: a full harvest of ${harvest.records.toLocaleString("en")} records in ${harvest.pages.toLocaleString("en")} ListRecords pages, one request at a time, took ${fmt(harvest.seconds, 1)} s (${fmt(harvest.records / harvest.seconds)} records/s).`);
    console.log(`\nSequential requests, one at a time (${SEQUENTIAL} each; target p95 < 50 ms for listings and search):`);
    console.log("| Route | p50 ms | p95 ms | errors |");
    console.log("|---|---:|---:|---:|");
    for (const r of sequential) console.log(`| ${r.name} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${r.errors} |`);

    const kb = (n: number) => `${fmt(n / 1024, 1)} KB`;
    console.log("\nFirst-load JavaScript, gzip-compressed (target: the analysis page adds ≤ 20 KB):");
    console.log(`  static page with the site's layout (no page code): ${kb(weight.empty.js.wire)} in ${weight.empty.js.n} files`);
    console.log(`  analysis page: ${kb(weight.analysis.js.wire)} in ${weight.analysis.js.n} files, ${kb(weight.analysis.js.wire - weight.empty.js.wire)} more`);

    if (soak) {
      console.log(`\nSoak: ${SOAK_SECONDS} s at ${CONNECTIONS} connections over 10 routes (cached and new analyses, listings, searches): ${fmt(soak.row.rps)} req/s, ${soak.row.errors} errors.`);
      console.log(`  server RSS: ${fmt(soak.first)} MB in the first minute, ${fmt(soak.last)} MB in the last; trend after the first 30 s ${fmt(soak.slope, 2)} MB/min`);
    }
    if (soak && editing) {
      console.log(`Soak with an editor at work: ${editing.saves} saves (${editing.refused} refused), ${fmt(editing.row.rps)} req/s, ${editing.row.errors} errors; over the soak alone: ${fmt(editing.row.rps / soak.row.rps, 2)} (target ≥ 0.9, 0 errors)`);
    }
    if (crawl) {
      console.log(`\nCrawler: ${CRAWL_URLS.toLocaleString("en")} distinct addresses at ${fmt(crawl.row.rps)} req/s; answers other than 200: ${crawl.row.errorKinds || "none"} (a third are unknown slugs, so 404s are expected).`);
      console.log(`  page cache on disk: ${fmt(crawl.before.diskMb, 1)} MB before, ${fmt(crawl.after.diskMb, 1)} MB after (bound CACHE_MAX_MB=${CACHE_MAX_MB} per process)`);
      console.log(`  server RSS: ${fmt(crawl.before.rssMb)} MB before, ${fmt(crawl.after.rssMb)} MB after, ${crawl.row.rssMb} MB at peak`);
    }
  } finally {
    for (const s of servers) s.kill();
    for (const b of baselines) b.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Blocks on disk (as du counts them) under the page and data caches Next writes at run time. */
function cacheDiskBytes(dist: string): number {
  let sum = 0;
  // The server evicts while this walks: a file gone meanwhile counts nothing.
  const walk = (dir: string) => {
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of entries) {
      const file = path.join(dir, d.name);
      if (d.isDirectory()) walk(file);
      else sum += (fs.statSync(file, { throwIfNoEntry: false })?.blocks ?? 0) * 512;
    }
  };
  for (const dir of [path.join(dist, "server", "route-cache"), path.join(dist, "cache", "fetch-cache")]) if (fs.existsSync(dir)) walk(dir);
  return sum;
}

/** The back office's publication form for `id` as it stands, with another title: what an editor's save posts. */
async function publicationForm(id: string, title: string): Promise<URLSearchParams> {
  const { db } = await import("@/lib/db");
  const { typeToSlug, isoDate } = await import("@/lib/format");
  const p = await db.publication.findUniqueOrThrow({
    where: { id },
    include: { authors: { orderBy: { position: "asc" } }, programs: { select: { id: true } }, topics: { select: { id: true } }, regions: { select: { id: true } } },
  });
  const form = new URLSearchParams({
    title, slug: p.slug, type: typeToSlug(p.type), language: p.language, publishedAt: isoDate(p.publishedAt), series: p.series ?? "",
    seriesNumber: p.seriesNumber ? String(p.seriesNumber) : "", summary: p.summary, centerId: p.centerId, featured: p.featured ? "on" : "", version: String(p.version),
  });
  for (const a of p.authors) form.append("authorIds", a.authorId);
  for (const [field, rows] of [["programIds", p.programs], ["topicIds", p.topics], ["regionIds", p.regions]] as const) for (const r of rows) form.append(field, r.id);
  return form;
}

// The stack and the cause: "fetch failed" alone does not say which request or why.
runScript(main, { describeError: (e) => (e instanceof Error ? `${e.stack}${e.cause ? `\ncause: ${String((e.cause as Error).stack ?? e.cause)}` : ""}` : String(e)) });
