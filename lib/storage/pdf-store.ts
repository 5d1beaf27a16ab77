import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { env } from "@/lib/env";

export type PdfInfo = { size: number; pages: number; sha256: string };

/** Reads a file and proves it is a PDF: the %PDF- signature, then a real parse for the page count. */
export async function inspectPdf({ file }: { file: string }): Promise<PdfInfo> {
  const bytes = await fs.readFile(file);
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") throw new Error("is not a PDF (no %PDF- signature)");
  let pages: number;
  try {
    pages = (await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true })).getPageCount();
  } catch (e) {
    throw new Error(`is not a readable PDF (${e instanceof Error ? e.message.split("\n")[0] : "parse error"})`);
  }
  if (pages < 1) throw new Error("is a PDF with no pages");
  return { size: bytes.length, pages, sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
}

/**
 * Keys are the content hash, so storing the same file twice is a no-op and an import
 * that fails later leaves at most an unreferenced file, never a missing one.
 */
export function pdfKeyFor(sha256: string): string {
  return `pdfs/${sha256}.pdf`;
}

/** The absolute path of a stored key, or null if the key would leave the storage directory. */
export function resolveStoragePath({ key, storageDir = env.storageDir }: { key: string; storageDir?: string }): string | null {
  const root = path.resolve(storageDir);
  const full = path.resolve(root, key);
  return full.startsWith(root + path.sep) ? full : null;
}

/** Whether a stored key holds a file. */
export async function storedFileExists({ key, storageDir = env.storageDir }: { key: string; storageDir?: string }): Promise<boolean> {
  const target = resolveStoragePath({ key, storageDir });
  return target ? fs.stat(target).then((s) => s.isFile(), () => false) : false;
}

/** A stored file's bytes, or null when there is none. */
export async function readStoredFile({ key, storageDir = env.storageDir }: { key: string; storageDir?: string }): Promise<Buffer | null> {
  const target = resolveStoragePath({ key, storageDir });
  return target ? fs.readFile(target).catch(() => null) : null;
}

/**
 * Writes a key atomically, from a file or from bytes: a temporary file, then a rename, so a reader
 * sees the whole file or none.
 */
export async function writeStoredFile({ key, from, storageDir = env.storageDir }: { key: string; from: { file: string } | { bytes: Uint8Array }; storageDir?: string }): Promise<void> {
  const target = resolveStoragePath({ key, storageDir });
  if (!target) throw new Error(`invalid storage key ${key}`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.${crypto.randomUUID()}.tmp`;
  try {
    if ("file" in from) await fs.copyFile(from.file, tmp);
    else await fs.writeFile(tmp, from.bytes);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** Copies a PDF into storage, unless its content is stored already. */
export async function storePdf({ file, sha256, storageDir = env.storageDir }: { file: string; sha256: string; storageDir?: string }): Promise<string> {
  const key = pdfKeyFor(sha256);
  if (!(await storedFileExists({ key, storageDir }))) await writeStoredFile({ key, from: { file }, storageDir });
  return key;
}
