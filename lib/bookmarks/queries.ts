import "server-only";
import { fail, ok, type Result } from "@/lib/messages/result";
import { db } from "@/lib/db";
import { localizeCatalogue } from "@/lib/i18n/catalogue-text";
import { containsIgnoringCase } from "@/lib/db/sql";
import { typeFromSlug } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicationCardSelect } from "@/lib/publications/queries";
import type { LibraryQuery } from "@/lib/validations/library";

/** Idempotent: saving twice keeps one bookmark. Only published publications can be saved. */
export async function saveBookmark({ userId, publicationId }: { userId: string; publicationId: string }): Promise<boolean> {
  const exists = await db.publication.count({ where: { id: publicationId, status: "PUBLISHED" } });
  if (!exists) return false;
  await db.bookmark.upsert({
    where: { userId_publicationId: { userId, publicationId } },
    create: { userId, publicationId },
    update: {},
  });
  return true;
}

/** Unsaving something not saved is not an error. */
export async function removeBookmarkOfPublication({ userId, publicationId }: { userId: string; publicationId: string }) {
  await db.bookmark.deleteMany({ where: { userId, publicationId } });
}

/**
 * Removes several bookmarks, all or none: if any id is not this reader's, nothing changes and
 * the caller answers 404, as if the bookmark did not exist.
 */
/** Someone else's bookmark, or none at all: the same refusal, and nothing changes. */
export async function removeBookmarks({ userId, ids }: { userId: string; ids: string[] }): Promise<Result<number>> {
  const unique = [...new Set(ids)];
  return db.$transaction(async (tx) => {
    const owned = await tx.bookmark.count({ where: { userId, id: { in: unique } } });
    if (owned !== unique.length) return fail("request.notFound");
    return ok((await tx.bookmark.deleteMany({ where: { userId, id: { in: unique } } })).count);
  });
}

/** Refused as not found when the bookmark is not this reader's (or does not exist). */
export async function updateBookmarkNote({ userId, bookmarkId, note }: { userId: string; bookmarkId: string; note: string }): Promise<Result> {
  const trimmed = note.trim();
  const r = await db.bookmark.updateMany({ where: { id: bookmarkId, userId }, data: { note: trimmed ? trimmed : null } });
  return r.count === 1 ? ok(undefined) : fail("request.notFound");
}

/** Which of these publications the reader has saved (for the save buttons on a page). */
export async function listSavedPublicationIds({ userId, publicationIds }: { userId: string; publicationIds: string[] }): Promise<string[]> {
  if (!publicationIds.length) return [];
  const rows = await db.bookmark.findMany({ where: { userId, publicationId: { in: publicationIds } }, select: { publicationId: true } });
  return rows.map((r) => r.publicationId);
}

export const LIBRARY_PAGE_SIZE = 20;

function libraryWhere(userId: string, q: LibraryQuery): Prisma.BookmarkWhereInput {
  // Unpublished publications are hidden, not deleted: republishing brings them back.
  const publication: Prisma.PublicationWhereInput = { status: "PUBLISHED" };
  if (q.center) publication.center = { slug: q.center };
  if (q.topic) publication.topics = { some: { slug: q.topic } };
  if (q.type) publication.type = typeFromSlug(q.type);
  if (q.q) publication.title = containsIgnoringCase(q.q);
  return { userId, publication };
}

const librarySelect = {
  id: true,
  note: true,
  createdAt: true,
  publication: { select: { ...publicationCardSelect, pdfKey: true, center: { select: { name: true } } } },
} satisfies Prisma.BookmarkSelect;

export async function listLibrary({ userId, query, pageSize = LIBRARY_PAGE_SIZE }: { userId: string; query: LibraryQuery; pageSize?: number }) {
  const where = libraryWhere(userId, query);
  const page = query.page ?? 1;
  const [total, items] = await Promise.all([
    db.bookmark.count({ where }),
    db.bookmark.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize, select: librarySelect }),
  ]);
  return { total, items, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Everything in the library (for exports), with what a citation needs. */
export async function listLibraryForExport({ userId }: { userId: string }) {
  return db.bookmark.findMany({
    where: { userId, publication: { status: "PUBLISHED" } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      note: true,
      createdAt: true,
      publication: {
        select: {
          slug: true, title: true, type: true, series: true, seriesNumber: true, language: true, publishedAt: true, doi: true,
          authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
        },
      },
    },
  });
}

/** The filter choices the library offers: only centres and topics present in it. */
export async function listLibraryFacets({ userId }: { userId: string }) {
  const [centers, topics] = await Promise.all([
    db.center.findMany({ where: { publications: { some: { status: "PUBLISHED", bookmarks: { some: { userId } } } } }, orderBy: { name: "asc" }, select: { slug: true, name: true, localized: true } }),
    db.topic.findMany({ where: { publications: { some: { status: "PUBLISHED", bookmarks: { some: { userId } } } } }, orderBy: { name: "asc" }, select: { slug: true, name: true, localized: true } }),
  ]);
  return localizeCatalogue({ centers, topics });
}
