import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { recordStorageOutcome } from "@/lib/db/health";
import { env } from "@/lib/env";

/**
 * Where PDFs, covers and photos live: a directory on local disk (the default, STORAGE_DIR), or an
 * S3-compatible bucket (STORAGE_URL=s3://bucket/prefix) that several servers share. Keys are
 * made by Folio (`pdfs/<sha256>.pdf`, `covers/<sha256>-320.webp`) and never come from a request.
 */
export interface BlobStore {
  readonly kind: "disk" | "s3";
  /** The stored size in bytes, or null when the key holds nothing. */
  size(key: string): Promise<number | null>;
  /** The size, and the SHA-256 recorded when it was written (a bucket keeps it as metadata). */
  stat(key: string): Promise<{ size: number; sha256?: string } | null>;
  read(key: string): Promise<Buffer | null>;
  /** Whole or not at all: a reader never sees half a file. */
  write(key: string, from: { file: string } | { bytes: Uint8Array }, options?: { sha256?: string }): Promise<void>;
  remove(key: string): Promise<void>;
  /** Bytes start to end, inclusive, as a Node stream; null when the key holds nothing. */
  open(key: string, range: { start: number; end: number }): Promise<Readable | null>;
  /** A URL that downloads the key for `seconds`, as an attachment named `filename`; disk has none. */
  presign?(key: string, options: { filename: string; contentType: string; seconds: number }): Promise<string>;
}

