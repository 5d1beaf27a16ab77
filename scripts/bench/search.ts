// npm run bench:search: seeds a synthetic catalogue (100,000 publications by default) into a
// scratch database of each kind and prints p50 and p95 of twenty representative searches,
// with and without filters, run in-process through lib/search (no HTTP).
//   BENCH_PUBLICATIONS=100000 BENCH_RUNS=5 npm run bench:search [-- sqlite|postgresql]
import { spawnSync } from "node:child_process";
import { runScript } from "../lib/run-script";
import { percentile, scratchDatabase } from "./harness";

const N = Number(process.env.BENCH_PUBLICATIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TSX = ["tsx", "--conditions=react-server"];

const QUERIES: Array<[string, Record<string, string | number>]> = [
  ["energy", {}], ["security", {}], ["russia", {}], ["climate finance", {}], ["nuclear deterrence", {}],
  ['"energy security"', {}], ['"arms control"', {}], ["hydro", {}], ["securite", {}], ["strategie indo", {}],
  ["china trade", {}], ["european defence industry", {}], ["migration", {}], ["japan", {}], ["sanctions economy", {}],
  ["energy", { center: "energy-climate" }], ["security", { type: "policy-brief" }], ["russia", { year: 2021 }],
  ["climate", { center: "energy-climate", language: "en" }], ["defence", { type: "report", year: 2020 }],
];


async function seedAndMeasure() {
  const { db } = await import("@/lib/db");
  const { env } = await import("@/lib/env");
  const { searchPublications } = await import("@/lib/publications/search");
  const { optimizeDatabase } = await import("@/lib/db/maintenance");
  const { seedSyntheticPublications } = await import("../lib/synthetic");
  const started = performance.now();
  await seedSyntheticPublications({
    count: N,
    onProgress: (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total} publications`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  const seedSeconds = (performance.now() - started) / 1000;
  // What a server does when it starts (SQLite) or what autovacuum would do soon (PostgreSQL).
  if (env.provider === "postgresql") await db.$executeRawUnsafe(`ANALYZE`);
  else await optimizeDatabase({ startup: true });

  const times: number[] = [];
  const perQuery: Array<[string, number]> = [];
  for (const [q, filters] of QUERIES) {
    const own: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const result = await searchPublications({ q, filters: filters as never });
      own.push(performance.now() - t0);
      if ("error" in result) throw new Error(`${q}: ${result.error}`);
    }
    times.push(...own.slice(1)); // the first run of each query warms caches
    own.sort((a, b) => a - b);
    perQuery.push([`${q}${Object.keys(filters).length ? ` + ${JSON.stringify(filters)}` : ""}`, percentile(own, 50)]);
  }
  times.sort((a, b) => a - b);
  console.log(`\n${env.provider}: ${N} publications seeded in ${seedSeconds.toFixed(0)} s (${env.provider === "sqlite" ? "search index kept by triggers" : "search index rebuilt once after the load"})`);
  for (const [q, p50] of perQuery) console.log(`  ${q.padEnd(58)} p50 ${p50.toFixed(1).padStart(7)} ms`);
  console.log(`  all ${QUERIES.length} queries, ${RUNS - 1} timed runs each: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
  await db.$disconnect();
}

function child(provider: "sqlite" | "postgresql") {
  const scratch = scratchDatabase({ name: "bench-search", provider });
  try {
    scratch.prepare();
    const r = spawnSync("npx", [...TSX, "scripts/bench/search.ts", "--child"], { env: scratch.env, stdio: ["ignore", "inherit", "inherit"] });
    if (r.status !== 0) throw new Error("the search bench's child failed");
  } finally {
    scratch.drop();
  }
}

if (process.argv.includes("--child")) {
  runScript(seedAndMeasure);
} else {
  const only = process.argv.slice(2).find((a) => a === "sqlite" || a === "postgresql");
  for (const provider of only ? [only as "sqlite" | "postgresql"] : (["sqlite", "postgresql"] as const)) child(provider);
  // Leave the quick start's client in place.
  spawnSync("npx", [...TSX, "scripts/generate-client.ts", "--if-needed"], { env: { ...process.env, DATABASE_URL: "" }, stdio: "ignore" });
}
