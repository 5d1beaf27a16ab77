// npm run bench:alerts: the alert digests at scale, on a scratch database of each kind. For each
// size (BENCH_READERS, default 10,000 and 100,000 readers), with three follows per reader, one
// saved search per five readers and 50 new releases, it reports:
//   - the time and memory to build and queue every digest: the process's peak resident set, and
//     the largest heap left after a full collection, taken every 10,000 readers (what the run holds);
//   - the time to send them all to a local SMTP sink through the outbox.
// Memory should stay flat as readers grow: the run streams readers, it never holds them all.
//   BENCH_READERS=10000,100000 npm run bench:alerts [-- sqlite|postgresql]
import { spawn, spawnSync } from "node:child_process";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { runScript } from "../lib/run-script";
import { scratchDatabase } from "./harness";

const SIZES = (process.env.BENCH_READERS ?? "10000,100000").split(",").map(Number);
const RELEASES = 50;
const TSX = ["tsx", "--conditions=react-server"];

/** Child: the readers, their follows and saved searches, and the 50 new releases. */
async function seed(readers: number) {
  const { db } = await import("@/lib/db");
  const { createRandom, DOMAIN_WORDS } = await import("../lib/synthetic");
  const { rand } = createRandom(11);
  const pickFrom = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const [centers, programs, authors, topics, regions] = await Promise.all([
    db.center.findMany({ select: { id: true, slug: true } }),
    db.program.findMany({ select: { id: true } }),
    db.author.findMany({ select: { id: true } }),
    db.topic.findMany({ select: { id: true } }),
    db.region.findMany({ select: { id: true } }),
  ]);
  const series = ["Bench Papers", "Bench Notes", "Bench Studies"];
  const now = Date.now();
  for (let i = 0; i < RELEASES; i++) {
    await db.publication.create({
      data: {
        slug: `bench-release-${i}`, title: `${pickFrom(DOMAIN_WORDS)} and ${pickFrom(DOMAIN_WORDS)}: release ${i}`, type: "POLICY_BRIEF", language: i % 5 ? "en" : "fr",
        publishedAt: new Date(now - 3600_000), releasedAt: new Date(now - 1800_000 + i * 1000), status: "PUBLISHED", series: pickFrom(series), seriesNumber: i,
        summary: `On ${pickFrom(DOMAIN_WORDS)} and ${pickFrom(DOMAIN_WORDS)}.`, teaser: `What release ${i} finds about ${pickFrom(DOMAIN_WORDS)}.`, centerId: pickFrom(centers).id,
        programs: { connect: [{ id: pickFrom(programs).id }] },
        topics: { connect: [{ id: pickFrom(topics).id }] },
        regions: { connect: [{ id: pickFrom(regions).id }] },
        authors: { create: [{ authorId: pickFrom(authors).id, position: 0 }] },
      },
    });
  }
  const targets = [
    ...authors.map((a) => ({ kind: "AUTHOR" as const, target: a.id })),
    ...centers.map((c) => ({ kind: "CENTER" as const, target: c.id })),
    ...programs.map((p) => ({ kind: "PROGRAM" as const, target: p.id })),
    ...topics.map((t) => ({ kind: "TOPIC" as const, target: t.id })),
    ...regions.map((r) => ({ kind: "REGION" as const, target: r.id })),
    ...series.map((s) => ({ kind: "SERIES" as const, target: s })),
  ];
  const BATCH = 2000;
  const covered = new Date(now - 3600_000);
  for (let start = 0; start < readers; start += BATCH) {
    const ids = Array.from({ length: Math.min(BATCH, readers - start) }, (_, k) => `benchreader${String(start + k).padStart(8, "0")}`);
    await db.user.createMany({ data: ids.map((id, k) => ({ id, email: `reader${start + k}@bench.test`, emailVerified: covered, locale: (start + k) % 4 ? "en" : "fr" })) });
    await db.alertSettings.createMany({ data: ids.map((userId, k) => ({ userId, locale: (start + k) % 4 ? "en" : "fr", frequency: "IMMEDIATE" as const, coveredUntil: covered, dueAt: covered })) });
    const follows = ids.flatMap((userId) => {
      const chosen = new Set<number>();
      while (chosen.size < 3) chosen.add(Math.floor(rand() * targets.length));
      return [...chosen].map((i) => ({ userId, ...targets[i] }));
    });
    await db.follow.createMany({ data: follows });
    const searches = ids.filter((_, k) => (start + k) % 5 === 0).map((userId) => {
      const q = `${pickFrom(DOMAIN_WORDS)}${rand() < 0.3 ? ` ${pickFrom(DOMAIN_WORDS)}` : ""}`;
      return { userId, query: rand() < 0.3 ? `q=${encodeURIComponent(q)}&center=${pickFrom(centers).slug}` : `q=${encodeURIComponent(q)}` };
    });
    await db.savedSearch.createMany({ data: searches });
    if (process.stderr.isTTY) process.stderr.write(`\r${start + ids.length}/${readers} readers`);
  }
  if (process.stderr.isTTY) process.stderr.write("\n");
  await db.$disconnect();
}

