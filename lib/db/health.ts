// Pure process state, not server-only: lib/db.ts records each query's outcome here, and
// scripts/serve.ts reads it to answer 503 instead of 500 while the database cannot be reached.
// Kept on globalThis because Next bundles lib/ apart from the server script.
const KEY = Symbol.for("folio.database.unavailableSince");
const state = globalThis as unknown as { [KEY]?: number };

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

export function recordDatabaseOutcome(error?: unknown) {
  if (error === undefined) {
    if (state[KEY]) delete state[KEY];
  } else if (isConnectionError(error)) {
    state[KEY] = Date.now();
  }
}

export function isDatabaseUnavailable(now = Date.now()): boolean {
  const since = state[KEY];
  return since !== undefined && now - since < MEMORY_MS;
}
