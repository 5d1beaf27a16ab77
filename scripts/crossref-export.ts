// npm run crossref:export -- [--slugs a,b] [--since YYYY-MM-DD] [--out file.xml]: writes a Crossref
// deposit (lib/crossref/deposit.ts) for published publications with a DOI: the named ones, those
// changed since a date, or all. Without --out it prints the XML. Nothing is sent to Crossref.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { listDepositable } from "@/lib/crossref/deposit";
import { formatNamed } from "@/lib/formats/registry";
import { db } from "@/lib/db";
import { runScript } from "./lib/run-script";

const USAGE = "Usage: npm run crossref:export -- [--slugs a,b] [--since YYYY-MM-DD] [--out deposit.xml]";

async function main() {
  let values: { slugs?: string; since?: string; out?: string };
  try {
    ({ values } = parseArgs({ options: { slugs: { type: "string" }, since: { type: "string" }, out: { type: "string" } } }));
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : e}\n${USAGE}`);
    return 2;
  }
  if (values.since && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) {
    console.error(`--since must be a date as YYYY-MM-DD.\n${USAGE}`);
    return 2;
  }
  const slugs = values.slugs?.split(",").map((s) => s.trim()).filter(Boolean);
  const ids = slugs ? (await db.publication.findMany({ where: { slug: { in: slugs } }, select: { id: true } })).map((p) => p.id) : undefined;
  const publications = await listDepositable({ ids, since: values.since ? new Date(`${values.since}T00:00:00Z`) : undefined });
  if (slugs) {
    const found = new Set(publications.map((p) => p.slug));
    const skipped = slugs.filter((s) => !found.has(s));
    if (skipped.length) console.error(`Left out (unknown, unpublished or without a DOI): ${skipped.join(", ")}`);
  }
  if (!publications.length) {
    console.error("Nothing to deposit: no published publication with a DOI matches.");
    return 1;
  }
  const xml = formatNamed({ model: "deposit", name: "crossref" }).write(publications);
  if (values.out) {
    fs.writeFileSync(values.out, xml);
    console.error(`Wrote ${publications.length} record${publications.length === 1 ? "" : "s"} to ${values.out}.`);
  } else {
    process.stdout.write(xml);
  }
  return 0;
}

runScript(main);
