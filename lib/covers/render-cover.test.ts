import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeTempDir, writePdf } from "@/test/fixtures";

// Read by lib/env when this file first imports it.
process.env.PDF_RENDER_TIMEOUT_SECONDS = "6";
process.env.PDF_RENDER_MAX_MB = "400";

describe("renderCover", () => {
  it("stores the first page in two widths, as WebP and JPEG, once; and finds it", async () => {
    const [{ renderCover }, { imageKeyFor }, { inspectPdf, storePdf }, sharp] = await Promise.all([import("@/lib/covers/render-cover"), import("@/lib/images/urls"), import("@/lib/storage/pdf-store"), import("sharp")]);
    const coverKeyFor = (o: { sha256: string; width: number; format: "webp" | "jpg" }) => imageKeyFor({ kind: "covers", ...o });
    const storageDir = makeTempDir();
    const file = path.join(makeTempDir(), "a.pdf");
    await writePdf(file);
    const { sha256 } = await inspectPdf({ file });
    await storePdf({ file, sha256, storageDir });

    expect(await renderCover({ sha256, storageDir })).toEqual({ ok: true });
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
    expect(await renderCover({ sha256, storageDir })).toEqual({ ok: true });
    expect(fs.statSync(path.join(storageDir, coverKeyFor({ sha256, width: 240, format: "webp" }))).mtimeMs).toBe(mtime);
  });

  it("answers why, without throwing, for a file it cannot render", async () => {
    const { renderCover } = await import("@/lib/covers/render-cover");
    const storageDir = makeTempDir();
    fs.mkdirSync(path.join(storageDir, "pdfs"));
    const sha256 = "b".repeat(64);
    fs.writeFileSync(path.join(storageDir, "pdfs", `${sha256}.pdf`), "%PDF-1.7 nothing else");
    expect(await renderCover({ sha256, storageDir })).toMatchObject({ ok: false, reason: expect.any(String) });
  });

  // Each file froze or killed a server process when PDF.js ran on its own thread. Rendered in a
  // child process with a budget, each ends within the budget, and this process's event loop
  // (another reader's requests) never stalls for more than STALL_MS meanwhile.
  it("bounds hostile PDFs in time and memory, and never stalls this process", async () => {
    const STALL_MS = 250;
    const [{ renderCover }, { makeHostilePdfs }] = await Promise.all([import("@/lib/covers/render-cover"), import("@/test/hostile-pdfs")]);
    const storageDir = makeTempDir();
    fs.mkdirSync(path.join(storageDir, "pdfs"));
    for (const pdf of await makeHostilePdfs()) {
      const sha256 = crypto.createHash("sha256").update(pdf.bytes).digest("hex");
      fs.writeFileSync(path.join(storageDir, "pdfs", `${sha256}.pdf`), pdf.bytes);
      let worst = 0;
      let last = performance.now();
      const probe = setInterval(() => {
        const now = performance.now();
        worst = Math.max(worst, now - last - 20);
        last = now;
      }, 20);
      const started = performance.now();
      const result = await renderCover({ sha256, storageDir });
      clearInterval(probe);
      const took = performance.now() - started;
      // The huge image is left out of the render (it is over the pixel budget): the page renders.
      if (pdf.name === "huge-image.pdf") expect(result, pdf.what).toEqual({ ok: true });
      else expect(result, pdf.what).toMatchObject({ ok: false });
      if (pdf.name === "tall-page.pdf") expect(result).toMatchObject({ reason: expect.stringMatching(/1 × 1000 points/) });
      expect(took, `${pdf.what}: ${Math.round(took)} ms`).toBeLessThan(6_000 + 2_000);
      expect(worst, `${pdf.what}: event loop stalled ${Math.round(worst)} ms`).toBeLessThan(STALL_MS);
    }
  });
});
