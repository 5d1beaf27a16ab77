import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, useTempDatabase, writePdf } from "@/test/fixtures";

// With PDF_ACCEL_REDIRECT, Folio only authorises and records; nginx sends the bytes.
beforeAll(async () => {
  process.env.PDF_ACCEL_REDIRECT = "/_pdf/";
  await useTempDatabase();
});

// Test files may share a process: leave the environment as it was found.
afterAll(() => {
  delete process.env.PDF_ACCEL_REDIRECT;
});

async function seed() {
  const [{ db }, { inspectPdf, storePdf }] = await Promise.all([import("@/lib/db"), import("@/lib/storage/pdf-store")]);
  const file = path.join(makeTempDir(), "a.pdf");
  await writePdf(file);
  const info = await inspectPdf({ file });
  const key = await storePdf({ file, sha256: info.sha256 });
  const center = await db.center.create({ data: { slug: "c", name: "C", description: "d" } });
  const pub = await db.publication.create({
    data: { slug: "with-pdf", title: "T", type: "REPORT", language: "en", status: "PUBLISHED", publishedAt: new Date(), summary: "s", teaser: "t", centerId: center.id, pdfKey: key, pdfSize: info.size, pdfPages: info.pages, pdfSha256: info.sha256 },
  });
  const user = await db.user.create({ data: { email: "reader@example.test" } });
  return { db, key, pub, user };
}

describe("planPdfResponse behind nginx", () => {
  it("hands the file to nginx by its storage key, records the download, and sends no body itself", async () => {
    const { planPdfResponse } = await import("@/lib/downloads/stream-pdf");
    const { db, key, pub, user } = await seed();
    const plan = await planPdfResponse({ slug: "with-pdf", userId: user.id, range: null, ifRange: null });
    expect(plan.status).toBe(200);
    expect(plan.file).toBeUndefined();
    expect(plan.headers["x-accel-redirect"]).toBe(`/_pdf/${key}`);
    // nginx computes length and ranges from the file; a stale length here would corrupt them.
    expect(plan.headers).not.toHaveProperty("content-length");
    expect(plan.headers).not.toHaveProperty("content-range");
    expect(plan.headers["content-type"]).toBe("application/pdf");
    expect(await db.download.count({ where: { publicationId: pub.id, userId: user.id } })).toBe(1);

    // A viewer's later range requests are the same download.
    await planPdfResponse({ slug: "with-pdf", userId: user.id, range: "bytes=100-199", ifRange: null });
    expect(await db.download.count({ where: { publicationId: pub.id } })).toBe(1);
  });

  it("still sends readers without a session to sign in, and names no file", async () => {
    const { planPdfResponse } = await import("@/lib/downloads/stream-pdf");
    const plan = await planPdfResponse({ slug: "with-pdf", userId: null, range: null, ifRange: null });
    expect(plan.status).toBe(303);
    expect(plan.headers).not.toHaveProperty("x-accel-redirect");
  });
});
