import "server-only";
import { tombstoneSets } from "@/lib/publications/sets";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { db, type Tx } from "@/lib/db";
import { containsIgnoringCase } from "@/lib/db/sql";
import type { Prisma, PublicationStatus } from "@/lib/generated/prisma/client";
import { typeFromSlug, typeToSlug } from "@/lib/format";
import { diffFields, recordAudit, type FieldChange } from "@/lib/editorial/audit";
import type { Editor } from "@/lib/editorial/access";
import { recordPageChanges } from "@/lib/cache/invalidation";
import { TAG } from "@/lib/cache/tags";
import { changeCatalog } from "@/lib/editorial/change-catalog";
import { fail, ok, type Result } from "@/lib/messages/result";
import { env } from "@/lib/env";
import { publicationDetailInclude } from "@/lib/publications/queries";
import { localizeCatalogue } from "@/lib/i18n/catalogue-text";
import { attachPdfCover, coverExists, hasCustomCover } from "@/lib/covers/render-cover";
import { inspectPdf, removeStoredFile, storePdf } from "@/lib/storage/pdf-store";
import { makeTeaser } from "@/lib/teaser";
import type { MessageCode } from "@/lib/messages/catalog";
import type { ImageUpload, PublicationForm, TranslationForm } from "@/lib/validations/editorial";
import { linkTranslations, unlinkTranslation } from "@/lib/publications/translations";
import { storeUploadedImage } from "@/lib/images/stored-images";


export type Actor = Editor | { id: null; email: string };

export const ADMIN_PAGE_SIZE = 25;

export async function listEditorialPublications({ q = "", status, page = 1 }: { q?: string; status?: "draft" | "scheduled" | "published"; page?: number }) {
  const where: Prisma.PublicationWhereInput = {
    ...(status ? { status: status.toUpperCase() as PublicationStatus } : {}),
    ...(q ? { OR: [{ title: containsIgnoringCase(q) }, { slug: containsIgnoringCase(q) }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.publication.count({ where }),
    db.publication.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true, slug: true, title: true, type: true, status: true, scheduledAt: true, publishedAt: true, updatedAt: true,
        center: { select: { name: true } },
        // COUNTER's Total_Item_Requests, as on the dashboard: robots and double clicks left out.
        _count: { select: { downloadEvents: { where: { counted: true } } } },
      },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)), rows };
}

export async function readEditorialPublication({ id }: { id: string }) {
  return db.publication.findUnique({
    where: { id },
    include: {
      authors: { orderBy: { position: "asc" }, select: { authorId: true } },
      programs: { select: { id: true } },
      topics: { select: { id: true } },
      regions: { select: { id: true } },
      oldSlugs: { select: { slug: true } },
    },
  });
}
export type EditorialPublication = NonNullable<Awaited<ReturnType<typeof readEditorialPublication>>>;

/** Everything a draft's page shows, whatever its status: the back office's preview. */
export async function readPublicationPreview({ id }: { id: string }) {
  const publication = await db.publication.findUnique({ where: { id }, include: publicationDetailInclude });
  return publication ? localizeCatalogue(publication) : null;
}

