// npm run bench:download: streams a 20 MB PDF through the gated route of a production build and
// prints throughput and the server's memory, beside nginx (if installed) and a bare node:http
// server sending the same file on the same machine in the same run (the ratios are the figures to
// quote, not the absolute times).
// Uses its own SQLite database and storage under data/bench-download/, and the current build.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { buildIsUsable } from "../build";
import { scratchDatabase, createReader, hasNginx, runProjectScript, signIn, startNext, startNginxFront, startStaticNginx, treeRssKb, waitFor } from "./harness";
import { runScript } from "../lib/run-script";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BARE_PORT = PORT + 1;
const NGINX_PORT = PORT + 2;
// Folio with PDF_ACCEL_REDIRECT, behind the documented nginx front (scripts/deploy/nginx-front.conf).
const ACCEL_PORT = PORT + 3;
const FRONT_PORT = PORT + 4;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function writeBigPdf(file: string, targetBytes: number) {
  // Uncompressed text pages, about 21.6 KB each with these settings (measured).
  const doc = new PDFDocument({ size: "A4", compress: false, info: { Title: "Benchmark", CreationDate: new Date(0) } });
  const out = fs.createWriteStream(file);
  doc.pipe(out);
  const line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt. ".repeat(2);
  const pages = Math.ceil(targetBytes / 21_600);
  for (let p = 0; p < pages; p++) {
    if (p) doc.addPage();
    for (let i = 0; i < 40; i++) doc.fontSize(8).text(`${p}:${i} ${line}`);
  }
  doc.end();
  await new Promise<void>((r) => out.on("finish", () => r()));
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

// Reading /proc is slow: sample at most every 20 ms, the same way for both servers.
function sampler(pid: number) {
  const s = { idle: treeRssKb(pid), peak: 0, last: 0, sample: () => {} };
  s.peak = s.idle;
  s.sample = () => {
    const now = performance.now();
    if (now - s.last < 20) return;
    s.last = now;
    s.peak = Math.max(s.peak, treeRssKb(pid));
  };
  return s;
}

async function main() {
  if (!buildIsUsable()) throw new Error("No production build for SQLite: run `npm run build` first.");
  const { dir, env } = scratchDatabase({ name: "bench-download", port: PORT });
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
  runProjectScript(env, "db.ts", "deploy");
  runProjectScript(env, "import.ts", path.join(dir, "catalog.json"));
  createReader(env);

  const server = await startNext(env, PORT);
  // In its own process, like the Next server: this one is busy being the client.
  const bareSource = `require("http").createServer((q, s) => { s.writeHead(200, { "content-type": "application/pdf", "content-length": ${size} }); require("fs").createReadStream(${JSON.stringify(pdf)}).pipe(s); }).listen(${BARE_PORT});`;
  const bare = spawn(process.execPath, ["-e", bareSource], { stdio: "ignore" });
  const nginx = hasNginx() ? startStaticNginx({ dir, port: NGINX_PORT }) : null;
  let front: ChildProcess | null = null;
  let accel: ChildProcess | null = null;
  if (nginx) {
    accel = await startNext({ ...env, PDF_ACCEL_REDIRECT: "/_pdf/" }, ACCEL_PORT);
    front = startNginxFront({ dir, listen: `127.0.0.1:${FRONT_PORT}`, ports: [ACCEL_PORT], storageDir: env.STORAGE_DIR! });
  }
  try {
    await waitFor(`http://localhost:${BARE_PORT}/`);
    if (nginx) await waitFor(`http://127.0.0.1:${NGINX_PORT}/big.pdf`);
    const cookie = await signIn(PORT);
    const url = `http://localhost:${PORT}/analyses/big-report/pdf`;
    await timeDownloads(url, { cookie }); // warm the route
    const folioMem = sampler(server.pid!);
    const folio = await timeDownloads(url, { cookie }, folioMem.sample);
    await timeDownloads(`http://localhost:${BARE_PORT}/`, {});
    const bareMem = sampler(bare.pid!);
    const baseline = await timeDownloads(`http://localhost:${BARE_PORT}/`, {}, bareMem.sample);
    if (folio.bytes !== size) throw new Error(`got ${folio.bytes} bytes, expected ${size}`);
    const viaNginx = nginx ? (await timeDownloads(`http://127.0.0.1:${NGINX_PORT}/big.pdf`, {}), await timeDownloads(`http://127.0.0.1:${NGINX_PORT}/big.pdf`, {})) : null;
    let fronted: Awaited<ReturnType<typeof timeDownloads>> | null = null;
    let frontMem: ReturnType<typeof sampler> | null = null;
    if (front && accel) {
      const frontUrl = `http://127.0.0.1:${FRONT_PORT}/analyses/big-report/pdf`;
      await waitFor(`http://127.0.0.1:${FRONT_PORT}/api/me`);
      // The internal location is not reachable from outside, and ranges still work through it.
      const direct = await fetch(`http://127.0.0.1:${FRONT_PORT}/_pdf/`);
      if (direct.status !== 404) throw new Error(`/_pdf/ answered ${direct.status} from outside`);
      const ranged = await fetch(frontUrl, { headers: { cookie, range: "bytes=100-199" } });
      if (ranged.status !== 206 || (await ranged.arrayBuffer()).byteLength !== 100) throw new Error(`a range through the front answered ${ranged.status}`);
      if ((await fetch(frontUrl, { redirect: "manual" })).status !== 303) throw new Error("the front sent the PDF without a session");
      await timeDownloads(frontUrl, { cookie });
      frontMem = sampler(accel.pid!);
      fronted = await timeDownloads(frontUrl, { cookie }, frontMem.sample);
      if (fronted.bytes !== size) throw new Error(`got ${fronted.bytes} bytes through the front, expected ${size}`);
    }

    const mb = size / (1024 * 1024);
    const mem = (m: { idle: number; peak: number }) => `${(m.idle / 1024).toFixed(0)} MB before, peak ${(m.peak / 1024).toFixed(0)} MB while streaming (+${((m.peak - m.idle) / 1024).toFixed(0)} MB)`;
    console.log(`PDF: ${mb.toFixed(1)} MB, ${RUNS} downloads each, median times`);
    console.log(`  Folio /analyses/<slug>/pdf (signed in): ${folio.median.toFixed(0)} ms (${(mb / (folio.median / 1000)).toFixed(0)} MB/s)`);
    console.log(`  bare node:http, same file:             ${baseline.median.toFixed(0)} ms (${(mb / (baseline.median / 1000)).toFixed(0)} MB/s)`);
    if (viaNginx) console.log(`  nginx, same file:                      ${viaNginx.median.toFixed(0)} ms (${(mb / (viaNginx.median / 1000)).toFixed(0)} MB/s)`);
    console.log(`  Folio takes ${(folio.median / baseline.median).toFixed(2)}x the bare server's time`);
    if (fronted) console.log(`  Folio behind the nginx front, PDF_ACCEL_REDIRECT: ${fronted.median.toFixed(0)} ms (${(mb / (fronted.median / 1000)).toFixed(0)} MB/s)`);
    if (viaNginx) console.log(`  Folio's rate over nginx's: ${(viaNginx.median / folio.median).toFixed(2)} streamed by Node${fronted ? `, ${(viaNginx.median / fronted.median).toFixed(2)} sent by nginx after Folio's check` : ""} (target ≥ 0.5)`);
    console.log(`  Folio server RSS: ${mem(folioMem)}`);
    console.log(`  bare server RSS:  ${mem(bareMem)}`);
    if (frontMem) console.log(`  Folio RSS behind the front: ${mem(frontMem)}`);
  } finally {
    server.kill();
    bare.kill();
    nginx?.kill();
    front?.kill();
    accel?.kill();
  }
}

runScript(main);
