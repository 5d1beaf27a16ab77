import "server-only";
import { recordPageChanges } from "@/lib/cache/invalidation";
import { ALL_PAGES } from "@/lib/cache/tags";
import { refreshRelatedPublications } from "@/lib/publications/related";
import { db } from "@/lib/db";
import { typeFromSlug } from "@/lib/format";
import { slugify } from "@/lib/format/slugify";
import { hasCustomCover, renderCover } from "@/lib/covers/render-cover";
import { storeUploadedImage } from "@/lib/images/stored-images";
import { linkTranslations } from "@/lib/publications/translations";
import { storePdf } from "@/lib/storage/pdf-store";
import { makeTeaser } from "@/lib/teaser";
import type { KnownSlugs, ValidatedCatalog } from "@/lib/import/validate";

export type ImportProgress = (done: number, total: number, label: string) => void;
export type ImportCounts = { centers: number; programs: number; authors: number; publications: number; pdfs: number };

export async function readKnownSlugs(): Promise<KnownSlugs> {
  const [centers, programs, authors, publications] = await Promise.all([
    db.center.findMany({ select: { slug: true } }),
    db.program.findMany({ select: { slug: true } }),
    db.author.findMany({ select: { slug: true } }),
    db.publication.findMany({ select: { slug: true, language: true, doi: true } }),
  ]);
  return {
    centers: new Set(centers.map((c) => c.slug)),
    programs: new Set(programs.map((p) => p.slug)),
    authors: new Set(authors.map((a) => a.slug)),
    publications: new Map(publications.map((p) => [p.slug, { language: p.language }])),
    dois: new Map(publications.flatMap((p) => (p.doi ? [[p.doi, p.slug] as [string, string]] : []))),
  };
}

/**
 * Writes a validated catalogue in one transaction, upserting by slug, so a re-import is
 * idempotent and a failure half-way leaves the database as it was. PDFs are copied first:
 * their keys are content hashes, so a rolled-back import leaves no dangling reference.
 */
