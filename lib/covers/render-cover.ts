import "server-only";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { storeImageSizes } from "@/lib/images/stored-images";
import { imageKeyFor, IMAGE_KINDS } from "@/lib/images/urls";
import { pdfKeyFor, readStoredFile, storedFileExists } from "@/lib/storage/pdf-store";

// A publication's cover is the first page of its PDF, rendered once when the file is stored
// (upload, import, `npm run covers`) and kept beside it under the file's hash (lib/images). PDF.js
// renders (Apache-2.0; mupdf would do it too but is AGPL), @napi-rs/canvas gives it a canvas in
// Node, sharp writes the sizes.
//
// PDFs come from outside authors, and a hostile one can take minutes and gigabytes. So the render
// runs in a child process (cover-worker.mjs) at a lower priority, one at a time per server
// process, and is killed past PDF_RENDER_TIMEOUT_SECONDS or PDF_RENDER_MAX_MB of resident memory:
// the canvas's memory is native, outside any JS heap limit a worker thread could set, so the
// budget is the whole process's, read from /proc. The worker also refuses absurd page shapes
// before it allocates a canvas and skips images above MAX_IMAGE_PIXELS.

// From the project root, where every Folio process runs: inside a Next bundle require.resolve
// answers a module id, not a path.
const WORKER = path.join(process.cwd(), "lib", "covers", "cover-worker.mjs");
const MAX_IMAGE_PIXELS = 25_000_000;
const WATCH_MS = 25;

export type CoverResult = { ok: true } | { ok: false; reason: string };

function residentMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0; // gone, or no /proc (then only the time limit and the heap limit hold)
  }
}

function renderInChild(bytes: Uint8Array, width: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const heapMb = Math.max(64, Math.floor(env.PDF_RENDER_MAX_MB / 2));
    const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, WORKER, String(width), String(MAX_IMAGE_PIXELS)], {
      cwd: process.cwd(),
      stdio: "pipe",
      // None of the server's secrets: the worker needs nothing from its environment.
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production" },
    });
    try {
      if (child.pid) os.setPriority(child.pid, 10);
    } catch {
      // Not allowed here: it still runs within its budget.
    }
    const out: Buffer[] = [];
    let err = "";
    let killedFor: string | null = null;
    const kill = (why: string) => {
      if (killedFor) return;
      killedFor = why;
      child.kill("SIGKILL");
    };
    const started = Date.now();
    const watch = setInterval(() => {
      if (Date.now() - started > env.PDF_RENDER_TIMEOUT_SECONDS * 1000) kill(`took longer than ${env.PDF_RENDER_TIMEOUT_SECONDS} s`);
      else if (child.pid && residentMb(child.pid) > env.PDF_RENDER_MAX_MB) kill(`needed more than ${env.PDF_RENDER_MAX_MB} MB`);
    }, WATCH_MS);
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => {
      if (err.length < 2000) err += c.toString();
    });
    child.stdin.on("error", () => undefined); // a worker that died early closes its stdin
    child.on("error", (e) => {
      clearInterval(watch);
      reject(e);
    });
    child.on("close", (code) => {
      clearInterval(watch);
      if (killedFor) reject(new Error(`the render ${killedFor} and was stopped`));
      else if (code === 0) resolve(Buffer.concat(out));
      else if (code === 3) reject(new Error(err.trim()));
      // An uncaught error prints the source line first: the message is the "…Error: …" line.
      else reject(new Error(/^\w*Error: .*$/m.exec(err)?.[0] ?? `the renderer exited with ${code}`));
    });
    child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

// One render at a time in this process: a burst of uploads queues instead of taking every core.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

function coverKeys(sha256: string) {
  return IMAGE_KINDS.covers.widths.flatMap((width) => (["webp", "jpg"] as const).map((format) => imageKeyFor({ kind: "covers", sha256, width, format })));
}

/** Whether every size of the cover of this file is stored already. */
export async function coverExists({ sha256, storageDir }: { sha256: string; storageDir?: string }): Promise<boolean> {
  return (await Promise.all(coverKeys(sha256).map((key) => storedFileExists({ key, storageDir })))).every(Boolean);
}

/**
 * Renders and stores the cover of a stored PDF, unless it exists. A PDF that cannot be rendered,
 * or is refused, answers why (and logs it): a publication without a cover shows none, and a broken
 * or hostile first page must not fail an upload or an import.
 */
export async function renderCover({ sha256, storageDir }: { sha256: string; storageDir?: string }): Promise<CoverResult> {
  if (await coverExists({ sha256, storageDir })) return { ok: true };
  try {
    const pdf = await readStoredFile({ key: pdfKeyFor(sha256), storageDir });
    if (!pdf) throw new Error("the PDF is not stored");
    const png = await oneAtATime(() => renderInChild(new Uint8Array(pdf), Math.max(...IMAGE_KINDS.covers.widths)));
    await storeImageSizes({ kind: "covers", sha256, source: png, storageDir });
    return { ok: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`The cover of ${sha256} could not be rendered: ${reason}`);
    return { ok: false, reason: reason.slice(0, 300) };
  }
}

/** An editor's uploaded cover, as opposed to the PDF's first page, which a new PDF replaces. */
export function hasCustomCover({ pdfSha256, coverSha256 }: { pdfSha256: string | null; coverSha256: string | null }): boolean {
  return coverSha256 !== null && coverSha256 !== pdfSha256;
}

/**
 * Renders the cover of a stored PDF and points the publications that use the file, and have no
 * cover, at it; when it cannot be made, records why on them for the back office. Answers the
 * ids of the publications whose cover appeared, whose pages must be expired.
 */
export async function attachPdfCover({ sha256, storageDir }: { sha256: string; storageDir?: string }): Promise<{ result: CoverResult; changed: string[] }> {
  const result = await renderCover({ sha256, storageDir });
  const waiting = { pdfSha256: sha256, coverSha256: null };
  const changed = result.ok ? (await db.publication.findMany({ where: waiting, select: { id: true } })).map((p) => p.id) : [];
  await db.publication.updateMany({ where: waiting, data: result.ok ? { coverSha256: sha256, coverError: null } : { coverError: result.reason } });
  return { result, changed };
}
