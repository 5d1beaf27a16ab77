import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffMigrations, readMigrationStatus } from "@/lib/db/migrator";
import { makeTempDir } from "@/test/fixtures";

const PG_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function postgresReachable() {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

describe("migrations agree with the schema", () => {
  it("on SQLite", async () => {
    const url = `file:${path.join(makeTempDir(), "drift.db")}`;
    expect(await diffMigrations({ url })).toBe("");
  });

  it("on PostgreSQL", async () => {
    if (!(await postgresReachable())) {
      // CI always has PostgreSQL; only a developer machine without it may skip.
      if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${PG_URL}`);
      console.warn(`Skipping the PostgreSQL drift check: nothing answers at ${PG_URL}`);
      return;
    }
    expect(await diffMigrations({ url: PG_URL })).toBe("");
  });

  it("detects a schema change that has no migration", async () => {
    // A copy of the project whose models gained a column the migrations do not have.
    const root = makeTempDir();
    fs.cpSync(path.resolve("prisma"), path.join(root, "prisma"), { recursive: true, verbatimSymlinks: true });
    const models = path.join(root, "prisma/models/catalog.prisma");
    fs.writeFileSync(models, fs.readFileSync(models, "utf8").replace("model Topic {", "model Topic {\n  colour String?"));
    const sql = await diffMigrations({ url: `file:${path.join(root, "x.db")}`, root });
    expect(sql).toMatch(/ALTER TABLE "Topic" ADD COLUMN "colour" TEXT/);
  });
});

describe("applyMigrations", () => {
  it("applies once, then finds nothing pending", async () => {
    const url = `file:${path.join(makeTempDir(), "apply.db")}`;
    const first = await applyMigrations({ url });
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations({ url })).toEqual([]);
    const status = (await readMigrationStatus({ url })) as { history: unknown };
    expect(status.history).toBeNull();
    // Shared by several processes: the write-ahead log, not a journal file per commit.
    const db = new Database(url.slice("file:".length));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });
});
