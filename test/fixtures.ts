// Helpers shared by the unit tests: temporary folders, real PDFs, and a migrated SQLite database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";

export function makeTempDir(prefix = "folio-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function writePdf(file: string, pages = 3): Promise<void> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([200, 200]).drawText(`Page ${i + 1}`, { x: 20, y: 100 });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await doc.save());
}

/**
 * Points lib/env at a fresh SQLite file and storage folder, and migrates it. Call before the
 * first (dynamic) import of anything that reads lib/env; each test file has its own module graph.
 */
export async function useTempDatabase() {
  const marker = path.resolve("lib/generated/prisma/.provider");
  const provider = fs.existsSync(marker) ? fs.readFileSync(marker, "utf8").trim() : "sqlite";
  if (provider !== "sqlite") throw new Error(`The generated Prisma client is for ${provider}; unit tests need SQLite (npm run test:unit regenerates it).`);
  const dir = makeTempDir();
  process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
  process.env.STORAGE_DIR = path.join(dir, "storage");
  const { applyMigrations } = await import("@/lib/db/migrator");
  await applyMigrations({ url: process.env.DATABASE_URL });
  return { dir, storageDir: process.env.STORAGE_DIR };
}

/** Imports the demo catalogue (without its PDFs) into the database useTempDatabase set up. */
export async function importDemoCatalog({ dir }: { dir: string }) {
  const [{ validateCatalog }, { importCatalog }] = await Promise.all([import("@/lib/import/validate"), import("@/lib/import/import-catalog")]);
  const catalog = JSON.parse(fs.readFileSync(path.resolve("demo/catalog.json"), "utf8"));
  for (const p of catalog.publications) delete p.pdf;
  const v = await validateCatalog({ input: catalog, baseDir: dir });
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  await importCatalog({ value: v.value });
}
