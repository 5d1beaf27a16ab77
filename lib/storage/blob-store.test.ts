import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import S3rver from "s3rver";
import { DiskStore, isStorageKey, S3Store, s3LocationFromEnv, type BlobStore } from "@/lib/storage/blob-store";

// One contract, two stores: local disk, and a real S3-compatible server (s3rver) on loopback.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "folio-blob-"));
let server: S3rver;
let endpoint: string;

beforeAll(async () => {
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(tmp, "s3"), configureBuckets: [{ name: "folio-test", configs: [] }] });
  const address = (await server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const stores: Array<[string, () => BlobStore]> = [
  ["local disk", () => new DiskStore(path.join(tmp, "disk"))],
  ["an S3-compatible bucket", () => new S3Store({ bucket: "folio-test", prefix: "site/a", endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } })],
];

const read = async (stream: NodeJS.ReadableStream | null) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream!) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
};

describe.each(stores)("the blob store on %s", (_, make) => {
  it("writes whole files, reads them back, serves byte ranges and forgets removed keys", async () => {
    const store = make();
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    expect(await store.size("pdfs/a.pdf")).toBeNull();
    expect(await store.read("pdfs/a.pdf")).toBeNull();
    expect(await store.open("pdfs/a.pdf", { start: 0, end: 9 })).toBeNull();

    await store.write("pdfs/a.pdf", { bytes });
    const file = path.join(tmp, "source.bin");
    fs.writeFileSync(file, bytes.subarray(0, 1234));
    await store.write("covers/b-320.webp", { file });

    expect(await store.size("pdfs/a.pdf")).toBe(5000);
    expect((await store.read("pdfs/a.pdf"))!.equals(bytes)).toBe(true);
    expect(await store.size("covers/b-320.webp")).toBe(1234);
    expect((await read(await store.open("pdfs/a.pdf", { start: 100, end: 199 }))).equals(bytes.subarray(100, 200))).toBe(true);

    await store.remove("pdfs/a.pdf");
    expect(await store.size("pdfs/a.pdf")).toBeNull();
    await store.remove("pdfs/a.pdf");
  });

  it("refuses a key that could climb out of its place", async () => {
    const store = make();
    for (const key of ["../etc/passwd", "pdfs/../../x", "/abs/path", "pdfs/a/b.pdf", "pdfs/", "PDFS/x", "pdfs/.hidden"]) {
      expect(isStorageKey(key), key).toBe(false);
      await expect(store.write(key, { bytes: Buffer.from("x") })).rejects.toThrow(/invalid storage key/);
    }
  });
});

describe("presigned downloads from the bucket", () => {
  const store = () => new S3Store({ bucket: "folio-test", prefix: "", endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });

  it("name the file as an attachment, serve ranges, and stop working when they expire", async () => {
    const s = store();
    await s.write("pdfs/signed.pdf", { bytes: Buffer.from("%PDF-1.7 the whole text") });
    const url = await s.presign!("pdfs/signed.pdf", { filename: "an-analysis.pdf", contentType: "application/pdf", seconds: 1 });
    expect(new URL(url).searchParams.get("X-Amz-Expires")).toBe("1");
    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-disposition")).toBe('attachment; filename="an-analysis.pdf"');
    expect(whole.headers.get("content-type")).toBe("application/pdf");
    const part = await fetch(url, { headers: { range: "bytes=0-7" } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe("%PDF-1.7");
    await new Promise((r) => setTimeout(r, 2100));
    expect((await fetch(url)).status).toBe(403);
  });
});

describe("s3LocationFromEnv", () => {
  const base = { S3_ENDPOINT: undefined, S3_REGION: "eu-west-3", S3_ACCESS_KEY_ID: undefined, S3_SECRET_ACCESS_KEY: undefined, S3_FORCE_PATH_STYLE: undefined };
  it("reads the bucket and prefix, and uses path style with a custom endpoint unless told otherwise", () => {
    expect(s3LocationFromEnv({ ...base, STORAGE_URL: undefined })).toBeNull();
    expect(s3LocationFromEnv({ ...base, STORAGE_URL: "s3://folio-files/site/prod/" })).toMatchObject({ bucket: "folio-files", prefix: "site/prod", region: "eu-west-3", forcePathStyle: false, credentials: undefined });
    expect(s3LocationFromEnv({ ...base, STORAGE_URL: "s3://folio-files", S3_ENDPOINT: "http://127.0.0.1:9000", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" })).toMatchObject({ prefix: "", forcePathStyle: true, credentials: { accessKeyId: "k", secretAccessKey: "s" } });
    expect(s3LocationFromEnv({ ...base, STORAGE_URL: "s3://folio-files", S3_ENDPOINT: "https://s3.example", S3_FORCE_PATH_STYLE: false })).toMatchObject({ forcePathStyle: false });
  });
});
