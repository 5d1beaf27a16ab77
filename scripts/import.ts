// npm run import -- <catalog.json>
// Validates the whole file first and writes nothing unless it is entirely valid.
import fs from "node:fs/promises";
import path from "node:path";
import { importCatalog, readKnownSlugs } from "@/lib/import/import-catalog";
import { validateCatalog } from "@/lib/import/validate";
import { createProgressBar } from "./lib/progress";
import { isEntryPoint, runScript } from "./lib/run-script";

export async function runImport(file: string): Promise<number> {
  const text = await fs.readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
    console.error(`Cannot read ${file}: ${e.code ?? e.message}`);
    return null;
  });
  if (text === null) return 1;
  const result = await validateCatalog({ input: text, baseDir: path.dirname(path.resolve(file)), known: await readKnownSlugs() });
  if (!result.ok) {
    console.error(`${file}: ${result.issues.length} error${result.issues.length === 1 ? "" : "s"}; nothing was imported.`);
    for (const issue of result.issues) console.error(`  ${issue.path}: ${issue.message}`);
    return 1;
  }
  const started = performance.now();
  const bar = createProgressBar();
  const counts = await importCatalog({ value: result.value, onProgress: bar.update });
  bar.done();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Imported ${counts.publications} publications, ${counts.authors} authors, ${counts.centers} centres, ${counts.programs} programmes and ${counts.pdfs} PDFs in ${seconds} s.`,
  );
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    console.error("usage: npm run import -- <catalog.json>");
    process.exit(2);
  }
  runScript(() => runImport(file), { describeError: (e) => `Import failed; the database was left unchanged: ${e instanceof Error ? e.message : e}` });
}
