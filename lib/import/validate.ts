import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { slugify } from "@/lib/format/slugify";
import { isUploadableImage } from "@/lib/images/stored-images";
import { inspectPdf, type PdfInfo } from "@/lib/storage/pdf-store";
import { catalogSchema, type CatalogInput } from "@/lib/validations/catalog";

export type ImportIssue = { path: string; message: string };

/** Slugs already in the database, so a file may refer to what an earlier import created. */
export type KnownSlugs = { centers: Set<string>; programs: Set<string>; authors: Set<string>; publications?: Map<string, { language: string }>; dois?: Map<string, string> };

export type ValidatedCatalog = {
  catalog: CatalogInput;
  /** PDF facts by the `pdf` value as written in the file. */
  pdfs: Map<string, PdfInfo & { file: string }>;
  /** Each author photo named in the file, by its name there: the bytes, checked to be an image. */
  photos: Map<string, Uint8Array>;
};

export type ValidateCatalogOptions = {
  /** The file's parsed JSON, or its text. */
  input: unknown;
  /** `pdf` paths are relative to this folder (the JSON file's). */
  baseDir: string;
  known?: KnownSlugs;
};

export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments.reduce<string>((out, s) => (typeof s === "number" ? `${out}[${s}]` : out ? `${out}.${String(s)}` : String(s)), "") || "(root)";
}

/** Checks the whole file, every error with its JSON path, before anything is written. */
export async function validateCatalog({ input, baseDir, known }: ValidateCatalogOptions): Promise<{ ok: true; value: ValidatedCatalog } | { ok: false; issues: ImportIssue[] }> {
  let json = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input);
    } catch (e) {
      return { ok: false, issues: [{ path: "(root)", message: `is not valid JSON: ${e instanceof Error ? e.message : e}` }] };
    }
  }
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const catalog = parsed.data;
  const issues: ImportIssue[] = [];

  const firstSeen = new Map<string, string>();
  const unique = (kind: string, slug: string, at: string) => {
    const key = `${kind}:${slug}`;
    const earlier = firstSeen.get(key);
    if (earlier) issues.push({ path: at, message: `duplicate ${kind} slug "${slug}" (first at ${earlier})` });
    else firstSeen.set(key, at);
  };

  const centers = new Set(known?.centers);
  const programs = new Set(known?.programs);
  const authors = new Set(known?.authors);
  catalog.centers.forEach((c, i) => {
    unique("centre", c.slug, `centers[${i}].slug`);
    centers.add(c.slug);
    c.programs.forEach((p, j) => {
      unique("programme", p.slug, `centers[${i}].programs[${j}].slug`);
      programs.add(p.slug);
    });
  });
  const photos: ValidatedCatalog["photos"] = new Map();
  const pdfChecks: Array<Promise<void>> = [];
  catalog.authors.forEach((a, i) => {
    unique("author", a.slug, `authors[${i}].slug`);
    authors.add(a.slug);
    if (a.center && !centers.has(a.center)) issues.push({ path: `authors[${i}].center`, message: `unknown centre "${a.center}"` });
    const photo = a.photo;
    if (photo && !photos.has(photo)) {
      pdfChecks.push(
        fs.readFile(path.resolve(baseDir, photo)).then(
          async (bytes) => {
            const source = new Uint8Array(bytes);
            if (await isUploadableImage({ source })) photos.set(photo, source);
            else issues.push({ path: `authors[${i}].photo`, message: `${photo} is not a JPEG, PNG or WebP image` });
          },
          (e: NodeJS.ErrnoException) => void issues.push({ path: `authors[${i}].photo`, message: e.code === "ENOENT" ? `file not found: ${photo}` : `cannot read ${photo} (${e.code})` }),
        ),
      );
    }
  });

  for (const [field, kind] of [["topics", "topic"], ["regions", "region"]] as const) {
    catalog[field].forEach((term, i) => {
      const slug = slugify(term.name);
      if (!slug) issues.push({ path: `${field}[${i}].name`, message: `"${term.name}" has no letters or digits to make a slug from` });
      else unique(kind, slug, `${field}[${i}].name`);
    });
  }

  // A translation names a publication of another language, in this file or already imported.
  const languages = new Map([...(known?.publications ?? new Map<string, { language: string }>())].map(([slug, p]) => [slug, p.language]));
  for (const p of catalog.publications) languages.set(p.slug, p.language);
  catalog.publications.forEach((p, i) => {
    if (!p.translationOf) return;
    const other = languages.get(p.translationOf);
    const at = `publications[${i}].translationOf`;
    if (p.translationOf === p.slug) issues.push({ path: at, message: "a publication cannot be its own translation" });
    else if (other === undefined) issues.push({ path: at, message: `unknown publication "${p.translationOf}"` });
    else if (other === p.language) issues.push({ path: at, message: `"${p.translationOf}" is in the same language (${other})` });
  });

  const pdfs: ValidatedCatalog["pdfs"] = new Map();
  const doiHolders = new Map<string, string>();
  catalog.publications.forEach((p, i) => {
    const at = `publications[${i}]`;
    unique("publication", p.slug, `${at}.slug`);
    if (!centers.has(p.center)) issues.push({ path: `${at}.center`, message: `unknown centre "${p.center}"` });
    const seenAuthors = new Set<string>();
    p.authors.forEach((a, j) => {
      if (!authors.has(a)) issues.push({ path: `${at}.authors[${j}]`, message: `unknown author "${a}"` });
      if (seenAuthors.has(a)) issues.push({ path: `${at}.authors[${j}]`, message: `author "${a}" is listed twice` });
      seenAuthors.add(a);
    });
    p.programs.forEach((s, j) => {
      if (!programs.has(s)) issues.push({ path: `${at}.programs[${j}]`, message: `unknown programme "${s}"` });
    });
    for (const field of ["topics", "regions"] as const) {
      p[field].forEach((name, j) => {
        if (!slugify(name)) issues.push({ path: `${at}.${field}[${j}]`, message: `"${name}" has no letters or digits to make a slug from` });
      });
    }
    if (p.seriesNumber !== undefined && !p.series) issues.push({ path: `${at}.seriesNumber`, message: "a series number needs a series" });
    if (p.doi) {
      const holder = doiHolders.get(p.doi) ?? known?.dois?.get(p.doi);
      if (holder !== undefined && holder !== p.slug) issues.push({ path: `${at}.doi`, message: `DOI ${p.doi} already belongs to "${holder}"` });
      doiHolders.set(p.doi, p.slug);
    }
    const pdf = p.pdf;
    if (pdf && !pdfs.has(pdf)) {
      const file = path.resolve(baseDir, pdf);
      pdfChecks.push(
        inspectPdf({ file }).then(
          (info) => void pdfs.set(pdf, { ...info, file }),
          (e: NodeJS.ErrnoException) =>
            void issues.push({ path: `${at}.pdf`, message: e.code === "ENOENT" ? `file not found: ${pdf}` : e.code ? `cannot read ${pdf} (${e.code})` : `${pdf} ${e.message}` }),
        ),
      );
    }
  });
  await Promise.all(pdfChecks);

  if (issues.length) return { ok: false, issues: issues.sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true })) };
  return { ok: true, value: { catalog, pdfs, photos } };
}