/** The choices the publication form offers. */
export async function listEditorOptions() {
  const [centers, programs, authors, topics, regions] = await Promise.all([
    db.center.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.program.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, center: { select: { name: true } } } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.region.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { centers, programs, authors, topics, regions };
}
export type EditorOptions = Awaited<ReturnType<typeof listEditorOptions>>;

/** A publication's editable state, with relations as names, for the audit trail. */
async function snapshot(tx: Tx, id: string) {
  const p = await tx.publication.findUnique({
    where: { id },
    select: {
      title: true, slug: true, type: true, language: true, publishedAt: true, series: true, seriesNumber: true, doi: true, summary: true, featured: true,
      status: true, scheduledAt: true, pdfSha256: true,
      center: { select: { name: true } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      programs: { orderBy: { name: "asc" }, select: { name: true } },
      topics: { orderBy: { name: "asc" }, select: { name: true } },
      regions: { orderBy: { name: "asc" }, select: { name: true } },
    },
  });
  if (!p) return null;
  const { center, authors, programs, topics, regions, type, ...fields } = p;
  return {
    ...fields,
    type: typeToSlug(type),
    center: center.name,
    authors: authors.map((a) => a.author.name),
    programs: programs.map((x) => x.name),
    topics: topics.map((x) => x.name),
    regions: regions.map((x) => x.name),
  };
}

// `expire`: the cache tags of the public pages that showed or now show the change. Drafts appear
// on none, so saving one leaves the public cache alone.
export type Saved = { id: string; slug: string; expire: string[] };

/**
 * The public pages that show a publication, while it is published: its own page (and its address,
 * which may have been cached as a 404 before it was published), its authors', centre's and
 * programmes' pages, and the catalogue's lists. Read before and after a change: the union is
 * what the change expires.
 */
async function pagesShowing(tx: Tx, id: string): Promise<string[]> {
  const p = await tx.publication.findUnique({
    where: { id },
    select: {
      slug: true, status: true, centerId: true, center: { select: { slug: true } },
      authors: { select: { authorId: true, author: { select: { slug: true } } } },
      programs: { select: { id: true, slug: true, center: { select: { slug: true } } } },
    },
  });
  if (!p || p.status !== "PUBLISHED") return [];
  // The addresses, besides the tags, name the pages to render again at once (lib/cache/rewarm.ts).
  return [
    TAG.publication(id),
    TAG.path(`/analyses/${p.slug}`),
    TAG.centerList(p.centerId),
    TAG.path(`/centers/${p.center.slug}`),
    ...p.authors.flatMap((a) => [TAG.authorList(a.authorId), TAG.path(`/authors/${a.author.slug}`)]),
    // A programme's page sits under its own centre, which may not be the publication's (joint work).
    ...p.programs.flatMap((g) => [TAG.programList(g.id), TAG.path(`/centers/${g.center.slug}/${g.slug}`)]),
    TAG.catalog,
  ];
}

const union = (...lists: string[][]) => [...new Set(lists.flat())];

function publicationData(input: PublicationForm) {
  return {
    title: input.title,
    slug: input.slug,
    type: typeFromSlug(input.type),
    language: input.language,
    publishedAt: input.publishedAt,
    series: input.series,
    seriesNumber: input.seriesNumber,
    doi: input.doi,
    summary: input.summary,
    teaser: makeTeaser(input.summary),
    featured: input.featured,
    centerId: input.centerId!,
  };
}

/**
 * The references a form names must exist and its slug must be free; a forged or stale id is a
 * field error, not a 500. Returns the refusal, or null.
 */
async function checkPublicationInput(tx: Tx, input: PublicationForm, exceptId?: string) {
  const errors: Record<string, MessageCode> = {};
  const count = async (n: Promise<number>, want: number, field: string, code: MessageCode) => {
    if ((await n) !== want) errors[field] = code;
  };
  await Promise.all([
    count(tx.center.count({ where: { id: input.centerId! } }), 1, "centerId", "field.chooseCentre"),
    count(tx.author.count({ where: { id: { in: input.authorIds } } }), input.authorIds.length, "authorIds", "field.itemGone"),
    count(tx.program.count({ where: { id: { in: input.programIds } } }), input.programIds.length, "programIds", "field.itemGone"),
    count(tx.topic.count({ where: { id: { in: input.topicIds } } }), input.topicIds.length, "topicIds", "field.itemGone"),
    count(tx.region.count({ where: { id: { in: input.regionIds } } }), input.regionIds.length, "regionIds", "field.itemGone"),
    count(tx.publication.count({ where: { slug: input.slug, ...(exceptId ? { id: { not: exceptId } } : {}) } }), 0, "slug", "field.slugTaken"),
    ...(input.doi ? [count(tx.publication.count({ where: { doi: input.doi, ...(exceptId ? { id: { not: exceptId } } : {}) } }), 0, "doi", "field.doiTaken")] : []),
  ]);
  return Object.keys(errors).length ? fail("request.invalid", { fieldErrors: errors, values: { kind: "publication" } }) : null;
}

export async function createPublication({ editor, input }: { editor: Editor; input: PublicationForm }): Promise<Result<Saved>> {
  return changeCatalog(async (tx) => {
    const refused = await checkPublicationInput(tx, input);
    if (refused) return refused;
    // A new publication may take a slug another one gave up: the new page wins.
    await tx.publicationRedirect.deleteMany({ where: { slug: input.slug } });
    const row = await tx.publication.create({
      data: {
        ...publicationData(input),
        status: "DRAFT",
        programs: { connect: input.programIds.map((id) => ({ id })) },
        topics: { connect: input.topicIds.map((id) => ({ id })) },
        regions: { connect: input.regionIds.map((id) => ({ id })) },
        authors: { create: input.authorIds.map((authorId, position) => ({ authorId, position })) },
      },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, { editor, action: "create", entityType: "publication", entityId: row.id, label: input.title, changes: diffFields(null, await snapshot(tx, row.id)) });
    return ok({ ...row, expire: [], rerank: row.id });
  });
}

/** The refusal of a stale save: who saved last, which fields they changed, and where to see it. */
async function conflictFor(tx: Tx, id: string) {
  const last = await tx.auditEntry.findFirst({ where: { entityType: "publication", entityId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const changes = last ? Object.keys(JSON.parse(last.changes) as Record<string, FieldChange>) : [];
  return fail("editor.conflict", { values: { by: last?.actorEmail || "another editor", fields: changes.join(", ") || "unknown fields" }, link: `/admin/publications/${id}` });
}

/**
 * Saves an edit made from `input.version`. If anyone saved since, nothing is written and the
 * caller shows the other change. The version check and the write are one conditional UPDATE, so
 * two saves racing from the same version cannot both win.
 */
export async function updatePublication({ editor, id, input }: { editor: Editor; id: string; input: PublicationForm }): Promise<Result<Saved>> {
  return changeCatalog(async (tx) => {
    const current = await tx.publication.findUnique({ where: { id }, select: { slug: true, status: true, version: true } });
    if (!current) return fail("request.missing");
    if (input.version === undefined || current.version !== input.version) return conflictFor(tx, id);
    const refused = await checkPublicationInput(tx, input, id);
    if (refused) return refused;

    const before = await snapshot(tx, id);
    const shownBefore = await pagesShowing(tx, id);
    const claimed = await tx.publication.updateMany({ where: { id, version: input.version }, data: { ...publicationData(input), version: { increment: 1 } } });
    if (claimed.count === 0) return conflictFor(tx, id);
    await tx.publication.update({
      where: { id },
      data: {
        programs: { set: input.programIds.map((x) => ({ id: x })) },
        topics: { set: input.topicIds.map((x) => ({ id: x })) },
        regions: { set: input.regionIds.map((x) => ({ id: x })) },
      },
    });
    await tx.publicationAuthor.deleteMany({ where: { publicationId: id } });
    await tx.publicationAuthor.createMany({ data: input.authorIds.map((authorId, position) => ({ publicationId: id, authorId, position })) });

    if (current.slug !== input.slug) {
      await tx.publicationRedirect.deleteMany({ where: { slug: input.slug } });
      // Only an address the public could have seen needs to keep working.
      if (current.status === "PUBLISHED") {
        await tx.publicationRedirect.upsert({ where: { slug: current.slug }, create: { slug: current.slug, publicationId: id }, update: { publicationId: id } });
      }
    }
    await recordAudit(tx, { editor, action: "update", entityType: "publication", entityId: id, label: input.title, changes: diffFields(before, await snapshot(tx, id)) });
    return ok({ id, slug: input.slug, expire: union(shownBefore, await pagesShowing(tx, id)), rerank: id });
  });
}

export type StatusChange = { intent: "publish" } | { intent: "unpublish" } | { intent: "schedule"; at: Date };

export async function changePublicationStatus({ editor, id, change }: { editor: Actor; id: string; change: StatusChange }): Promise<Result<{ slug: string; expire: string[] }>> {
  return changeCatalog(async (tx) => {
    const before = await snapshot(tx, id);
    const shownBefore = await pagesShowing(tx, id);
    if (!before) return fail("request.missing");
    if (change.intent === "schedule" && change.at.getTime() <= Date.now()) return fail("editor.scheduleInPast", { fieldErrors: { scheduledAt: "editor.scheduleInPast" } });
    const data =
      change.intent === "publish"
        ? { status: "PUBLISHED" as const, scheduledAt: null }
        : change.intent === "unpublish"
          ? { status: "DRAFT" as const, scheduledAt: null }
          : { status: "SCHEDULED" as const, scheduledAt: change.at };
    const row = await tx.publication.update({ where: { id }, data: { ...data, version: { increment: 1 } }, select: { slug: true, title: true } });
    if (change.intent === "publish") await markReleased(tx, id);
    await recordAudit(tx, { editor, action: change.intent, entityType: "publication", entityId: id, label: row.title, changes: diffFields(before, await snapshot(tx, id)) });
    return ok({ slug: row.slug, expire: union(shownBefore, await pagesShowing(tx, id)), rerank: id });
  });
}

/** The first time a publication goes public is when alerts announce it; a republication keeps that time. */
async function markReleased(tx: Tx, id: string, at = new Date()) {
  await tx.publication.updateMany({ where: { id, releasedAt: null }, data: { releasedAt: at } });
}

/**
 * Publishes every scheduled publication whose time has come, each as an editor's change is made
 * (changeCatalog: one transaction, then its pages expired and its neighbours ranked again). Each
 * row is claimed by a conditional UPDATE, so several server processes running this at once
 * publish each one once; the loser's claim changes nothing and expires nothing.
 */
export async function publishDuePublications({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const due = await db.publication.findMany({ where: { status: "SCHEDULED", scheduledAt: { lte: now } }, select: { id: true, title: true, scheduledAt: true } });
  let published = 0;
  for (const p of due) {
    const result = await changeCatalog(async (tx) => {
      const claimed = await tx.publication.updateMany({ where: { id: p.id, status: "SCHEDULED" }, data: { status: "PUBLISHED", scheduledAt: null, version: { increment: 1 } } });
      if (claimed.count === 0) return fail("request.missing");
      await markReleased(tx, p.id, now);
      await recordAudit(tx, {
        editor: { id: null, email: "scheduler" },
        action: "publish",
        entityType: "publication",
        entityId: p.id,
        label: p.title,
        changes: { status: { before: "SCHEDULED", after: "PUBLISHED" }, scheduledAt: { before: p.scheduledAt?.toISOString() ?? null, after: null } },
      });
      return ok({ expire: await pagesShowing(tx, p.id), rerank: p.id });
    });
    if (result.ok) published++;
  }
  return published;
}

/** Deleting is refused while the publication is public; unpublish first. */
export async function deletePublication({ editor, id }: { editor: Editor; id: string }): Promise<Result<{ expire: string[] }>> {
  const result = await changeCatalog(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) return fail("request.missing");
    if (before.status === "PUBLISHED") return fail("editor.deletePublished");
    const { pdfKey, releasedAt, type, center, programs } = await tx.publication.delete({
      where: { id },
      select: { pdfKey: true, releasedAt: true, type: true, center: { select: { slug: true } }, programs: { select: { slug: true } } },
    });
    // Harvesters were told of it once: OAI-PMH keeps answering for it as a deleted record.
    if (releasedAt) await tx.deletedPublication.create({ data: { id, sets: tombstoneSets({ type, center, programs }), deletedAt: new Date() } });
    await recordAudit(tx, { editor, action: "delete", entityType: "publication", entityId: id, label: before.title, changes: diffFields(before, null) });
    // Only unpublished publications can be deleted, and no public page shows them.
    return ok({ pdfKey, expire: [] });
  });
  if (!result.ok) return result;
  if (result.value.pdfKey) await removeUnreferencedPdf(result.value.pdfKey);
  return ok({ expire: [] });
}

/** Files are content-addressed and may be shared; one goes only when nothing points at it. */
async function removeUnreferencedPdf(key: string) {
  if ((await db.publication.count({ where: { pdfKey: key } })) > 0) return;
  await removeStoredFile({ key });
}

/**
 * Stores an uploaded file as the publication's PDF. The file must be a real PDF (signature and a
 * parse). The new file is stored (temporary file, then rename) before the row changes, and the old
 * one is removed only after, so a failure at any step leaves the old PDF served.
 */
export async function replacePublicationPdf({ editor, id, file, version }: { editor: Editor; id: string; file: string; version?: number }): Promise<Result<{ pages: number; size: number; expire: string[] }>> {
  let info;
  try {
    info = await inspectPdf({ file });
  } catch (e) {
    return fail("editor.pdfInvalid", { values: { reason: e instanceof Error ? e.message : "is not a PDF" }, fieldErrors: { pdf: "editor.pdfInvalid" } });
  }
  const key = await storePdf({ file, sha256: info.sha256 });
  // A file stored before has its cover already; a new one's is rendered after the answer.
  const rendered = await coverExists({ sha256: info.sha256 });
  const outcome = await changeCatalog(async (tx) => {
    const current = await tx.publication.findUnique({ where: { id }, select: { pdfKey: true, pdfSha256: true, coverSha256: true, pdfSize: true, pdfPages: true, title: true, version: true, status: true } });
    if (!current) return fail("request.missing");
    if (version !== undefined && version !== current.version) return fail("editor.pdfStale", { fieldErrors: { pdf: "editor.pdfStale" } });
    await tx.publication.update({ where: { id }, data: {
        pdfKey: key, pdfSize: info.size, pdfPages: info.pages, pdfSha256: info.sha256,
        // The new file's first page becomes the cover, unless an editor uploaded one.
        ...(hasCustomCover(current) ? {} : { coverSha256: rendered ? info.sha256 : null, coverError: null }),
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      editor,
      action: "replace-pdf",
      entityType: "publication",
      entityId: id,
      label: current.title,
      changes: diffFields({ pdfSha256: current.pdfSha256, pdfSize: current.pdfSize, pdfPages: current.pdfPages }, { pdfSha256: info.sha256, pdfSize: info.size, pdfPages: info.pages }),
    });
    return ok({ oldKey: current.pdfKey, expire: await pagesShowing(tx, id) });
  });
  if (!outcome.ok) {
    await removeUnreferencedPdf(key);
    return outcome;
  }
  if (outcome.value.oldKey && outcome.value.oldKey !== key) await removeUnreferencedPdf(outcome.value.oldKey);
  if (!rendered) attachCoverLater({ sha256: info.sha256 });
  return ok({ pages: info.pages, size: info.size, expire: outcome.value.expire });
}

/**
 * The cover of a newly stored PDF, rendered after the editor's answer: a hostile file can take
 * its whole budget (lib/covers/render-cover.ts), and no request waits on it. When the cover
 * appears, the pages showing its publications are expired on every process.
 */
function attachCoverLater({ sha256 }: { sha256: string }) {
  void (async () => {
    const { changed } = await attachPdfCover({ sha256 });
    const tags = (await Promise.all(changed.map((id) => pagesShowing(db, id)))).flat();
    await recordPageChanges({ tags });
  })().catch((error) => console.error(`The cover of ${sha256} could not be attached:`, error instanceof Error ? error.message : error));
}

/** An upload from the back office's form: written to a temporary file, then stored as above. */
export async function uploadPublicationPdf({ editor, id, upload, version }: { editor: Editor; id: string; upload: File; version?: number }) {
  const tmpDir = path.join(env.storageDir, "tmp");
  await fs.mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, `upload-${crypto.randomUUID()}.pdf`);
  try {
    await fs.writeFile(tmp, Readable.fromWeb(upload.stream() as NodeReadableStream));
    return await replacePublicationPdf({ editor, id, file: tmp, version });
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/**
 * Replaces the cover with an uploaded image, or ("remove") goes back to the PDF's first page. The
 * image's sizes are stored before the row points at them, as with a PDF.
 */
export async function replacePublicationCover({ editor, id, change }: { editor: Editor; id: string; change: ImageUpload }): Promise<Result<{ expire: string[] }>> {
  let coverSha256: string | null;
  let rerenderAfter: string | null = null;
  if (change.intent === "upload") {
    coverSha256 = await storeUploadedImage({ kind: "covers", source: new Uint8Array(await change.image.arrayBuffer()) });
    if (!coverSha256) return fail("editor.imageInvalid", { fieldErrors: { image: "editor.imageInvalid" } });
  } else {
    const pdf = await db.publication.findUnique({ where: { id }, select: { pdfSha256: true } });
    coverSha256 = pdf?.pdfSha256 && (await coverExists({ sha256: pdf.pdfSha256 })) ? pdf.pdfSha256 : null;
    if (pdf?.pdfSha256 && !coverSha256) rerenderAfter = pdf.pdfSha256;
  }
  const outcome = await changeCatalog(async (tx) => {
    const current = await tx.publication.findUnique({ where: { id }, select: { title: true, version: true, coverSha256: true } });
    if (!current) return fail("request.missing");
    if (change.version !== undefined && change.version !== current.version) return fail("editor.pdfStale", { fieldErrors: { image: "editor.pdfStale" } });
    await tx.publication.update({ where: { id }, data: { coverSha256, coverError: null, version: { increment: 1 } } });
    await recordAudit(tx, { editor, action: "replace-cover", entityType: "publication", entityId: id, label: current.title, changes: diffFields({ coverSha256: current.coverSha256 }, { coverSha256 }) });
    return ok({ expire: await pagesShowing(tx, id) });
  });
  if (outcome.ok && rerenderAfter) attachCoverLater({ sha256: rerenderAfter });
  return outcome;
}

/**
 * Links a publication to its translation (by slug), joining their groups, or takes it out of its
 * group. Every member's page lists the others, so all of them are expired.
 */
export async function changePublicationTranslation({ editor, id, change }: { editor: Editor; id: string; change: TranslationForm }): Promise<Result<{ expire: string[] }>> {
  return changeCatalog(async (tx) => {
    const current = await tx.publication.findUnique({ where: { id }, select: { slug: true, title: true, language: true, translationGroup: true } });
    if (!current) return fail("request.missing");
    let members: string[];
    if (change.intent === "link") {
      const other = await tx.publication.findUnique({ where: { slug: change.translation }, select: { id: true, language: true } });
      if (!other || other.id === id) return fail("editor.translationUnknown", { fieldErrors: { translation: "editor.translationUnknown" } });
      if (other.language === current.language) return fail("editor.translationSameLanguage", { fieldErrors: { translation: "editor.translationSameLanguage" } });
      members = await linkTranslations(tx, { slugs: [change.translation, current.slug] });
    } else {
      members = await unlinkTranslation(tx, { id });
    }
    const after = await tx.publication.findUnique({ where: { id }, select: { translationGroup: true } });
    await recordAudit(tx, { editor, action: "update", entityType: "publication", entityId: id, label: current.title, changes: diffFields({ translationGroup: current.translationGroup }, { translationGroup: after?.translationGroup ?? null }) });
    return ok({ expire: [...(await pagesShowing(tx, id)), ...members.map((m) => TAG.publication(m))] });
  });
}

/** The other members of a publication's translation group, whatever their status: for its editor. */
export async function listTranslations({ id }: { id: string }) {
  const row = await db.publication.findUnique({ where: { id }, select: { translationGroup: true } });
  if (!row?.translationGroup) return [];
  return db.publication.findMany({ where: { translationGroup: row.translationGroup, id: { not: id } }, orderBy: { language: "asc" }, select: { id: true, slug: true, title: true, language: true, status: true } });
}