/** Child: one digest run, as the servers' timer or `npm run job` runs it; prints its figures as JSON. */
async function digest() {
  const { runAlertDigests } = await import("@/lib/alerts/digest");
  const { db } = await import("@/lib/db");
  // What the run itself holds: the heap after a full collection, every 20 batches. The resident
  // set also counts garbage V8 has not yet collected (it collects lazily with memory to spare).
  const gc = (globalThis as { gc?: () => void }).gc;
  let liveMb = 0;
  const t0 = performance.now();
  let gcMs = 0;
  const run = await runAlertDigests({
    onProgress: (done) => {
      if (!gc || done % 10_000) return;
      const g = performance.now();
      gc();
      gcMs += performance.now() - g;
      liveMb = Math.max(liveMb, process.memoryUsage().heapUsed / 1024 / 1024);
    },
  });
  const ms = performance.now() - t0 - gcMs;
  const followCount = await db.follow.count();
  const searchCount = await db.savedSearch.count();
  console.log(JSON.stringify({ ...run, ms, follows: followCount, searches: searchCount, peakRssMb: process.resourceUsage().maxRSS / 1024, liveMb }));
  await db.$disconnect();
}

/** Child: sends the outbox to SMTP_URL; prints its figures as JSON. */
async function send() {
  const { drainOutbox } = await import("@/lib/mail/outbox");
  const { db } = await import("@/lib/db");
  const t0 = performance.now();
  const done = await drainOutbox();
  console.log(JSON.stringify({ ...done, ms: performance.now() - t0, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
  await db.$disconnect();
}

function runChild(env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", [...TSX, "scripts/bench/alerts.ts", ...args], { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(out.trim().split("\n").pop() ?? "") : reject(new Error(`${args.join(" ")} failed`))));
  });
}

async function measure(provider: "sqlite" | "postgresql", readers: number) {
  const scratch = scratchDatabase({ name: "bench-alerts", provider });
  // A sink that accepts everything and counts it.
  let received = 0;
  let bytes = 0;
  const sink = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS", "AUTH"], logger: false,
    onData(stream, _session, callback) {
      stream.on("data", (c: Buffer) => (bytes += c.length));
      stream.on("end", () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((r) => sink.listen(0, "127.0.0.1", r));
  const env = { ...scratch.env, SITE_URL: "https://folio.example", SMTP_URL: `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}` };
  try {
    scratch.prepare();
    await runChild(env, ["--seed", String(readers)]);
    const d = JSON.parse(await runChild({ ...env, NODE_OPTIONS: "--expose-gc" }, ["--digest"]));
    const s = JSON.parse(await runChild(env, ["--send"]));
    return { provider, readers, follows: d.follows, searches: d.searches, mails: d.mails, digestS: d.ms / 1000, digestPeakMb: d.peakRssMb, digestLiveMb: d.liveMb, sendS: s.ms / 1000, sent: s.sent, received, sendPeakMb: s.peakRssMb, kbPerMail: bytes / 1024 / Math.max(1, received) };
  } finally {
    await new Promise<void>((r) => sink.close(() => r()));
    scratch.drop();
  }
}

const role = process.argv[2];
if (role === "--seed" || role === "--digest" || role === "--send") {
  runScript(async () => {
    await (role === "--seed" ? seed(Number(process.argv[3])) : role === "--digest" ? digest() : send());
  });
} else {
  const only = process.argv.slice(2).find((a) => a === "sqlite" || a === "postgresql");
  const rows = [];
  for (const provider of only ? [only as "sqlite" | "postgresql"] : (["sqlite", "postgresql"] as const)) {
    for (const readers of SIZES) {
      const row = await measure(provider, readers);
      rows.push(row);
      console.log(
        `${provider} ${readers} readers (${row.follows} follows, ${row.searches} saved searches, ${RELEASES} releases): ` +
          `${row.mails} digests built and queued in ${row.digestS.toFixed(1)} s (peak resident ${row.digestPeakMb.toFixed(0)} MB, largest live heap ${row.digestLiveMb.toFixed(0)} MB); ` +
          `sent ${row.sent} (${row.received} received, ${row.kbPerMail.toFixed(1)} KB each) in ${row.sendS.toFixed(1)} s = ${(row.sent / row.sendS).toFixed(0)}/s (peak ${row.sendPeakMb.toFixed(0)} MB)`,
      );
    }
  }
  // Leave the quick start's client in place.
  spawnSync("npx", [...TSX, "scripts/generate-client.ts", "--if-needed"], { env: { ...process.env, DATABASE_URL: "" }, stdio: "ignore" });
}
