import "server-only";
import { moveFollows } from "@/lib/alerts/subscriptions";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { sqlParam } from "@/lib/db/sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffFields, recordAudit } from "@/lib/editorial/audit";
import type { Editor } from "@/lib/editorial/access";
import { TAG } from "@/lib/cache/tags";
import { changeCatalog } from "@/lib/editorial/change-catalog";
import { fail, ok, type Result } from "@/lib/messages/result";
import type { MessageCode } from "@/lib/messages/catalog";
import { storeUploadedImage } from "@/lib/images/stored-images";
import { authorFormSchema, centerFormSchema, programFormSchema, topicFormSchema, regionFormSchema, type ImageUpload, type TaxonomyKind } from "@/lib/validations/editorial";



export const TAXONOMY = {
  authors: { singular: "author", schema: authorFormSchema, publicPath: "/authors/" },
  centers: { singular: "centre", schema: centerFormSchema, publicPath: "/centers/" },
  programs: { singular: "programme", schema: programFormSchema, publicPath: null },
  topics: { singular: "topic", schema: topicFormSchema, publicPath: null },
  regions: { singular: "region", schema: regionFormSchema, publicPath: null },
} as const;

type Input<K extends TaxonomyKind> = z.output<(typeof TAXONOMY)[K]["schema"]>;
export type TaxonomyInput = { [K in TaxonomyKind]: { kind: K; input: Input<K> } }[TaxonomyKind];

/** The Prisma delegate of a kind, typed loosely: the kinds share id, slug and name. */
function delegate(tx: Tx, kind: TaxonomyKind) {
  const d = { authors: tx.author, centers: tx.center, programs: tx.program, topics: tx.topic, regions: tx.region }[kind];
  return d as unknown as {
    findUnique(a: object): Promise<Record<string, unknown> | null>;
    findFirst(a: object): Promise<Record<string, unknown> | null>;
    create(a: object): Promise<{ id: string }>;
    update(a: object): Promise<{ id: string }>;
    delete(a: object): Promise<unknown>;
  };
}

/** Publications that use an item: what blocks its deletion. */
function usedBy(kind: TaxonomyKind, id: string): Prisma.PublicationWhereInput {
  switch (kind) {
    case "authors":
      return { authors: { some: { authorId: id } } };
    case "centers":
      return { centerId: id };
    case "programs":
      return { programs: { some: { id } } };
    case "topics":
      return { topics: { some: { id } } };
    case "regions":
      return { regions: { some: { id } } };
  }
}

/**
 * The public pages that show an item: wherever its name appears, its own page (and address, which
 * may have been cached as a 404 before it existed), and the catalogue's lists and filters.
 */
async function pagesShowingItem(tx: Tx, kind: TaxonomyKind, row: Record<string, unknown> | null): Promise<string[]> {
  if (!row) return [];
  const id = String(row.id);
  const slug = String(row.slug);
  switch (kind) {
    case "authors":
      // Its centre's page lists it among the centre's researchers.
      return [TAG.author(id), TAG.authorList(id), ...(row.centerId ? [TAG.centerList(String(row.centerId))] : []), TAG.path(`/authors/${slug}`), TAG.catalog];
    case "centers":
      return [TAG.center(id), TAG.centerList(id), TAG.path(`/centers/${slug}`), TAG.catalog];
    case "programs": {
      const center = await tx.center.findUnique({ where: { id: String(row.centerId) }, select: { slug: true } });
      return [TAG.program(id), TAG.programList(id), TAG.centerList(String(row.centerId)), ...(center ? [TAG.path(`/centers/${center.slug}/${slug}`)] : []), TAG.catalog];
    }
    case "topics":
      return [TAG.topic(id), TAG.catalog];
    case "regions":
      return [TAG.region(id), TAG.catalog];
  }
}

export async function listTaxonomy({ kind }: { kind: TaxonomyKind }) {
  const select = { id: true, slug: true, name: true, _count: { select: { publications: true } } } as const;
  const orderBy = { name: "asc" } as const;
  switch (kind) {
    case "authors":
      return db.author.findMany({ orderBy, select });
    case "centers":
      return db.center.findMany({ orderBy, select });
    case "programs":
      return db.program.findMany({ orderBy, select: { ...select, center: { select: { name: true } } } });
    case "topics":
      return db.topic.findMany({ orderBy, select });
    case "regions":
      return db.region.findMany({ orderBy, select });
  }
}

export async function readTaxonomyItem({ kind, id }: { kind: TaxonomyKind; id: string }) {
  return delegate(db as unknown as Tx, kind).findUnique({ where: { id } });
}

