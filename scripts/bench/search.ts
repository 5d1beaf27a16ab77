// npm run bench:search: seeds a synthetic catalogue (100,000 publications by default) into a
// scratch database of each kind and prints p50 and p95 of twenty representative searches,
// with and without filters, run in-process through lib/search (no HTTP).
//   BENCH_PUBLICATIONS=100000 BENCH_RUNS=5 npm run bench:search [-- sqlite|postgresql]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { percentile } from "./harness";

const N = Number(process.env.BENCH_PUBLICATIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PG_ADMIN = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const TSX = ["tsx", "--conditions=react-server"];

const QUERIES: Array<[string, Record<string, string | number>]> = [
  ["energy", {}], ["security", {}], ["russia", {}], ["climate finance", {}], ["nuclear deterrence", {}],
  ['"energy security"', {}], ['"arms control"', {}], ["hydro", {}], ["securite", {}], ["strategie indo", {}],
  ["china trade", {}], ["european defence industry", {}], ["migration", {}], ["japan", {}], ["sanctions economy", {}],
  ["energy", { center: "energy-climate" }], ["security", { type: "policy-brief" }], ["russia", { year: 2021 }],
  ["climate", { center: "energy-climate", language: "en" }], ["defence", { type: "report", year: 2020 }],
];

const WORDS = "energy security russia china trade climate finance nuclear deterrence arms control european defence industry migration japan sanctions economy hydrogen gas markets diplomacy alliance governance technology semiconductors africa arctic ukraine moldova caucasus indo pacific strategy policy reform transition".split(" ");
const FRENCH = "sécurité énergétique stratégie politique défense économie transition climat coopération".split(" ");

async function seedAndMeasure() {
  const { db } = await import("@/lib/db");
  const { env } = await import("@/lib/env");
  const { searchPublications } = await import("@/lib/search/search");
  const { optimizeDatabase } = await import("@/lib/db/maintenance");
  const centers = await db.center.findMany({ select: { id: true } });
  const authors = await db.author.findMany({ select: { id: true } });
  const topics = await db.topic.findMany({ select: { id: true } });
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() ** 2 * xs.length)]; // skewed popularity
  // Text is realistic enough for ranking to cost what it would: each analysis is about three
  // domain words (skewed: the commonest is in over half the catalogue), and the rest of
  // its prose is drawn from a 3,000-word Zipfian vocabulary.
  const syllables = "ka lo mi ne ra ti so vu de pa li to me na ru si be go fa ze".split(" ");
  const FILLER = Array.from({ length: 3000 }, (_, i) => syllables[i % 20] + syllables[Math.floor(i / 20) % 20] + syllables[Math.floor(i / 400) % 20] + (i % 3 === 0 ? "n" : ""));
  const zipf = () => FILLER[Math.min(FILLER.length - 1, Math.floor(1 / (rand() + 1 / FILLER.length)) - 1)];
  const sentence = (about: string[], fr: boolean) =>
    Array.from({ length: 14 }, () => (rand() < 0.15 ? pick(about) : fr && rand() < 0.2 ? pick(FRENCH) : zipf())).join(" ") + ".";
  const types = ["ANALYSIS", "POLICY_BRIEF", "REPORT", "ARTICLE", "BOOK_CHAPTER"] as const;
  const started = performance.now();
  // PostgreSQL's per-row triggers made a 100,000-publication seed take half an hour: the bulk
  // load runs without them and rebuilds the index once at the end, as a bulk import would.
  const PG_SEARCH_TRIGGERS = [["Publication", "search_publication"], ["PublicationAuthor", "search_publication_author"], ["_PublicationToTopic", "search_publication_topic"]];
  const setTriggers = async (on: boolean) => {
    if (env.provider !== "postgresql") return;
    for (const [table, trigger] of PG_SEARCH_TRIGGERS) await db.$executeRawUnsafe(`ALTER TABLE "${table}" ${on ? "ENABLE" : "DISABLE"} TRIGGER "${trigger}"`);
  };
  await setTriggers(false);
  const BATCH = 1000;
  for (let start = 0; start < N; start += BATCH) {
    const ids = Array.from({ length: Math.min(BATCH, N - start) }, (_, k) => start + k);
    const rows = ids.map((i) => {
      const fr = i % 6 === 0;
      const about = [pick(WORDS), pick(WORDS), pick(WORDS)];
      return {
        id: `synthetic${String(i).padStart(7, "0")}`,
        slug: `synthetic-${i}`,
        title: `${about[0]} ${zipf()} and ${about[1]}: ${zipf()} ${about[2]} ${i}`,
        type: types[i % 5],
        language: fr ? "fr" : "en",
        publishedAt: new Date(Date.UTC(2000 + (i % 26), i % 12, 1 + (i % 28))),
        status: "PUBLISHED" as const,
        summary: Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => sentence(about, fr)).join(" ")).join("\n\n"),
        teaser: sentence(about, fr),
        centerId: pick(centers).id,
      };
    });
    await db.publication.createMany({ data: rows });
    await db.publicationAuthor.createMany({ data: rows.map((r) => ({ publicationId: r.id, authorId: pick(authors).id, position: 0 })) });
    const links = rows.map((r) => `('${r.id}', '${pick(topics).id}')`).join(",");
    await db.$executeRawUnsafe(`INSERT INTO "_PublicationToTopic" ("A", "B") VALUES ${links} ON CONFLICT DO NOTHING`);
    if (process.stderr.isTTY) process.stderr.write(`\r${Math.min(start + BATCH, N)}/${N} publications`);
  }
  if (process.stderr.isTTY) process.stderr.write("\n");
  await setTriggers(true);
  if (env.provider === "postgresql") {
    for (let start = 0; start < N; start += 5000) {
      const ids = Array.from({ length: Math.min(5000, N - start) }, (_, k) => `synthetic${String(start + k).padStart(7, "0")}`);
      await db.$executeRawUnsafe(`SELECT folio_search_rebuild($1::text[])`, ids);
    }
  }
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
  const dir = path.resolve("data/bench-search");
  fs.mkdirSync(dir, { recursive: true });
  let url = `file:${path.join(dir, "bench.db")}`;
  const database = `folio_bench_search_${process.pid}`;
  if (provider === "sqlite") for (const s of ["", "-wal", "-shm"]) fs.rmSync(`${path.join(dir, "bench.db")}${s}`, { force: true });
  else {
    const admin = new URL(PG_ADMIN);
    spawnSync("psql", ["-q", PG_ADMIN, "-c", `CREATE DATABASE "${database}"`], { stdio: "inherit" });
    admin.pathname = `/${database}`;
    url = admin.toString();
  }
  const env = { ...process.env, DATABASE_URL: url, STORAGE_DIR: path.join(dir, "storage") };
  const run = (args: string[]) => {
    const r = spawnSync("npx", args, { env, stdio: ["ignore", "inherit", "inherit"] });
    if (r.status !== 0) throw new Error(`npx ${args.join(" ")} failed`);
  };
  try {
    run([...TSX, "scripts/generate-client.ts", "--if-needed"]);
    run([...TSX, "scripts/db.ts", "deploy"]);
    run([...TSX, "scripts/seed-demo.ts"]);
    run([...TSX, "scripts/bench/search.ts", "--child"]);
  } finally {
    if (provider === "postgresql") spawnSync("psql", ["-q", PG_ADMIN, "-c", `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`], { stdio: "inherit" });
  }
}

if (process.argv.includes("--child")) {
  seedAndMeasure().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
} else {
  const only = process.argv.slice(2).find((a) => a === "sqlite" || a === "postgresql");
  for (const provider of only ? [only as "sqlite" | "postgresql"] : (["sqlite", "postgresql"] as const)) child(provider);
  // Leave the quick start's client in place.
  spawnSync("npx", [...TSX, "scripts/generate-client.ts", "--if-needed"], { env: { ...process.env, DATABASE_URL: "" }, stdio: "ignore" });
}