export async function importCatalog({ value, onProgress, storageDir }: { value: ValidatedCatalog; onProgress?: ImportProgress; storageDir?: string }): Promise<ImportCounts> {
  const { catalog, pdfs, photos } = value;
  const programCount = catalog.centers.reduce((n, c) => n + c.programs.length, 0);
  // Each publication counts twice: written, then its related analyses ranked.
  const total = pdfs.size + photos.size + catalog.centers.length + programCount + catalog.authors.length + 2 * catalog.publications.length;
  let done = 0;
  const tick = (label: string) => onProgress?.(++done, total, label);

  const keys = new Map<string, string>();
  const covers = new Set<string>();
  const coverErrors = new Map<string, string>();
  const imported: string[] = [];
  for (const [name, info] of pdfs) {
    keys.set(name, await storePdf({ file: info.file, sha256: info.sha256, storageDir }));
    const cover = await renderCover({ sha256: info.sha256, storageDir });
    if (cover.ok) covers.add(info.sha256);
    else coverErrors.set(info.sha256, cover.reason);
    tick("PDFs");
  }
  const photoHashes = new Map<string, string | null>();
  for (const [name, source] of photos) {
    photoHashes.set(name, await storeUploadedImage({ kind: "photos", source, storageDir }));
    tick("photos");
  }

  await db.$transaction(
    async (tx) => {
      const centerIds = new Map<string, string>();
      const programIds = new Map<string, string>();
      const authorIds = new Map<string, string>();
      for (const c of await tx.center.findMany({ select: { id: true, slug: true } })) centerIds.set(c.slug, c.id);
      for (const p of await tx.program.findMany({ select: { id: true, slug: true } })) programIds.set(p.slug, p.id);
      for (const a of await tx.author.findMany({ select: { id: true, slug: true } })) authorIds.set(a.slug, a.id);

      for (const c of catalog.centers) {
        // Translations in the file replace the stored ones; a file without them keeps the editors'.
        const data = { name: c.name, description: c.description, ...(c.localized ? { localized: c.localized } : {}) };
        const row = await tx.center.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data, select: { id: true } });
        centerIds.set(c.slug, row.id);
        tick("centres");
        for (const p of c.programs) {
          const pdata = { name: p.name, description: p.description, centerId: row.id, ...(p.localized ? { localized: p.localized } : {}) };
          const prow = await tx.program.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...pdata }, update: pdata, select: { id: true } });
          programIds.set(p.slug, prow.id);
          tick("programmes");
        }
      }

      for (const a of catalog.authors) {
        // Identifiers in the file are set; without one, an editor's is kept (as for photos).
        const data = { name: a.name, role: a.role, bio: a.bio, centerId: a.center ? centerIds.get(a.center)! : null, ...(a.localized ? { localized: a.localized } : {}), ...(a.orcid ? { orcid: a.orcid } : {}) };
        // A photo in the file replaces the stored one; without one, an editor's upload is kept.
        const photo = a.photo ? { photoSha256: photoHashes.get(a.photo) ?? null } : {};
        const row = await tx.author.upsert({ where: { slug: a.slug }, create: { slug: a.slug, ...data, ...photo }, update: { ...data, ...photo }, select: { id: true } });
        authorIds.set(a.slug, row.id);
        tick("authors");
      }

      const termIds = { topic: new Map<string, string>(), region: new Map<string, string>() };
      const termTranslations = {
        topic: new Map(catalog.topics.map((t) => [slugify(t.name), t.localized])),
        region: new Map(catalog.regions.map((r) => [slugify(r.name), r.localized])),
      };
      const termId = async (kind: "topic" | "region", name: string) => {
        const slug = slugify(name);
        const cached = termIds[kind].get(slug);
        if (cached) return cached;
        const delegate = kind === "topic" ? tx.topic : tx.region;
        const localized = termTranslations[kind].get(slug);
        const data = { name, ...(localized ? { localized } : {}) };
        // Created on first use; an existing slug keeps its id and takes the file's spelling.
        const row = await (delegate as typeof tx.topic).upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
        termIds[kind].set(slug, row.id);
        return row.id;
      };
      // A listed term already in the catalogue takes its translation even if no publication of this
      // file uses it; one in neither is not created, so no filter offers a term without publications.
      for (const t of catalog.topics) await tx.topic.updateMany({ where: { slug: slugify(t.name) }, data: { localized: t.localized } });
      for (const r of catalog.regions) await tx.region.updateMany({ where: { slug: slugify(r.name) }, data: { localized: r.localized } });

      for (const p of catalog.publications) {
        const pdf = p.pdf ? pdfs.get(p.pdf) : undefined;
        // Sequential on purpose: two concurrent upserts of one new term would race inside the transaction.
        const topicIds = new Set<string>();
        for (const t of p.topics) topicIds.add(await termId("topic", t));
        const regionIds = new Set<string>();
        for (const r of p.regions) regionIds.add(await termId("region", r));
        const data = {
          title: p.title,
          type: typeFromSlug(p.type),
          series: p.series ?? null,
          seriesNumber: p.seriesNumber ?? null,
          ...(p.doi ? { doi: p.doi } : {}),
          language: p.language,
          publishedAt: new Date(`${p.publishedAt}T00:00:00Z`),
          status: p.status === "draft" ? ("DRAFT" as const) : ("PUBLISHED" as const),
          // An imported publication counts as released on its own date, so importing a back
          // catalogue announces nothing old to readers' alerts.
          releasedAt: p.status === "draft" ? null : new Date(`${p.publishedAt}T00:00:00Z`),
          featured: p.featured,
          summary: p.summary,
          teaser: makeTeaser(p.summary),
          pdfKey: pdf ? keys.get(p.pdf!)! : null,
          pdfSize: pdf?.size ?? null,
          pdfPages: pdf?.pages ?? null,
          pdfSha256: pdf?.sha256 ?? null,
          centerId: centerIds.get(p.center)!,
        };
        const relations = {
          programs: { set: p.programs.map((s) => ({ id: programIds.get(s)! })) },
          topics: { set: [...topicIds].map((id) => ({ id })) },
          regions: { set: [...regionIds].map((id) => ({ id })) },
        };
        const cover = pdf && covers.has(pdf.sha256) ? pdf.sha256 : null;
        // An editor's own cover (one that is not a PDF's first page) outlives a re-import.
        const existing = await tx.publication.findUnique({ where: { slug: p.slug }, select: { pdfSha256: true, coverSha256: true } });
        const coverSha256 = existing && hasCustomCover(existing) ? existing.coverSha256 : cover;
        const coverError = !coverSha256 && pdf ? (coverErrors.get(pdf.sha256) ?? null) : null;
        const row = await tx.publication.upsert({
          where: { slug: p.slug },
          create: {
            slug: p.slug,
            ...data,
            coverSha256,
            coverError,
            programs: { connect: relations.programs.set },
            topics: { connect: relations.topics.set },
            regions: { connect: relations.regions.set },
          },
          update: { ...data, coverSha256, coverError, ...relations },
          select: { id: true },
        });
        await tx.publicationAuthor.deleteMany({ where: { publicationId: row.id } });
        await tx.publicationAuthor.createMany({
          data: p.authors.map((slug, position) => ({ publicationId: row.id, authorId: authorIds.get(slug)!, position })),
        });
        imported.push(row.id);
        tick("publications");
      }

      // Translations once every publication of the file exists, so either may come first.
      for (const p of catalog.publications) {
        if (p.translationOf) await linkTranslations(tx, { slugs: [p.translationOf, p.slug] });
      }
    },
    // One transaction for the whole file: a large catalogue needs more than the 5 s default.
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  // A file may touch any page, and an import runs outside the servers: each running server process
  // expires its public pages at its next tick (SCHEDULER_INTERVAL_SECONDS).
  // Ranked once everything is written, so each list sees the whole file.
  await refreshRelatedPublications({ ids: imported, onEach: () => tick("related analyses") });
  await recordPageChanges({ tags: [ALL_PAGES] });

  return {
    centers: catalog.centers.length,
    programs: programCount,
    authors: catalog.authors.length,
    publications: catalog.publications.length,
    pdfs: pdfs.size,
  };
}
