import "server-only";
import type Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

/**
 * Prisma opens an interactive transaction with a plain, deferred BEGIN: it reads from a snapshot
 * and asks for the write lock at its first write. If another process has written in between (a
 * second server, its scheduler, `npm run job`), SQLite refuses at once with
 * SQLITE_BUSY_SNAPSHOT, without waiting, and an editor's save fails as "database is locked".
 * BEGIN IMMEDIATE takes the write lock first and waits for it up to the busy timeout, so
 * transactions on one file queue instead of failing each other.
 */
class WriteFirstSqlite extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof client.prepare;
    return adapter;
  }
}

/** The driver adapter for a SQLite file; `busyTimeoutMs` bounds the wait for another writer. */
export function createSqliteAdapter({ file, busyTimeoutMs = 5000 }: { file: string; busyTimeoutMs?: number }) {
  return new WriteFirstSqlite({ url: `file:${file}`, timeout: busyTimeoutMs });
}