// Every item of the taxonomy shows on public pages (as a byline, a facet, a page of its own).
export async function saveTaxonomyItem({ editor, id, item }: { editor: Editor; id?: string; item: TaxonomyInput }): Promise<Result<{ id: string; expire: string[] }>> {
  const { kind, input } = item;
  return changeCatalog(async (tx) => {
    const d = delegate(tx, kind);
    const before = id ? await d.findUnique({ where: { id } }) : null;
    if (id && !before) return fail("request.missing");
    const errors: Record<string, MessageCode> = {};
    const sameSlug = await d.findFirst({ where: { slug: input.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
    if (sameSlug) errors.slug = "field.slugTaken";
    if (kind === "topics" || kind === "regions") {
      const sameName = await d.findFirst({ where: { name: input.name, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
      if (sameName) errors.name = "field.nameTaken";
    }
    if ("centerId" in input && input.centerId && (await tx.center.count({ where: { id: input.centerId } })) === 0) errors.centerId = "field.chooseCentre";
    if (Object.keys(errors).length) return fail("request.invalid", { fieldErrors: errors, values: { kind: TAXONOMY[kind].singular } });

    const row = id ? await d.update({ where: { id }, data: input }) : await d.create({ data: input });
    const after = await d.findUnique({ where: { id: row.id } });
    const strip = (r: Record<string, unknown> | null) => (r ? Object.fromEntries(Object.entries(r).filter(([k]) => !["id", "createdAt", "updatedAt"].includes(k))) : null);
    await recordAudit(tx, { editor, action: id ? "update" : "create", entityType: TAXONOMY[kind].singular, entityId: row.id, label: input.name, changes: diffFields(strip(before), strip(after)) });
    return ok({ id: row.id, expire: [...new Set([...(await pagesShowingItem(tx, kind, before)), ...(await pagesShowingItem(tx, kind, after))])] });
  });
}

/** Refused while any publication (or, for a centre, any programme) still uses the item. */
export async function deleteTaxonomyItem({ editor, kind, id }: { editor: Editor; kind: TaxonomyKind; id: string }): Promise<Result<{ expire: string[] }>> {
  return changeCatalog(async (tx) => {
    const d = delegate(tx, kind);
    const before = await d.findUnique({ where: { id } });
    if (!before) return fail("request.missing");
    const blockers = await tx.publication.findMany({ where: usedBy(kind, id), select: { id: true, title: true }, orderBy: { title: "asc" }, take: 200 });
    if (blockers.length) return fail("editor.inUse", { values: { kind: TAXONOMY[kind].singular }, detail: `${blockers.map((b) => `“${b.title}”`).join(", ")}.` });
    if (kind === "centers" && (await tx.program.count({ where: { centerId: id } })) > 0) return fail("editor.centreHasProgrammes");
    await d.delete({ where: { id } });
    await recordAudit(tx, { editor, action: "delete", entityType: TAXONOMY[kind].singular, entityId: id, label: String(before.name), changes: diffFields({ name: before.name, slug: before.slug }, null) });
    return ok({ expire: await pagesShowingItem(tx, kind, before) });
  });
}

/**
 * Moves every publication from one topic (or region) to another, then deletes the first. One
 * statement per step, whatever the number of publications, in one transaction.
 */
export async function mergeTerms({ editor, kind, keepId, mergeId }: { editor: Editor; kind: "topics" | "regions"; keepId: string; mergeId: string }): Promise<Result<{ moved: number; expire: string[] }>> {
  const table = kind === "topics" ? `"_PublicationToTopic"` : `"_PublicationToRegion"`;
  return changeCatalog(async (tx) => {
    const d = delegate(tx, kind);
    const [keep, merge] = await Promise.all([d.findUnique({ where: { id: keepId } }), d.findUnique({ where: { id: mergeId } })]);
    if (!keep || !merge) return fail("editor.mergeGone");
    const moved = await tx.$executeRawUnsafe(
      `INSERT INTO ${table} ("A", "B") SELECT "A", CAST(${sqlParam(1)} AS TEXT) FROM ${table} WHERE "B" = ${sqlParam(2)} AND "A" NOT IN (SELECT "A" FROM ${table} WHERE "B" = ${sqlParam(3)})`,
      keepId,
      mergeId,
      keepId,
    );
    await d.delete({ where: { id: mergeId } });
    await moveFollows(tx, { kind: kind === "topics" ? "topic" : "region", from: mergeId, to: keepId });
    await recordAudit(tx, {
      editor,
      action: "merge",
      entityType: TAXONOMY[kind].singular,
      entityId: keepId,
      label: String(keep.name),
      changes: { merged: { before: merge.name, after: keep.name }, publicationsMoved: { before: null, after: moved } },
    });
    // Every page that showed the merged term (tagged with it) now shows the kept one.
    return ok({ moved, expire: [...(await pagesShowingItem(tx, kind, keep)), ...(await pagesShowingItem(tx, kind, merge))] });
  });
}

export async function listCenterChoices() {
  return db.center.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Sets an author's photo from an uploaded image, or removes it (pages then show their initials). */
export async function replaceAuthorPhoto({ editor, id, change }: { editor: Editor; id: string; change: ImageUpload }): Promise<Result<{ expire: string[] }>> {
  const photoSha256 = change.intent === "upload" ? await storeUploadedImage({ kind: "photos", source: new Uint8Array(await change.image.arrayBuffer()) }) : null;
  if (change.intent === "upload" && !photoSha256) return fail("editor.imageInvalid", { fieldErrors: { image: "editor.imageInvalid" } });
  return changeCatalog(async (tx) => {
    const before = await tx.author.findUnique({ where: { id } });
    if (!before) return fail("request.missing");
    await tx.author.update({ where: { id }, data: { photoSha256 } });
    await recordAudit(tx, { editor, action: "replace-photo", entityType: "author", entityId: id, label: before.name, changes: diffFields({ photoSha256: before.photoSha256 }, { photoSha256 }) });
    // The author's tag is on every page that shows them, "About the author" included.
    return ok({ expire: await pagesShowingItem(tx, "authors", before) });
  });
}
