import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase, writePdf } from "@/test/fixtures";

let dir: string;
let storageDir: string;

beforeAll(async () => {
  ({ dir, storageDir } = await useTempDatabase());
});

describe("renderMissingCovers", () => {
  it("renders each stored PDF's cover once, points its publications at it, keeps editors' covers, and reports what failed", async () => {
    const [{ renderMissingCovers }, { inspectPdf, storePdf }, { db }] = await Promise.all([import("@/lib/covers/backfill"), import("@/lib/storage/pdf-store"), import("@/lib/db")]);
    const file = path.join(dir, "a.pdf");
    await writePdf(file, 2);
    const info = await inspectPdf({ file });
    const key = await storePdf({ file, sha256: info.sha256 });
    const broken = "b".repeat(64);
    fs.writeFileSync(path.join(storageDir, "pdfs", `${broken}.pdf`), "%PDF-1.7 nothing else");
    const center = await db.center.create({ data: { slug: "c", name: "C", description: "d" } });
    const base = { type: "REPORT" as const, language: "en", status: "PUBLISHED" as const, publishedAt: new Date(), summary: "s", teaser: "t", centerId: center.id };
    const pdf = { pdfKey: key, pdfSize: info.size, pdfPages: info.pages, pdfSha256: info.sha256 };
    await db.publication.createMany({
      data: [
        { ...base, ...pdf, slug: "one", title: "One" },
        { ...base, ...pdf, slug: "two", title: "Two (same file)" },
        { ...base, ...pdf, slug: "own", title: "Own cover", coverSha256: "c".repeat(64) },
        { ...base, slug: "broken", title: "Broken", pdfKey: `pdfs/${broken}.pdf`, pdfSize: 20, pdfPages: 1, pdfSha256: broken },
        { ...base, slug: "none", title: "No PDF" },
      ],
    });

    const progress: number[] = [];
    expect(await renderMissingCovers({ onProgress: (done) => progress.push(done) })).toEqual({ files: 2, failed: 1 });
    expect(progress).toEqual([1, 2]);
    const covers = Object.fromEntries((await db.publication.findMany({ select: { slug: true, coverSha256: true } })).map((p) => [p.slug, p.coverSha256]));
    expect(covers).toEqual({ one: info.sha256, two: info.sha256, own: "c".repeat(64), broken: null, none: null });
    expect(fs.existsSync(path.join(storageDir, `covers/${info.sha256}-240.webp`))).toBe(true);

    // Again: only the file that failed is tried.
    expect(await renderMissingCovers()).toEqual({ files: 1, failed: 1 });
  });
});
