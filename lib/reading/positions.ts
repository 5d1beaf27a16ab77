import "server-only";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/messages/result";

/** Where this reader stopped in this publication, or page 1. */
export async function readReadingPosition({ userId, slug }: { userId: string; slug: string }): Promise<number> {
  const row = await db.readingPosition.findFirst({ where: { userId, publication: { slug, status: "PUBLISHED" } }, select: { page: true } });
  return row?.page ?? 1;
}

/** Remembers the page; only a published publication with a full text, and only a page it has. */
export async function saveReadingPosition({ userId, slug, page }: { userId: string; slug: string; page: number }): Promise<Result<{ page: number }>> {
  const publication = await db.publication.findFirst({ where: { slug, status: "PUBLISHED", pdfKey: { not: null } }, select: { id: true, pdfPages: true } });
  if (!publication) return fail("request.notFound");
  if (publication.pdfPages && page > publication.pdfPages) return fail("request.invalid");
  await db.readingPosition.upsert({
    where: { userId_publicationId: { userId, publicationId: publication.id } },
    create: { userId, publicationId: publication.id, page },
    update: { page },
  });
  return ok({ page });
}

/** The pages this reader stopped at, for the library's "Continue reading". */
export async function listReadingPositions({ userId, publicationIds }: { userId: string; publicationIds: string[] }): Promise<Map<string, number>> {
  const rows = await db.readingPosition.findMany({ where: { userId, publicationId: { in: publicationIds } }, select: { publicationId: true, page: true } });
  return new Map(rows.map((r) => [r.publicationId, r.page]));
}
