import fs from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import S3rver from "s3rver";
import { makeTempDir, useTempDatabase, writePdf } from "@/test/fixtures";

// With STORAGE_URL, PDFs are stored in the bucket; with PDF_DELIVERY=redirect a signed-in reader
// is sent to a presigned URL, after the same session check and download record as ever.
let server: S3rver;
const saved = { ...process.env };

beforeAll(async () => {
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(makeTempDir(), "s3"), configureBuckets: [{ name: "folio-pdfs", configs: [] }] });
  const { port } = (await server.run()) as AddressInfo;
  Object.assign(process.env, { STORAGE_URL: "s3://folio-pdfs/site", S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", PDF_DELIVERY: "redirect" });
  await useTempDatabase();
});

let closed = false;
afterAll(async () => {
  if (!closed) await server?.close();
  for (const k of ["STORAGE_URL", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "PDF_DELIVERY"]) if (!(k in saved)) delete process.env[k];
});

describe("the gated PDF from a bucket", () => {
  it("stores the file in the bucket, not on disk, and redirects a signed-in reader to a URL valid for 60 s", async () => {
    const [{ db }, { inspectPdf, storePdf }, { planPdfResponse, PRESIGNED_SECONDS }] = await Promise.all([import("@/lib/db"), import("@/lib/storage/pdf-store"), import("@/lib/downloads/stream-pdf")]);
    const file = path.join(makeTempDir(), "a.pdf");
    await writePdf(file);
    const info = await inspectPdf({ file });
    const key = await storePdf({ file, sha256: info.sha256 });
    expect(fs.existsSync(path.join(process.env.STORAGE_DIR!, key))).toBe(false);
    const center = await db.center.create({ data: { slug: "c", name: "C", description: "d" } });
    const pub = await db.publication.create({
      data: { slug: "in-bucket", title: "T", type: "REPORT", language: "en", status: "PUBLISHED", publishedAt: new Date(), summary: "s", teaser: "t", centerId: center.id, pdfKey: key, pdfSize: info.size, pdfPages: info.pages, pdfSha256: info.sha256 },
    });
    const user = await db.user.create({ data: { email: "bucket-reader@example.test" } });

    // No session: sign in first, and no URL to the bucket is given away.
    const anonymous = await planPdfResponse({ slug: "in-bucket", userId: null, range: null, ifRange: null });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.location).not.toMatch(/X-Amz/);

    const plan = await planPdfResponse({ slug: "in-bucket", userId: user.id, range: null, ifRange: null });
    expect(plan.status).toBe(302);
    expect(plan.headers["cache-control"]).toBe("private, no-store");
    const url = new URL(plan.headers.location);
    expect(url.searchParams.get("X-Amz-Expires")).toBe(String(PRESIGNED_SECONDS));
    expect(PRESIGNED_SECONDS).toBeLessThanOrEqual(60);
    expect(await db.download.count({ where: { publicationId: pub.id, userId: user.id } })).toBe(1);

    const got = await fetch(url);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-disposition")).toBe('attachment; filename="in-bucket.pdf"');
    expect(Buffer.from(await got.arrayBuffer()).equals(fs.readFileSync(file))).toBe(true);
    const range = await fetch(url, { headers: { range: "bytes=0-4" } });
    expect([range.status, await range.text()]).toEqual([206, "%PDF-"]);
  });

  it("takes a bucket that cannot be reached for an outage, never for a missing file", async () => {
    const [{ db }, { planPdfResponse }, { isStorageUnavailable, isServiceUnavailable }] = await Promise.all([import("@/lib/db"), import("@/lib/downloads/stream-pdf"), import("@/lib/db/health")]);
    const user = await db.user.findUniqueOrThrow({ where: { email: "bucket-reader@example.test" } });
    expect(isStorageUnavailable()).toBe(false);
    await server.close();
    closed = true;
    await expect(planPdfResponse({ slug: "in-bucket", userId: user.id, range: null, ifRange: null })).rejects.toThrow();
    expect(isStorageUnavailable()).toBe(true);
    expect(isServiceUnavailable()).toBe(true);
  });
});
