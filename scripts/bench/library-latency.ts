// npm run bench:library: the library page's latency for one reader with 5,000 bookmarks, beside a
// cached public page of the same server in the same run. Own SQLite database under
// data/bench-library/; needs a current production build (npm run build).
import { scratchDatabase, createReader, percentile, signIn, startNext } from "./harness";
import { runScript } from "../lib/run-script";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BOOKMARKS = Number(process.env.BENCH_BOOKMARKS ?? 5000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);

async function seed() {
  // Through the app's own client; main() pointed the environment at the benchmark database
  // before anything read it.
  const { db } = await import("@/lib/db");
  const center = await db.center.findFirstOrThrow({ select: { id: true } });
  const author = await db.author.findFirstOrThrow({ select: { id: true } });
  const user = await db.user.findUniqueOrThrow({ where: { email: "bench@example.test" }, select: { id: true } });
  const types = ["ANALYSIS", "POLICY_BRIEF", "REPORT", "ARTICLE", "BOOK_CHAPTER"] as const;
  const started = Date.UTC(2010, 0, 1);
  for (let start = 0; start < BOOKMARKS; start += 500) {
    const batch = Array.from({ length: Math.min(500, BOOKMARKS - start) }, (_, k) => start + k);
    await db.publication.createMany({
      data: batch.map((i) => ({
        id: `benchpub${String(i).padStart(6, "0")}`,
        slug: `bench-publication-${i}`,
        title: `Benchmark publication ${i} on ${["energy", "security", "trade", "climate"][i % 4]} policy`,
        type: types[i % types.length],
        language: i % 5 ? "en" : "fr",
        publishedAt: new Date(started + i * 36e5 * 20),
        status: "PUBLISHED" as const,
        summary: "A generated summary.",
        teaser: "A generated summary.",
        centerId: center.id,
      })),
    });
    await db.publicationAuthor.createMany({ data: batch.map((i) => ({ publicationId: `benchpub${String(i).padStart(6, "0")}`, authorId: author.id, position: 0 })) });
    await db.bookmark.createMany({
      data: batch.map((i) => ({ userId: user.id, publicationId: `benchpub${String(i).padStart(6, "0")}`, createdAt: new Date(started + i * 6e4), note: i % 10 ? null : `Note ${i}` })),
    });
  }
  await db.$disconnect();
}

async function measure(url: string, headers: Record<string, string>) {
  await fetch(url, { headers }); // warm
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function main() {
  const scratch = scratchDatabase({ name: "bench-library", port: PORT });
  const { env } = scratch;
  Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, STORAGE_DIR: env.STORAGE_DIR });
  const { buildIsUsable } = await import("../build");
  if (!buildIsUsable()) throw new Error("No production build for SQLite: run `npm run build` first.");
  scratch.prepare();
  createReader(env);
  const t0 = performance.now();
  await seed();
  console.log(`Seeded ${BOOKMARKS} bookmarks for one reader in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  const server = await startNext(env, PORT);
  try {
    const cookie = await signIn(PORT);
    const base = `http://localhost:${PORT}`;
    const rows: Array<[string, string, Record<string, string>]> = [
      ["cached public page (/authors), for scale", `${base}/authors`, {}],
      ["/library, page 1", `${base}/library`, { cookie }],
      [`/library, last page`, `${base}/library?page=${Math.ceil(BOOKMARKS / 20)}`, { cookie }],
      ["/library, type filter + title search", `${base}/library?type=report&q=energy`, { cookie }],
      ["/api/me with 20 ids (the save buttons)", `${base}/api/me?saved=${Array.from({ length: 20 }, (_, i) => `benchpub${String(i).padStart(6, "0")}`).join(",")}`, { cookie }],
    ];
    console.log(`${REQUESTS} sequential requests each, after one warm-up:`);
    const baseline = await measure(rows[0][1], rows[0][2]);
    for (const [label, url, headers] of rows) {
      const r = label.startsWith("cached") ? baseline : await measure(url, headers);
      console.log(`  ${label.padEnd(42)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  (${(r.p50 / baseline.p50).toFixed(1)}x the cached page)`);
    }
  } finally {
    server.kill();
  }
}

runScript(main);
