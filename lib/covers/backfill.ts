import "server-only";
import { db } from "@/lib/db";
import { recordPageChanges } from "@/lib/cache/invalidation";
import { ALL_PAGES } from "@/lib/cache/tags";
import { attachPdfCover } from "@/lib/covers/render-cover";

/**
 * Renders the cover of every stored PDF that has none yet (once per file: publications sharing a
 * file share its cover) and points those publications at it. Editors' own covers are kept, and
 * existing files are not rendered again, so it can run again after an interruption.
 */
export async function renderMissingCovers({ onProgress }: { onProgress?: (done: number, total: number, label: string) => void } = {}): Promise<{ files: number; failed: number }> {
  const rows = await db.publication.findMany({ where: { pdfSha256: { not: null }, coverSha256: null }, distinct: ["pdfSha256"], select: { pdfSha256: true } });
  let failed = 0;
  for (const [i, row] of rows.entries()) {
    const sha256 = row.pdfSha256!;
    if (!(await attachPdfCover({ sha256 })).result.ok) failed++;
    onProgress?.(i + 1, rows.length, "covers");
  }
  // Cards show covers on every listing: running servers expire their pages at their next tick.
  if (rows.length > failed) await recordPageChanges({ tags: [ALL_PAGES] });
  return { files: rows.length, failed };
}
