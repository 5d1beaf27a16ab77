import "server-only";
// The publications a Crossref deposit registers (lib/formats/crossref.ts writes it).
import { db } from "@/lib/db";
import type { DepositRecord } from "@/lib/formats/read-models";

const SELECT = {
  id: true,
  slug: true,
  title: true,
  language: true,
  teaser: true,
  publishedAt: true,
  series: true,
  seriesNumber: true,
  doi: true,
  center: { select: { name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, orcid: true } } } },
} as const;

export type CrossrefSelection = { ids?: string[]; since?: Date };

/** Published publications with a DOI, among `ids` or changed since `since` (all when neither). */
export async function listDepositable({ ids, since }: CrossrefSelection): Promise<(DepositRecord & { id: string })[]> {
  return db.publication.findMany({
    where: { status: "PUBLISHED", doi: { not: null }, ...(ids ? { id: { in: ids } } : {}), ...(since ? { updatedAt: { gte: since } } : {}) },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: SELECT,
    take: 5_000,
  });
}
