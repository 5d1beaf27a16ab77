// npm run storage:copy, driven as an operator runs it, against a real S3-compatible server.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import S3rver from "s3rver";
import { S3Store } from "@/lib/storage/blob-store";
import { makeTempDir } from "@/test/fixtures";

let server: S3rver;
let endpoint: string;
const dir = makeTempDir();
const storageDir = path.join(dir, "storage");
const files: Record<string, Buffer> = {
  "pdfs/aaaa.pdf": Buffer.from("%PDF-1.7 ".repeat(2000)),
  "covers/bbbb-320.webp": Buffer.from("webp bytes"),
  "photos/cccc-112.jpg": Buffer.alloc(0),
};

beforeAll(async () => {
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(dir, "s3"), configureBuckets: [{ name: "folio-copy", configs: [] }] });
  endpoint = `http://127.0.0.1:${((await server.run()) as AddressInfo).port}`;
  for (const [key, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.join(storageDir, path.dirname(key)), { recursive: true });
    fs.writeFileSync(path.join(storageDir, key), bytes);
  }
  // An upload being checked, and a half-written file: neither is part of the catalogue.
  fs.mkdirSync(path.join(storageDir, "tmp"));
  fs.writeFileSync(path.join(storageDir, "tmp/upload-1.pdf"), "partial");
  fs.writeFileSync(path.join(storageDir, "pdfs/dddd.pdf.123.abc.tmp"), "partial");
});

afterAll(async () => {
  await server?.close();
});

// Not spawnSync: the bucket runs in this process, and must keep answering while the command runs.
function copy(extra: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/storage-copy.ts"], {
    env: { ...process.env, STORAGE_DIR: storageDir, STORAGE_URL: "s3://folio-copy/site", S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", ...extra },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err })));
}

const bucket = () => new S3Store({ bucket: "folio-copy", prefix: "site", endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });

describe("npm run storage:copy", () => {
  it("copies every stored file, verified, then skips them on a second run and repairs a wrong copy", { timeout: 60_000 }, async () => {
    const first = await copy();
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/^Copied 3, already there 0, failed 0, from .* to s3:\/\/folio-copy\/site in [\d.]+ s\.$/m);
    for (const [key, bytes] of Object.entries(files)) expect((await bucket().read(key))?.equals(bytes), key).toBe(true);
    expect(await bucket().size("tmp/upload-1.pdf")).toBeNull();
    expect(await bucket().size("pdfs/dddd.pdf.123.abc.tmp")).toBeNull();

    expect((await copy()).out).toMatch(/^Copied 0, already there 3, failed 0/m);

    // A copy someone else wrote, of the right size but other bytes, is found and replaced.
    await bucket().write("covers/bbbb-320.webp", { bytes: Buffer.from("WEBP BYTES") });
    expect((await copy()).out).toMatch(/^Copied 1, already there 2, failed 0/m);
    expect((await bucket().read("covers/bbbb-320.webp"))?.toString()).toBe("webp bytes");
    // The source is left as it was.
    expect(fs.readFileSync(path.join(storageDir, "pdfs/aaaa.pdf")).equals(files["pdfs/aaaa.pdf"])).toBe(true);
  });

  it("says what it needs when no bucket is configured", { timeout: 20_000 }, async () => {
    const r = await copy({ STORAGE_URL: "" });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Set STORAGE_URL/);
  });
});
