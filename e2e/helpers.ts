// Expectations come from the same demo catalogue the suite imports, so a test states facts
// about the data rather than repeating magic strings.
import fs from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";

type DemoPublication = {
  slug: string; title: string; type: string; publishedAt: string; language: string; authors: string[];
  center: string; programs: string[]; topics: string[]; regions: string[]; series?: string; seriesNumber?: number; pdf?: string; summary: string; translationOf?: string;
};
type Localized<T> = { localized?: { fr?: T } };
type DemoCatalog = {
  centers: Array<{ slug: string; name: string; description: string; programs: Array<{ slug: string; name: string } & Localized<{ name: string; description: string }>> } & Localized<{ name: string; description: string }>>;
  authors: Array<{ slug: string; name: string; role: string; bio: string; center: string } & Localized<{ role: string; bio: string }>>;
  topics: Array<{ name: string; localized: { fr?: { name: string } } }>;
  regions: Array<{ name: string; localized: { fr?: { name: string } } }>;
  publications: DemoPublication[];
};

export const demo: DemoCatalog = JSON.parse(fs.readFileSync(path.resolve("demo/catalog.json"), "utf8"));

/** The analysis that exercises every block of the model page. */
export const FLAGSHIP = "japan-russia-thaw-that-never-came";
export const DRAFT = "unreleased-draft-on-japan";

export function demoPublication(slug: string) {
  const p = demo.publications.find((x) => x.slug === slug);
  if (!p) throw new Error(`no demo publication ${slug}`);
  return p;
}

export function demoAuthor(slug: string) {
  const a = demo.authors.find((x) => x.slug === slug);
  if (!a) throw new Error(`no demo author ${slug}`);
  return a;
}

export async function demoPdfFacts(slug: string) {
  const p = demoPublication(slug);
  const bytes = fs.readFileSync(path.resolve("demo", p.pdf!));
  return { pages: (await PDFDocument.load(bytes)).getPageCount(), size: bytes.length };
}

export const published = demo.publications.filter((p) => (p as { status?: string }).status !== "draft");
