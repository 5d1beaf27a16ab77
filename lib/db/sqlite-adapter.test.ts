import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createSqliteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";

describe("SQLite transactions", () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function openFile() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-sqlite-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, "race.db");
    const setup = new Database(file);
    setup.pragma("journal_mode = WAL");
    setup.exec("CREATE TABLE counter (n INTEGER NOT NULL); INSERT INTO counter VALUES (0);");
    setup.close();
    return file;
  }

  // The CI failure behind this: an editor's save (read, then write, in one transaction) failed with
  // "database is locked" because another server process wrote between its read and its write.
  it("a read-then-write transaction survives another process writing in between", async () => {
    const file = openFile();
    const client = new PrismaClient({ adapter: createSqliteAdapter({ file }) });
    cleanups.push(() => client.$disconnect());
    // Another process, which gives up at once rather than wait (better-sqlite3 is synchronous).
    const other = new Database(file, { timeout: 0 });
    cleanups.push(() => other.close());

    let otherWroteInside = true;
    await client.$transaction(async (tx) => {
      const [{ n }] = await tx.$queryRawUnsafe<{ n: bigint }[]>("SELECT n FROM counter");
      try {
        other.prepare("UPDATE counter SET n = 100").run();
      } catch {
        otherWroteInside = false;
      }
      await tx.$executeRawUnsafe(`UPDATE counter SET n = ${Number(n) + 1}`);
    });

    // The transaction held the write lock from its start: the other writer waited its turn.
    expect(otherWroteInside).toBe(false);
    expect(other.prepare("SELECT n FROM counter").pluck().get()).toBe(1);
    other.prepare("UPDATE counter SET n = n + 1").run();
    expect(other.prepare("SELECT n FROM counter").pluck().get()).toBe(2);
  });
});
