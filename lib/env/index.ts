// The one place environment variables are read and validated. Deliberately not "server-only":
// prisma.config.ts and the command-line scripts need the same rules as the app.
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default("file:./data/folio.db")
    .refine((u) => u.startsWith("file:") || /^postgres(ql)?:\/\//.test(u), {
      message: "must be a file: URL (SQLite) or a postgresql:// URL",
    }),
  // PostgreSQL: how long to wait for a connection, and for a query's answer, before the request
  // gets the 503 page. A frozen database would otherwise hang every request.
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(120).default(5),
  DATABASE_QUERY_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(600).default(15),
  STORAGE_DIR: z.string().trim().min(1).default("./storage"),
  // s3://bucket or s3://bucket/prefix: PDFs, covers and photos in an S3-compatible bucket that every
  // server shares (lib/storage/blob-store.ts). Unset: STORAGE_DIR on local disk.
  STORAGE_URL: z
    .string()
    .trim()
    .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[A-Za-z0-9._\/-]*)?$/, "must be s3://bucket or s3://bucket/prefix")
    .optional(),
  // A server other than AWS S3 (MinIO, Garage, Ceph, a host's object storage): its URL.
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  // Unset: the AWS SDK's own chain (AWS_ACCESS_KEY_ID…, an instance role).
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Bucket in the path (http://host/bucket/key) rather than the host name; the default with S3_ENDPOINT.
  S3_FORCE_PATH_STYLE: z
    .enum(["0", "1"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "1")),
  // With STORAGE_URL: "stream" sends the PDF through Folio; "redirect" answers a signed-in reader
  // with a presigned bucket URL valid for 60 s, so the bytes go straight from the bucket.
  PDF_DELIVERY: z.enum(["stream", "redirect"]).default("stream"),
  // The public origin. Every absolute URL Folio writes (emails, canonical links, feeds, exports)
  // and the same-origin check of every post come from it, never from the request's headers.
  // Unset: http://localhost:$PORT, so a server on another port writes links that work.
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .transform((u) => new URL(u).origin)
    .optional(),
  SITE_NAME: z.string().trim().min(1).default("Halden Institute for International Affairs"),
  // The logo beside the name in the header: a path under public/ (/logo.svg) or an https URL.
  SITE_LOGO: z
    .string()
    .trim()
    .regex(/^(\/[^/\\]|https:\/\/)/, "must be a path under public/ (/logo.svg) or an https:// URL")
    .default("/icon.svg"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // "1" when a reverse proxy the operator runs is in front (the nginx front sets it): only then
  // are X-Forwarded-For, -Host and -Proto believed. Unset, the socket's address is the client's.
  TRUST_PROXY: z.enum(["0", "1"]).default("0").transform((v) => v === "1"),
  // Signs session cookies. `npm start` creates and keeps one in data/auth-secret when unset;
  // a production server started any other way refuses to run without it (see below).
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  // smtp://user:pass@host:587 or smtps://…; unset means emails are written to the server log.
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().trim().min(3).default("Folio <no-reply@localhost>"),
  // The institute's address for machines that ask for one: OAI-PMH Identify's adminEmail and
  // the Crossref deposit's depositor. Unset: the address in MAIL_FROM.
  CONTACT_EMAIL: z.email().optional(),
  // Records per OAI-PMH ListRecords or ListIdentifiers response (lib/oai).
  OAI_PAGE_SIZE: z.coerce.number().int().min(10).max(500).default(100),
  // How long the raw download log (COUNTER statistics, lib/stats) is kept. COUNTER asks that
  // reports cover the current year and the two before it, hence about 37 months.
  DOWNLOAD_LOG_RETENTION_DAYS: z.coerce.number().int().min(31).max(36_500).default(1_130),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  AUTH_RATE_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(5),
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  // Behind nginx: a URL prefix of an `internal` location serving STORAGE_DIR. Signed-in downloads
  // are then authorised here and sent by nginx (X-Accel-Redirect), at its own speed. Unset: streamed.
  PDF_ACCEL_REDIRECT: z.string().trim().regex(/^\/[A-Za-z0-9_\/-]*\/$/, "a path starting and ending with /, e.g. /_pdf/").optional(),
  // Largest PDF an editor may upload.
  // The rate limits count an IPv6 client by its network of this size (a subscriber's /64).
  RATE_LIMIT_IPV6_PREFIX: z.coerce.number().int().min(16).max(128).default(64),
  PDF_UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(2048).default(100),
  // Budget of one PDF render (a cover) in its own process: past either, the process is killed and
  // the publication stays without a cover (lib/covers/render-cover.ts).
  PDF_RENDER_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(20),
  PDF_RENDER_MAX_MB: z.coerce.number().int().min(128).max(16384).default(512),
  // How long a cache in front of Folio (the nginx front, a CDN) may keep a public page, and then
  // serve it while it asks for a fresh one (lib/http/front-cache.ts): it cannot be told of edits, so
  // twice this is how stale it may get. Folio's own cache is expired by each edit.
  FRONT_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(5),
  // redis://[user:pass@]host:6379[/db] or rediss://…: the page cache every server process shares
  // (lib/cache/redis-cache-handler.js). Unset: each process caches pages on its own disk.
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  // Most disk each server process's page cache may take; least recently used pages go first
  // (lib/cache/disk-cache-handler.js). With REDIS_URL: most memory each process keeps of the
  // shared cache, 256 MB at most (Redis's own bound is its maxmemory).
  CACHE_MAX_MB: z.coerce.number().int().min(16).max(1_048_576).default(1024),
  // How often each server process publishes scheduled publications that are due; 0 turns it off.
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(15),
});

function readEnv() {
  // Empty strings count as unset, as they do for most tools.
  const raw = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, process.env[k] === "" ? undefined : process.env[k]]),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  // `next build` also runs with NODE_ENV=production but serves nobody; only a server needs the secret.
  if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build" && !e.AUTH_SECRET) {
    throw new Error("Invalid environment:\n  AUTH_SECRET: required in production (generate one with `openssl rand -base64 32`)");
  }
  if (e.STORAGE_URL && e.PDF_ACCEL_REDIRECT) {
    throw new Error("Invalid environment:\n  PDF_ACCEL_REDIRECT: nginx sends files from STORAGE_DIR; with STORAGE_URL use PDF_DELIVERY=redirect instead");
  }
  if (!e.STORAGE_URL && e.PDF_DELIVERY === "redirect") {
    throw new Error("Invalid environment:\n  PDF_DELIVERY: redirect needs STORAGE_URL (a bucket to sign URLs for)");
  }
  const provider = e.DATABASE_URL.startsWith("file:") ? ("sqlite" as const) : ("postgresql" as const);
  return {
    ...e,
    SITE_URL: e.SITE_URL ?? `http://localhost:${e.PORT}`,
    CONTACT_EMAIL: e.CONTACT_EMAIL ?? /<([^>]+)>/.exec(e.MAIL_FROM)?.[1] ?? e.MAIL_FROM,
    provider,
    // SQLite paths are relative to the project root, whatever the working directory of a worker.
    sqliteFile: provider === "sqlite" ? path.resolve(e.DATABASE_URL.slice("file:".length)) : null,
    storageDir: path.resolve(e.STORAGE_DIR),
  };
}

export const env = readEnv();
export type Env = typeof env;
export type DatabaseProvider = Env["provider"];
