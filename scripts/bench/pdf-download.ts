// npm run bench:download: streams a 20 MB PDF through the gated route of a production build and
// prints throughput and the server's memory, beside a bare node:http server sending the same file
// on the same machine in the same run (the ratio is the figure to quote, not the absolute time).
// Uses its own SQLite database and storage under data/bench/, and the current build (.next).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { buildIsUsable } from "../build";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BARE_PORT = PORT + 1;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = path.resolve("data/bench");
const TSX = ["tsx", "--conditions=react-server"];
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
  STORAGE_DIR: path.join(dir, "storage"),
  AUTH_SECRET: "bench-only-secret-0123456789-0123456789",
  SITE_URL: `http://localhost:${PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_RATE_LIMIT_PER_IP: "100000",
};

function sh(args: string[]) {
  const r = spawnSync("npx", args, { env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`npx ${args.join(" ")} failed`);
}

async function writeBigPdf(file: string, targetBytes: number) {
  // Uncompressed text pages, until the file reaches the target size.
  const doc = new PDFDocument({ size: "A4", compress: false, info: { Title: "Benchmark", CreationDate: new Date(0) } });
  const out = fs.createWriteStream(file);
  doc.pipe(out);
  const line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt. ".repeat(2);
  // About 21.6 KB a page with these settings (measured).
  const pages = Math.ceil(targetBytes / 21_600);
  for (let p = 0; p < pages; p++) {
    if (p) doc.addPage();
    for (let i = 0; i < 40; i++) doc.fontSize(8).text(`${p}:${i} ${line}`);
  }
  doc.end();
  await new Promise<void>((r) => out.on("finish", () => r()));
}

function treeRssKb(pid: number): number {
  // Resident memory of the server and its children, from /proc.
  let total = 0;
  const pids = [pid];
  for (const entry of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      if (ppid === pid) pids.push(Number(entry));
    } catch {
      /* process ended */
    }
  }
  for (const p of pids) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* process ended */
    }
  }
  return total;
}

async function waitFor(url: string) {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not come up`);
}

async function timeDownloads(url: string, headers: Record<string, string>, sample?: () => void) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      sample?.();
    }
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], bytes };
}

async function main() {
  if (!buildIsUsable()) throw new Error("No production build for SQLite: run `npm run build` first.");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, "big.pdf");
  await writeBigPdf(pdf, 20 * 1024 * 1024);
  const size = fs.statSync(pdf).size;
  fs.writeFileSync(
    path.join(dir, "catalog.json"),
    JSON.stringify({
      centers: [{ slug: "bench", name: "Bench", description: "Benchmark centre", programs: [] }],
      authors: [{ slug: "bench-author", name: "Bench Author", role: "Fellow", bio: "Bio.", center: "bench" }],
      publications: [{ slug: "big-report", type: "report", title: "A big report", summary: "Summary.", publishedAt: "2026-01-01", language: "en", authors: ["bench-author"], center: "bench", pdf: "big.pdf" }],
    }),
  );
  sh([...TSX, "scripts/db.ts", "deploy"]);
  sh([...TSX, "scripts/import.ts", path.join(dir, "catalog.json")]);
  sh([...TSX, "scripts/user-create.ts", "--email", "bench@example.test", "--role", "reader", "--password", "bench passphrase 123"]);

  const server: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env, stdio: "ignore" });
  // In its own process, like the Next server: this one is busy being the client.
  const bareSource = `require("http").createServer((q, s) => { s.writeHead(200, { "content-type": "application/pdf", "content-length": ${size} }); require("fs").createReadStream(${JSON.stringify(pdf)}).pipe(s); }).listen(${BARE_PORT});`;
  const bare = spawn(process.execPath, ["-e", bareSource], { stdio: "ignore" });
  try {
    await waitFor(`http://localhost:${PORT}/api/me`);
    await waitFor(`http://localhost:${BARE_PORT}/`);
    const signIn = await fetch(`http://localhost:${PORT}/api/account/sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: `http://localhost:${PORT}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "bench@example.test", password: "bench passphrase 123" }),
    });
    const cookie = (signIn.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
    if (!cookie.includes("session-token")) throw new Error("sign-in failed");

    // Reading /proc is slow: sample at most every 20 ms, the same way for both servers.
    const sampler = (pid: number) => {
      const s = { idle: treeRssKb(pid), peak: 0, last: 0, sample: () => {} };
      s.peak = s.idle;
      s.sample = () => {
        const now = performance.now();
        if (now - s.last < 20) return;
        s.last = now;
        s.peak = Math.max(s.peak, treeRssKb(pid));
      };
      return s;
    };
    const folioMem = sampler(server.pid!);
    // Warm the route once, then measure.
    await timeDownloads(`http://localhost:${PORT}/analyses/big-report/pdf`, { cookie });
    const folio = await timeDownloads(`http://localhost:${PORT}/analyses/big-report/pdf`, { cookie }, folioMem.sample);
    await timeDownloads(`http://localhost:${BARE_PORT}/`, {});
    const bareMem = sampler(bare.pid!);
    const baseline = await timeDownloads(`http://localhost:${BARE_PORT}/`, {}, bareMem.sample);
    if (folio.bytes !== size) throw new Error(`got ${folio.bytes} bytes, expected ${size}`);

    const mb = size / (1024 * 1024);
    console.log(`PDF: ${mb.toFixed(1)} MB, ${RUNS} downloads each, median times`);
    console.log(`  Folio /analyses/<slug>/pdf (signed in): ${folio.median.toFixed(0)} ms (${(mb / (folio.median / 1000)).toFixed(0)} MB/s)`);
    console.log(`  bare node:http, same file:             ${baseline.median.toFixed(0)} ms (${(mb / (baseline.median / 1000)).toFixed(0)} MB/s)`);
    console.log(`  Folio takes ${(folio.median / baseline.median).toFixed(2)}x the bare server's time`);
    const mem = (m: { idle: number; peak: number }) => `${(m.idle / 1024).toFixed(0)} MB before, peak ${(m.peak / 1024).toFixed(0)} MB while streaming (+${((m.peak - m.idle) / 1024).toFixed(0)} MB)`;
    console.log(`  Folio server RSS: ${mem(folioMem)}`);
    console.log(`  bare server RSS:  ${mem(bareMem)}`);
  } finally {
    server.kill();
    bare.kill();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
