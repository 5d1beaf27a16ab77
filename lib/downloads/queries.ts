import "server-only";
import { db } from "@/lib/db";
import { recordDownloadEvent } from "@/lib/stats/counter";

/** The reader's own history, and the COUNTER log the statistics are computed from. */
export async function recordDownload({ userId, publicationId, userAgent }: { userId: string; publicationId: string; userAgent: string | null }) {
  await Promise.all([db.download.create({ data: { userId, publicationId } }), recordDownloadEvent({ publicationId, userId, userAgent })]);
}

/**
 * The reader's downloads, newest first. A publication unpublished since comes without its title
 * or address: the history must not keep showing what the institute withdrew.
 */
export async function listDownloadHistory({ userId, take = 50 }: { userId: string; take?: number }) {
  const rows = await db.download.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, publication: { select: { slug: true, title: true, status: true } } },
  });
  return rows.map(({ id, createdAt, publication }) => ({
    id,
    createdAt,
    publication: publication.status === "PUBLISHED" ? { slug: publication.slug, title: publication.title } : null,
  }));
}

/** The PDF facts of a published publication, or null: drafts and PDF-less ones are not downloadable. */
export async function getDownloadablePdf({ slug }: { slug: string }) {
  const p = await db.publication.findFirst({
    where: { slug, status: "PUBLISHED", pdfKey: { not: null } },
    select: { id: true, slug: true, pdfKey: true, pdfSize: true, pdfSha256: true },
  });
  return p?.pdfKey && p.pdfSize != null && p.pdfSha256 ? { id: p.id, slug: p.slug, key: p.pdfKey, size: p.pdfSize, sha256: p.pdfSha256 } : null;
}
