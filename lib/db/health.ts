// Pure process state, not server-only: lib/db/index.ts records each query's outcome here, and so does
// the bucket store (lib/storage/blob-store.ts) for each request to the bucket; scripts/serve.ts
// reads it to answer 503 instead of 500 while either cannot be reached. Kept on globalThis because
// Next bundles lib/ apart from the server script.
type Service = "database" | "storage";
const KEY = Symbol.for("folio.unavailableSince");
const state = globalThis as unknown as { [KEY]?: Partial<Record<Service, number>> };

// How long one failed connection keeps the server in "unavailable" without a newer failure.
const MEMORY_MS = 60_000;

// Errors that mean "no connection", not "bad query": Prisma's P1xxx codes, the drivers' socket
// errors, and PostgreSQL's connection classes (08, 57P0x) and "not accepting connections".
const CODES = /^(P1001|P1002|P1008|P1011|P1017|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|57P0[1-4]|08\w{3}|SQLITE_BUSY|SQLITE_CANTOPEN|SQLITE_IOERR)$/;
const MESSAGES = /can't reach database|not currently accepting connections|connection terminated|terminating connection|connection refused|server closed the connection|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|database is locked|unable to open database/i;

export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; meta?: { code?: unknown }; errors?: unknown };
  for (const code of [e.code, e.originalCode, e.meta?.code]) if (typeof code === "string" && CODES.test(code)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isConnectionError(x, depth + 1))) return true;
  return isConnectionError(e.cause, depth + 1);
}

function recordOutcome(service: Service, error: unknown, unreachable: (e: unknown) => boolean) {
  const since = (state[KEY] ??= {});
  if (error === undefined) {
    if (since[service]) delete since[service];
  } else if (unreachable(error)) {
    since[service] = Date.now();
  }
}

function isUnavailable(service: Service, now: number): boolean {
  const since = state[KEY]?.[service];
  return since !== undefined && now - since < MEMORY_MS;
}

// What a query can fail with that is about the data asked for, not the database: a unique or
// foreign-key conflict, a missing record, a value too long, a write conflict to retry, or a query
// Prisma refused to send. Every other failure (a refused or frozen connection, a database renamed
// away, a missing table, a driver's error) means the database cannot serve right now: the answer
// is the 503 page, until the next query that succeeds.
const DATA_CODES = /^(P2000|P2002|P2003|P2004|P2011|P2014|P2025|P2034)$/;

export function isDataError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { name?: unknown; code?: unknown };
  return e.name === "PrismaClientValidationError" || (typeof e.code === "string" && DATA_CODES.test(e.code));
}

export const recordDatabaseOutcome = (error?: unknown) => recordOutcome("database", error, (e) => !isDataError(e));
export const isDatabaseUnavailable = (now = Date.now()) => isUnavailable("database", now);

/** A bucket is unavailable when it cannot be reached, or answers with a server error (5xx). */
function isStorageOutage(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  return (typeof status === "number" && status >= 500) || isConnectionError(error);
}
export const recordStorageOutcome = (error?: unknown) => recordOutcome("storage", error, isStorageOutage);
export const isStorageUnavailable = (now = Date.now()) => isUnavailable("storage", now);

/** Whether a 500 now most likely means "a service Folio needs is down": answered as a 503. */
export const isServiceUnavailable = (now = Date.now()) => isDatabaseUnavailable(now) || isStorageUnavailable(now);
