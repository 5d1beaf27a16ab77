import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { isStorageKey, type BlobStore, type DiskStore } from "@/lib/storage/blob-store";

export type CopyReport = { copied: number; skipped: number; failed: Array<{ key: string; reason: string }> };

/** Every stored file under a storage directory, as its key; temporary uploads are left out. */
export async function listStoredKeys({ root }: { root: string }): Promise<string[]> {
  const folders = await fsp.readdir(root, { withFileTypes: true }).catch(() => []);
  const keys: string[] = [];
  for (const folder of folders) {
    if (!folder.isDirectory() || folder.name === "tmp") continue;
    for (const file of await fsp.readdir(path.join(root, folder.name), { withFileTypes: true })) {
      const key = `${folder.name}/${file.name}`;
      if (file.isFile() && !file.name.endsWith(".tmp") && isStorageKey(key)) keys.push(key);
    }
  }
  return keys.sort();
}

async function hashStream(stream: Readable | NodeJS.ReadableStream): Promise<string> {
  const hash = crypto.createHash("sha256");
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Copies a storage directory into another store (a bucket), file by file. Resumable: a key the
 * target already holds with the same size and SHA-256 is skipped, so a run stopped half-way
 * continues where it was. Each copy is read back and its SHA-256 compared with the source's;
 * a file that differs is reported, never counted as copied. The source is never changed.
 */
export async function copyStorage({ from, to, onProgress }: { from: DiskStore; to: BlobStore; onProgress?: (done: number, total: number, label: string) => void }): Promise<CopyReport> {
  const keys = await listStoredKeys({ root: from.root });
  const report: CopyReport = { copied: 0, skipped: 0, failed: [] };
  let done = 0;
  for (const key of keys) {
    const file = from.pathOf(key)!;
    try {
      const [size, sha256] = await Promise.all([fsp.stat(file).then((s) => s.size), hashStream(fs.createReadStream(file))]);
      const there = await to.stat(key);
      const same = there?.size === size && (there.sha256 ? there.sha256 === sha256 : await remoteHash(to, key, size) === sha256);
      if (same) {
        report.skipped++;
      } else {
        await to.write(key, { file }, { sha256 });
        const copied = await remoteHash(to, key, size);
        if (copied === sha256) report.copied++;
        else report.failed.push({ key, reason: `the copy's SHA-256 is ${copied ?? "missing"}, not ${sha256}` });
      }
    } catch (e) {
      report.failed.push({ key, reason: e instanceof Error ? e.message : String(e) });
    }
    onProgress?.(++done, keys.length, key);
  }
  return report;
}

async function remoteHash(store: BlobStore, key: string, size: number): Promise<string | null> {
  if (size === 0) return (await store.size(key)) === 0 ? crypto.createHash("sha256").digest("hex") : null;
  const stream = await store.open(key, { start: 0, end: size - 1 });
  return stream ? hashStream(stream) : null;
}
