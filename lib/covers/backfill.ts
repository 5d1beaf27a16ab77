import "server-only";
import { db } from "@/lib/db";
import { renderCover } from "@/lib/covers/render-cover";

/**
 * Renders the covers every stored PDF lacks (one per file: publications sharing a file share its
 * cover). Existing covers are kept, so it can run again after an interruption.
 */
export async function renderMissingCovers({ onProgress }: { onProgress?: (done: number, total: number, label: string) => void } = {}): Promise<{ files: number; failed: number }> {
  const rows = await db.publication.findMany({ where: { pdfSha256: { not: null } }, distinct: ["pdfSha256"], select: { pdfSha256: true } });
  let failed = 0;
  for (const [i, row] of rows.entries()) {
    if (!(await renderCover({ sha256: row.pdfSha256! }))) failed++;
    onProgress?.(i + 1, rows.length, "covers");
  }
  return { files: rows.length, failed };
}
