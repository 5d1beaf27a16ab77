// Imports the demo catalogue (demo/catalog.json, PDFs generated on first use) if the database
// has no publication yet. `--force` imports it regardless (it is idempotent).
import path from "node:path";
import { db } from "@/lib/db";
import { generateDemoPdfs } from "./demo-pdfs";
import { runImport } from "./import";
import { runScript } from "./lib/run-script";

const CATALOG = path.resolve("demo/catalog.json");

async function main() {
  const force = process.argv.includes("--force");
  if (!force && (await db.publication.count()) > 0) return 0;
  const written = await generateDemoPdfs({ catalogFile: CATALOG });
  if (written) console.log(`Generated ${written} demo PDFs.`);
  console.log("Importing the demo catalogue…");
  return runImport(CATALOG);
}

runScript(main);