const KEY = /^[a-z]+\/[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

/** A key Folio could have made: one folder, one file name, nothing that climbs out. */
export function isStorageKey(key: string): boolean {
  return KEY.test(key) && !key.includes("..");
}

function checked(key: string): string {
  if (!isStorageKey(key)) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
  return key;
}

export class DiskStore implements BlobStore {
  readonly kind = "disk" as const;
  constructor(readonly root: string) {}

  /** The absolute path of a key, or null if it would leave the storage directory. */
  pathOf(key: string): string | null {
    const root = path.resolve(this.root);
    const full = path.resolve(root, key);
    return isStorageKey(key) && full.startsWith(root + path.sep) ? full : null;
  }

  async size(key: string) {
    return (await this.stat(key))?.size ?? null;
  }

  async stat(key: string) {
    const file = this.pathOf(key);
    const stat = file ? await fsp.stat(file).catch(() => null) : null;
    return stat?.isFile() ? { size: stat.size } : null;
  }

  async read(key: string) {
    const file = this.pathOf(key);
    return file ? fsp.readFile(file).catch(() => null) : null;
  }

  async write(key: string, from: { file: string } | { bytes: Uint8Array }) {
    const target = this.pathOf(checked(key));
    if (!target) throw new Error(`invalid storage key ${key}`);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    // A temporary file, then a rename: readers see the whole file or none.
    const tmp = `${target}.${process.pid}.${crypto.randomUUID()}.tmp`;
    try {
      if ("file" in from) await fsp.copyFile(from.file, tmp);
      else await fsp.writeFile(tmp, from.bytes);
      await fsp.rename(tmp, target);
    } catch (e) {
      await fsp.rm(tmp, { force: true });
      throw e;
    }
  }

  async remove(key: string) {
    const file = this.pathOf(key);
    if (file) await fsp.rm(file, { force: true });
  }

  async open(key: string, { start, end }: { start: number; end: number }) {
    const file = this.pathOf(key);
    if (!file || (await this.size(key)) === null) return null;
    return fs.createReadStream(file, { start, end });
  }
}

export type S3Location = { bucket: string; prefix: string; endpoint?: string; region: string; forcePathStyle: boolean; credentials?: { accessKeyId: string; secretAccessKey: string } };

export class S3Store implements BlobStore {
  readonly kind = "s3" as const;
  private readonly client: S3Client;
  constructor(private readonly location: S3Location) {
    this.client = new S3Client({
      region: location.region,
      endpoint: location.endpoint,
      forcePathStyle: location.forcePathStyle,
      credentials: location.credentials,
      // Checksums only where the API requires them: S3-compatible servers other than AWS reject the
      // SDK's default trailing checksums (aws-sdk-js-v3 #6810).
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      // A bucket that accepts connections but never answers fails the request (a 503) instead of
      // hanging it. The timeout is for the socket going quiet, so a long download is not cut.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    });
  }

  /** Every request to the bucket goes through here, so that an outage is a 503, not a 500 or a 404. */
  private async attempt<T>(request: () => Promise<T>): Promise<T> {
    try {
      const out = await request();
      recordStorageOutcome();
      return out;
    } catch (e) {
      recordStorageOutcome(isMissing(e) ? undefined : e);
      throw e;
    }
  }

  private object(key: string) {
    return { Bucket: this.location.bucket, Key: this.location.prefix ? `${this.location.prefix}/${checked(key)}` : checked(key) };
  }

  async size(key: string) {
    return (await this.stat(key))?.size ?? null;
  }

  async stat(key: string) {
    try {
      const head = await this.attempt(() => this.client.send(new HeadObjectCommand(this.object(key))));
      return head.ContentLength === undefined ? null : { size: head.ContentLength, sha256: head.Metadata?.sha256 };
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async read(key: string) {
    try {
      const got = await this.attempt(() => this.client.send(new GetObjectCommand(this.object(key))));
      return got.Body ? Buffer.from(await got.Body.transformToByteArray()) : null;
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async write(key: string, from: { file: string } | { bytes: Uint8Array }, { sha256 }: { sha256?: string } = {}) {
    // One PUT: S3 stores an object whole or not at all. A file is streamed, with its length.
    const body = "file" in from ? fs.createReadStream(from.file) : from.bytes;
    const length = "file" in from ? (await fsp.stat(from.file)).size : from.bytes.byteLength;
    await this.attempt(() => this.client.send(new PutObjectCommand({ ...this.object(key), Body: body, ContentLength: length, Metadata: sha256 ? { sha256 } : undefined })));
  }

  async remove(key: string) {
    await this.attempt(() => this.client.send(new DeleteObjectCommand(this.object(key))));
  }

  async open(key: string, { start, end }: { start: number; end: number }) {
    try {
      const got = await this.attempt(() => this.client.send(new GetObjectCommand({ ...this.object(key), Range: `bytes=${start}-${end}` })));
      return got.Body instanceof Readable ? got.Body : null;
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async presign(key: string, { filename, contentType, seconds }: { filename: string; contentType: string; seconds: number }) {
    const command = new GetObjectCommand({
      ...this.object(key),
      ResponseContentDisposition: `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      ResponseContentType: contentType,
      ResponseCacheControl: "private, no-store",
    });
    return getSignedUrl(this.client, command, { expiresIn: seconds });
  }
}

function isMissing(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === "NotFound" || err?.name === "NoSuchKey" || err?.$metadata?.httpStatusCode === 404;
}

/** STORAGE_URL and the S3_* settings as a bucket location; null when storage is local disk. */
export function s3LocationFromEnv(e: Pick<typeof env, "STORAGE_URL" | "S3_ENDPOINT" | "S3_REGION" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE"> = env): S3Location | null {
  if (!e.STORAGE_URL) return null;
  const url = new URL(e.STORAGE_URL);
  return {
    bucket: url.hostname,
    prefix: url.pathname.replace(/^\/+|\/+$/g, ""),
    endpoint: e.S3_ENDPOINT,
    region: e.S3_REGION,
    forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
    credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
  };
}

let shared: BlobStore | undefined;

/**
 * The store: a given directory (tests, tools), else the operator's bucket when STORAGE_URL is
 * set, else STORAGE_DIR.
 */
export function blobStore({ storageDir }: { storageDir?: string } = {}): BlobStore {
  if (storageDir) return new DiskStore(storageDir);
  if (!shared) {
    const location = s3LocationFromEnv();
    shared = location ? new S3Store(location) : new DiskStore(env.storageDir);
  }
  return shared;
}
