import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { recordDatabaseOutcome } from "@/lib/db/health";
import { createSqliteAdapter } from "@/lib/db/sqlite-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createBaseClient() {
  if (env.sqliteFile) {
    fs.mkdirSync(path.dirname(env.sqliteFile), { recursive: true });
    return new PrismaClient({ adapter: createSqliteAdapter({ file: env.sqliteFile }) });
  }
  // Bounded waits: a database that accepts connections but never answers (a frozen server, a
  // stuck proxy) fails the query after these, and the server answers 503 instead of hanging.
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: env.DATABASE_URL,
      connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000,
      query_timeout: env.DATABASE_QUERY_TIMEOUT_SECONDS * 1000,
    }),
  });
}

// Every query reports whether the database answered, so that while it cannot be reached the
// server answers 503 with Retry-After (scripts/serve.ts) rather than 500.
function createClient() {
  return createBaseClient().$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          recordDatabaseOutcome();
          return result;
        } catch (error) {
          recordDatabaseOutcome(error);
          throw error;
        }
      },
    },
  });
}

type Client = ReturnType<typeof createClient>;

// One client per process; dev reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { folioDb?: Client };
export const db = globalForDb.folioDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.folioDb = db;

export type { PrismaClient };

/** The client an interactive transaction hands its callback. */
export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
