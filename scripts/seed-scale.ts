// npm run seed:scale -- --publications 100000 --readers 100000 --bookmarks 1000000 --downloads 1000000
// Fills the database DATABASE_URL names (migrated, with the demo catalogue) with a large synthetic
// catalogue for the benchmarks: publications sharing a few small real PDFs, readers who can sign
// in (password "correct horse battery staple"), bookmarks and downloads. Prints its own speed.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { hashPassword } from "@/lib/accounts/passwords";
import { db } from "@/lib/db";
import { optimizeDatabase } from "@/lib/db/maintenance";
import { env } from "@/lib/env";
import { renderCover } from "@/lib/covers/render-cover";
import { inspectPdf, storePdf } from "@/lib/storage/pdf-store";
import { createProgressBar } from "./lib/progress";
import { SCALE_PASSWORD, scaleReaderEmail } from "./lib/scale-readers";
import { createRandom, seedSyntheticPublications, syntheticPublicationId } from "./lib/synthetic";
import { runScript } from "./lib/run-script";

const DAY = 24 * 60 * 60 * 1000;

async function makePdfs(n: number) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "folio-scale-"));
  const out = [];
  for (let i = 0; i < n; i++) {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    for (let p = 0; p < 4 + i * 3; p++) doc.addPage([595, 842]).drawText(`Synthetic full text ${i + 1}, page ${p + 1}`, { x: 72, y: 770, size: 14, font });
    const file = path.join(dir, `scale-${i}.pdf`);
    await fs.writeFile(file, await doc.save());
    const info = await inspectPdf({ file });
    const key = await storePdf({ file, sha256: info.sha256 });
    await renderCover({ sha256: info.sha256 });
    out.push({ key, ...info });
  }
  await fs.rm(dir, { recursive: true, force: true });
  return out;
}

async function main() {
  const { values } = parseArgs({
    options: { publications: { type: "string", default: "100000" }, readers: { type: "string", default: "100000" }, bookmarks: { type: "string", default: "1000000" }, downloads: { type: "string", default: "1000000" } },
  });
  const n = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])) as Record<keyof typeof values, number>;
  for (const [k, v] of Object.entries(n)) if (!Number.isInteger(v) || v < 0) throw new Error(`--${k} must be a whole number`);
  if (n.bookmarks > n.readers * n.publications) throw new Error("more bookmarks than reader and publication pairs");
  if (await db.publication.count({ where: { id: syntheticPublicationId(0) } })) throw new Error("this database already holds a synthetic catalogue; seed a fresh one");

  const started = performance.now();
  const timings: string[] = [];
  const step = async (label: string, rows: number, run: (bar: ReturnType<typeof createProgressBar>) => Promise<void>) => {
    if (!rows) return;
    const t0 = performance.now();
    const bar = createProgressBar();
    await run(bar);
    bar.done();
    const s = (performance.now() - t0) / 1000;
    timings.push(`  ${label.padEnd(13)} ${rows.toLocaleString("en").padStart(10)} rows in ${s.toFixed(1).padStart(6)} s  ${Math.round(rows / s).toLocaleString("en").padStart(8)} rows/s`);
  };

  const pdfs = await makePdfs(5);
  await step("publications", n.publications, (bar) => seedSyntheticPublications({ count: n.publications, pdfs, onProgress: (d, t) => bar.update(d, t, "publications") }));

  // One argon2id hash for everyone: hashing 100,000 passwords would take longer than the rest.
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const now = Date.now();
  const userId = (i: number) => `scalereader${String(i).padStart(8, "0")}`;
  await step("readers", n.readers, async (bar) => {
    for (let start = 0; start < n.readers; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, n.readers - start) }, (_, k) => {
        const i = start + k;
        const createdAt = new Date(now - (i % 730) * DAY);
        return { id: userId(i), email: scaleReaderEmail(i), name: `Reader ${i}`, passwordHash, emailVerified: createdAt, role: "READER" as const, createdAt };
      });
      await db.user.createMany({ data: rows });
      bar.update(Math.min(start + 1000, n.readers), n.readers, "readers");
    }
  });

  const { rand, pick } = createRandom(11);
  const publicationIndexes = Array.from({ length: Math.min(n.publications, 5000) }, (_, i) => i);
  // Each reader's bookmarks walk the catalogue from a popular start with a stride coprime to its
  // size, so a reader never saves one publication twice.
  const stride = (() => {
    const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
    let s = 7919;
    while (gcd(s, n.publications) !== 1) s++;
    return s;
  })();
  await step("bookmarks", n.bookmarks, async (bar) => {
    // ceil(bookmarks / readers) each: never more than the catalogue, and no reader is used twice.
    const perReader = Math.ceil(n.bookmarks / Math.max(1, n.readers));
    let batch: Array<{ userId: string; publicationId: string; createdAt: Date; updatedAt: Date }> = [];
    let done = 0;
    const flush = async () => {
      await db.bookmark.createMany({ data: batch });
      done += batch.length;
      batch = [];
      bar.update(done, n.bookmarks, "bookmarks");
    };
    for (let reader = 0; done + batch.length < n.bookmarks; reader++) {
      const start = pick(publicationIndexes);
      const take = Math.min(perReader, n.bookmarks - done - batch.length);
      for (let j = 0; j < take; j++) {
        const createdAt = new Date(now - Math.floor(rand() * 365) * DAY);
        batch.push({ userId: userId(reader), publicationId: syntheticPublicationId((start + j * stride) % n.publications), createdAt, updatedAt: createdAt });
      }
      if (batch.length >= 2000) await flush();
    }
    if (batch.length) await flush();
  });

  await step("downloads", n.downloads, async (bar) => {
    for (let start = 0; start < n.downloads; start += 2000) {
      const rows = Array.from({ length: Math.min(2000, n.downloads - start) }, () => ({
        userId: userId(Math.floor(rand() * Math.max(1, n.readers))),
        publicationId: syntheticPublicationId(pick(publicationIndexes) % n.publications),
        createdAt: new Date(now - Math.floor(rand() ** 2 * 365 * DAY)),
      }));
      await db.download.createMany({ data: rows });
      bar.update(Math.min(start + 2000, n.downloads), n.downloads, "downloads");
    }
  });

  if (env.provider === "postgresql") await db.$executeRawUnsafe("ANALYZE");
  else await optimizeDatabase({ startup: true });
  const total = (performance.now() - started) / 1000;
  const rows = n.publications + n.readers + n.bookmarks + n.downloads;
  console.log(`Seeded ${env.provider} in ${total.toFixed(1)} s (${Math.round(rows / total).toLocaleString("en")} rows/s overall):`);
  console.log(timings.join("\n"));
  console.log(`Readers sign in as ${scaleReaderEmail(0)} … ${scaleReaderEmail(Math.max(0, n.readers - 1))} with the password "${SCALE_PASSWORD}".`);
}

runScript(main);
