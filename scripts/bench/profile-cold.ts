// npm run bench:profile: where a cold render's time goes. Serves the current build (run
// `npm run bench` or `NEXT_DIST_DIR=.next-bench npm run build` first) under `node --cpu-prof`
// on the database DATABASE_URL names (seed it with `npm run seed:scale`), asks for
// BENCH_PROFILE_PAGES pages nobody has asked for yet, one at a time, and prints where the
// server's CPU went: by function (self time), and by the package or part of Folio it belongs to.
// BENCH_PROFILE_ROUTE picks the pages: analysis (default), listing (a new deep page of the largest
// centre's listing each time) or search (a new query each time).
//   DATABASE_URL=file:./data/bench.db BENCH_PROFILE_PAGES=300 npm run bench:profile
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitFor } from "./harness";
import { runScript } from "../lib/run-script";

const PORT = 3320;
const PAGES = Number(process.env.BENCH_PROFILE_PAGES ?? 300);
const DIST = process.env.NEXT_DIST_DIR ?? ".next-bench";
const ROUTE = process.env.BENCH_PROFILE_ROUTE ?? "analysis";

/** The n-th address of the profiled kind, from `first` on: each one new to the cache. */
async function addressesFor(route: string): Promise<(n: number) => string> {
  if (route === "analysis") return (n) => `/analyses/synthetic-${n}`;
  if (route === "search") return (n) => `/search?q=${encodeURIComponent(`security ${n}`)}`;
  if (route !== "listing") throw new Error("BENCH_PROFILE_ROUTE is analysis, listing or search");
  const { db } = await import("@/lib/db");
  const { buildPublicationWhere } = await import("@/lib/publications/filters");
  const { listingHref } = await import("@/lib/validations/listing");
  const [largest] = await db.center.findMany({ orderBy: { publications: { _count: "desc" } }, take: 1, select: { slug: true } });
  const filters = { center: largest.slug };
  const keys = await db.publication.findMany({ where: buildPublicationWhere(filters), orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: { publishedAt: true, id: true } });
  // Deep pages, reached as Next leads to them: the cursor after the previous page's last item.
  return (n) => {
    const page = 60 + (n % Math.max(1, Math.floor(keys.length / 20) - 120));
    return listingHref(filters, page, "/analyses", { direction: "after", ...keys[(page - 1) * 20 - 1] });
  };
}

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** The package a script belongs to, or the part of Folio, or Node itself. */
function ownerOf(url: string): string {
  if (!url) return "(native, GC, idle)";
  if (url.startsWith("node:")) return "node internals";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) {
    if (pkg === "next") {
      const part = /next\/dist\/(compiled\/[^/]+|server\/[^/]+|[^/]+)/.exec(url)?.[1];
      return `next (${part ?? "?"})`;
    }
    return pkg;
  }
  if (url.includes("/.next")) return "Folio's bundles (app, lib, components, and what they bundle)";
  return url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-profile-"));
  // tsx as a loader in this very process: its command line would run the server in a child,
  // which Node 20 gives no way to profile (--cpu-prof is refused in NODE_OPTIONS).
  const server = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", "tsx", "scripts/serve.ts"], {
    env: { ...process.env, NEXT_DIST_DIR: DIST, PORT: String(PORT), SITE_URL: `http://localhost:${PORT}`, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", SCHEDULER_INTERVAL_SECONDS: "0", AUTH_SECRET: process.env.AUTH_SECRET ?? "profile-only-secret-0123456789-0123456789" },
    stdio: "ignore",
  });
  const times: number[] = [];
  let measuredMs = 0;
  try {
    await waitFor(`http://localhost:${PORT}/api/me`);
    const address = await addressesFor(ROUTE);
    // Pages no earlier run has cached: a different stretch of the catalogue each time.
    const first = 1000 + (Math.floor(Date.now() / 1000) % 400) * 200;
    // Warm the JIT and the shared parts (layout, fonts, chunks) on other pages first.
    for (let i = 0; i < 100; i++) await (await fetch(`http://localhost:${PORT}${address(first + PAGES + i)}`)).arrayBuffer();
    const t0 = performance.now();
    for (let i = 0; i < PAGES; i++) {
      const start = performance.now();
      const res = await fetch(`http://localhost:${PORT}${address(first + i)}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${address(first + i)} answered ${res.status}: seed with npm run seed:scale first`);
      if (res.headers.get("x-nextjs-cache") === "HIT") throw new Error(`${address(first + i)} was already cached`);
      times.push(performance.now() - start);
    }
    measuredMs = performance.now() - t0;
  } finally {
    const exited = new Promise((r) => server.once("exit", r));
    // Already gone (it failed to start): nothing to wait for.
    if (server.exitCode === null) server.kill("SIGINT");
    else exited.then(() => undefined);
    if (server.exitCode === null) await exited;
  }
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  if (!files.length) throw new Error("no profile was written");
  const profile = JSON.parse(fs.readFileSync(files[0], "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Only the measured pages: the samples of the last measuredMs before the server was stopped
  // (start-up, module loading and the warm-up come before).
  const at: number[] = [];
  profile.timeDeltas.reduce((t, d, i) => (at[i] = t + d), 0);
  const from = at[at.length - 1] - measuredMs * 1000 - 200_000;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    if (at[i] >= from) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === "(idle)").reduce((a, [, t]) => a + t, 0);
  const busy = total - idle;
  const sum = (key: (n: Node) => string) => {
    const m = new Map<string, number>();
    for (const [id, t] of self) {
      const n = byId.get(id)!;
      if (n.callFrame.functionName === "(idle)") continue;
      m.set(key(n), (m.get(key(n)) ?? 0) + t);
    }
    return [...m].sort((a, b) => b[1] - a[1]);
  };
  times.sort((a, b) => a - b);
  const pct = (t: number) => `${((t / busy) * 100).toFixed(1)} %`;
  console.log(`${PAGES} cold ${ROUTE} pages, one at a time: p50 ${times[Math.floor(PAGES / 2)].toFixed(1)} ms, p95 ${times[Math.floor(PAGES * 0.95)].toFixed(1)} ms; server busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms profiled (${(busy / 1000 / PAGES).toFixed(1)} ms of CPU per page).`);
  console.log("\nBy owner (self time, share of busy time):");
  for (const [k, t] of sum((n) => ownerOf(n.callFrame.url)).slice(0, 15)) console.log(`  ${pct(t).padStart(7)}  ${k}`);
  console.log("\nBy function (self time):");
  for (const [k, t] of sum((n) => `${n.callFrame.functionName || "(anonymous)"} ${ownerOf(n.callFrame.url)}`).slice(0, 25)) console.log(`  ${pct(t).padStart(7)}  ${k}`);
  console.log(`\nProfile: ${files[0]} (open it in Chrome's DevTools, Performance tab)`);
}

runScript(main);
