import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { makeTempDir } from "@/test/fixtures";
import { imageKeyFor, pictureSources } from "@/lib/images/urls";
import { serveStoredImage } from "@/lib/http/image-response";
import { storeUploadedImage } from "@/lib/images/stored-images";

const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#884422" } }).png().toBuffer();

describe("storeUploadedImage", () => {
  it("stores a photo as squares in every size and format, named by the upload's hash", async () => {
    const storageDir = makeTempDir();
    const sha256 = await storeUploadedImage({ kind: "photos", source: new Uint8Array(await png(600, 400)), storageDir });
    expect(sha256).toMatch(/^[a-f0-9]{64}$/);
    for (const width of [96, 320]) {
      expect(await sharp(path.join(storageDir, imageKeyFor({ kind: "photos", sha256: sha256!, width, format: "webp" }))).metadata()).toMatchObject({ format: "webp", width, height: width });
      expect(await sharp(path.join(storageDir, imageKeyFor({ kind: "photos", sha256: sha256!, width, format: "jpg" }))).metadata()).toMatchObject({ format: "jpeg", width, height: width });
    }
  });

  it("refuses what is not a JPEG, PNG or WebP image, whatever it claims, and stores nothing", async () => {
    const storageDir = makeTempDir();
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } }).gif().toBuffer();
    const truncated = (await png(300, 300)).subarray(0, 60);
    for (const source of [Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), Buffer.from("%PDF-1.7"), gif, truncated, Buffer.alloc(0)]) {
      expect(await storeUploadedImage({ kind: "covers", source: new Uint8Array(source), storageDir })).toBeNull();
    }
    expect(fs.readdirSync(storageDir)).toEqual([]);
  });

  it("refuses a decompression bomb: a small file declaring more than 40 million pixels", async () => {
    const bomb = await sharp({ create: { width: 7000, height: 7000, channels: 3, background: "#fff" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(await storeUploadedImage({ kind: "photos", source: new Uint8Array(bomb), storageDir: makeTempDir() })).toBeNull();
  });
});

describe("serveStoredImage", () => {
  it("serves a stored size, immutable, and answers 404 to any other name", async () => {
    const storageDir = makeTempDir();
    const sha256 = (await storeUploadedImage({ kind: "photos", source: new Uint8Array(await png(200, 200)), storageDir }))!;
    const served = await serveStoredImage({ kind: "photos", file: `${sha256}-96.webp`, storageDir });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toContain("immutable");
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(96);
    // A photo's name under covers/, another width, format or spelling, a path: none is served.
    expect((await serveStoredImage({ kind: "covers", file: `${sha256}-96.webp`, storageDir })).status).toBe(404);
    for (const file of [`${sha256}-97.webp`, `${sha256}-96.png`, `../${sha256}-96.webp`, "x", `${sha256.toUpperCase()}-96.webp`]) {
      expect((await serveStoredImage({ kind: "photos", file, storageDir })).status).toBe(404);
    }
  });
});

describe("pictureSources", () => {
  it("picks the smallest stored size sharp at 1× and at 2×", () => {
    const sha256 = "a".repeat(64);
    expect(pictureSources({ kind: "covers", sha256, width: 144 })).toEqual({ webp: `/covers/${sha256}-240.webp 1x, /covers/${sha256}-480.webp 2x`, jpg: `/covers/${sha256}-240.jpg`, height: 204 });
    expect(pictureSources({ kind: "photos", sha256, width: 48 })).toEqual({ webp: `/photos/${sha256}-96.webp`, jpg: `/photos/${sha256}-96.jpg`, height: 48 });
    // Wider than anything stored: the largest, stretched rather than missing.
    expect(pictureSources({ kind: "photos", sha256, width: 400 }).jpg).toBe(`/photos/${sha256}-320.jpg`);
  });
});
