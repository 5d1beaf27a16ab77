import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  if (env.sqliteFile) {
    fs.mkdirSync(path.dirname(env.sqliteFile), { recursive: true });
    return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${env.sqliteFile}` }) });
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }) });
}

// One client per process; dev reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { folioDb?: PrismaClient };
export const db = globalForDb.folioDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.folioDb = db;

export type { PrismaClient };
