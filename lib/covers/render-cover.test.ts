import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeTempDir, writePdf } from "@/test/fixtures";

describe("renderCover", () => {
  it("stores the first page in two widths, as WebP and JPEG, once; and finds it", async () => {
    const [{ renderCover }, { imageKeyFor }, { inspectPdf, storePdf }, sharp] = await Promise.all([import("@/lib/covers/render-cover"), import("@/lib/images/urls"), import("@/lib/storage/pdf-store"), import("sharp")]);
    const coverKeyFor = (o: { sha256: string; width: number; format: "webp" | "jpg" }) => imageKeyFor({ kind: "covers", ...o });
    const storageDir = makeTempDir();
    const file = path.join(makeTempDir(), "a.pdf");
    await writePdf(file);
    const { sha256 } = await inspectPdf({ file });
    await storePdf({ file, sha256, storageDir });

    expect(await renderCover({ sha256, storageDir })).toBe(true);
    for (const width of [240, 480] as const) {
      const webp = await sharp.default(path.join(storageDir, coverKeyFor({ sha256, width, format: "webp" }))).metadata();
      // The A4 page's proportions, whatever the page's size: every cover has one shape.
      expect(webp).toMatchObject({ format: "webp", width, height: Math.round((width * 297) / 210) });
      const jpg = await sharp.default(path.join(storageDir, coverKeyFor({ sha256, width, format: "jpg" }))).metadata();
      expect(jpg).toMatchObject({ format: "jpeg", width });
    }
    // Not white all over: the page's text was drawn.
    const { data } = await sharp.default(path.join(storageDir, coverKeyFor({ sha256, width: 480, format: "jpg" }))).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(data.reduce((darkest, v) => Math.min(darkest, v), 255)).toBeLessThan(128);

    // A second call keeps the files as they are.
    const mtime = fs.statSync(path.join(storageDir, coverKeyFor({ sha256, width: 240, format: "webp" }))).mtimeMs;
    expect(await renderCover({ sha256, storageDir })).toBe(true);
    expect(fs.statSync(path.join(storageDir, coverKeyFor({ sha256, width: 240, format: "webp" }))).mtimeMs).toBe(mtime);
  });

  it("answers false, without throwing, for a file it cannot render", async () => {
    const { renderCover } = await import("@/lib/covers/render-cover");
    const storageDir = makeTempDir();
    fs.mkdirSync(path.join(storageDir, "pdfs"));
    const sha256 = "b".repeat(64);
    fs.writeFileSync(path.join(storageDir, "pdfs", `${sha256}.pdf`), "%PDF-1.7 nothing else");
    expect(await renderCover({ sha256, storageDir })).toBe(false);
  });
});
