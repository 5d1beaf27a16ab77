import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import { PDFDocument } from "pdf-lib";
import { blobStore } from "@/lib/storage/blob-store";

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

// The functions below are the storage API the rest of Folio uses; `storageDir` names a local
// directory (tests, tools), else the configured store (lib/storage/blob-store.ts) is used.

/** Whether a stored key holds a file. */
export async function storedFileExists({ key, storageDir }: { key: string; storageDir?: string }): Promise<boolean> {
  return (await blobStore({ storageDir }).size(key)) !== null;
}

/** A stored file's size in bytes, or null when there is none. */
export async function storedFileSize({ key, storageDir }: { key: string; storageDir?: string }): Promise<number | null> {
  return blobStore({ storageDir }).size(key);
}

/** A stored file's bytes, or null when there is none. */
export async function readStoredFile({ key, storageDir }: { key: string; storageDir?: string }): Promise<Buffer | null> {
  return blobStore({ storageDir }).read(key);
}

/** Writes a key whole, from a file or from bytes: a reader sees the whole file or none. */
export async function writeStoredFile({ key, from, storageDir }: { key: string; from: { file: string } | { bytes: Uint8Array }; storageDir?: string }): Promise<void> {
  await blobStore({ storageDir }).write(key, from);
}

export async function removeStoredFile({ key, storageDir }: { key: string; storageDir?: string }): Promise<void> {
  await blobStore({ storageDir }).remove(key);
}

/** Copies a PDF into storage, unless its content is stored already. */
export async function storePdf({ file, sha256, storageDir }: { file: string; sha256: string; storageDir?: string }): Promise<string> {
  const key = pdfKeyFor(sha256);
  if (!(await storedFileExists({ key, storageDir }))) await writeStoredFile({ key, from: { file }, storageDir });
  return key;
}
