import "server-only";
// Migrations through Prisma's WebAssembly schema engine, driven over the JS driver adapters:
// the Prisma 7 CLI wants a native engine that cannot be downloaded here. Each workaround below
// is for a specific defect of the 7.10 adapters, named where it is applied.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { MigrationList, SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

export type Provider = "sqlite" | "postgresql";

export type MigratorOptions = {
  /** `file:` URL for SQLite, `postgresql://` URL otherwise. */
  url: string;
  /** Project root; the schema and migrations folders are found under it. */
  root?: string;
};

export function providerOf(url: string): Provider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

export function prismaFolder(provider: Provider, root = process.cwd()) {
  const dir = path.join(root, "prisma", provider === "sqlite" ? "sqlite" : "postgres");
  return { schemaDir: dir, migrationsDir: path.join(dir, "migrations") };
}

// Tables the migrations create by hand and the models do not describe: the full-text index
// (and, on SQLite, FTS5's own shadow tables). The diff must not ask to drop them.
// PostgreSQL wants schema-qualified names.
function filtersFor(provider: Provider) {
  const externalTables =
    provider === "sqlite" ? ["PublicationSearch", "PublicationSearchKey", "PublicationSearchVocab", ...["data", "idx", "content", "docsize", "config"].map((s) => `PublicationSearch_${s}`)] : ["public.PublicationSearch"];
  return { externalTables, externalEnums: [] as string[] };
}

let engineClass: Promise<typeof SchemaEngineType> | undefined;

// Once per process: the JS glue is a singleton module, and binding a second wasm instance
// to it breaks the engines created from the first.
function loadSchemaEngine(): Promise<typeof SchemaEngineType> {
  engineClass ??= instantiateSchemaEngine();
  return engineClass;
}

async function instantiateSchemaEngine(): Promise<typeof SchemaEngineType> {
  // The same loading convention the Prisma CLI uses: instantiate the wasm against its JS glue.
  const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(glueUrl);
  const wasm = await fs.readFile(new URL("schema_engine_bg.wasm", glueUrl));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return glue.SchemaEngine;
}

function pgConfig(url: string): pg.PoolConfig {
  // Discrete fields: node-postgres lets `connectionString` override `database`, which the shadow database needs.
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || undefined,
  };
}

// adapter-pg 7.10 cannot decode PostgreSQL's internal "char" type (OID 18), which the engine's
// catalogue queries return; report those columns as text (OID 25).
function charSafePool(cfg: pg.PoolConfig) {
  const pool = new pg.Pool(cfg);
  const fix = <T>(res: T): T => {
    for (const r of [res].flat() as Array<{ fields?: Array<{ dataTypeID: number }> } | undefined>) {
      r?.fields?.forEach((f) => {
        if (f.dataTypeID === 18) f.dataTypeID = 25;
      });
    }
    return res;
  };
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const last = args.at(-1);
      if (typeof last === "function") {
        args.pop();
        return query(...args, (err: unknown, res: unknown) => (last as (e: unknown, r: unknown) => void)(err, err ? res : fix(res)));
      }
      const ret = query(...args) as Promise<unknown> | undefined;
      return ret && typeof ret.then === "function" ? ret.then(fix) : ret;
    };
  });
  return pool;
}

// adapter-pg 7.10's executeScript splits a migration on every ";", even inside comments and
// function bodies ($$ … $$). PostgreSQL's simple query protocol runs a whole script in one call.
function wholeScripts<A extends { executeScript(script: string): Promise<void> }>(adapter: A): A {
  const client = (adapter as unknown as { client: pg.Pool | pg.PoolClient }).client;
  adapter.executeScript = async (script: string) => {
    await client.query(script);
  };
  return adapter;
}

function adapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(url) === "sqlite") {
    const factory = new PrismaBetterSqlite3({ url });
    // The engine replays each migration.sql on the (in-memory) shadow database through executeRaw;
    // better-sqlite3's prepare() rejects multi-statement SQL, so argument-less calls go to executeScript.
    const connectShadow = factory.connectToShadowDb.bind(factory);
    factory.connectToShadowDb = async () => {
      const adapter = await connectShadow();
      const executeRaw = adapter.executeRaw.bind(adapter);
      adapter.executeRaw = async (q) => (q.args.length ? executeRaw(q) : (await adapter.executeScript(q.sql), 0));
      return adapter;
    };
    return factory;
  }
  const cfg = pgConfig(url);
  const factory = new PrismaPg(charSafePool(cfg), { disposeExternalPool: true });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => wholeScripts(await connect());
  // adapter-pg 7.10 ignores `database` for its shadow database and drops it before closing its pool;
  // create and drop a uniquely named one here instead.
  factory.connectToShadowDb = async () => {
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    const admin = new pg.Client(cfg);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const adapter = wholeScripts(await new PrismaPg(charSafePool({ ...cfg, database: name }), { disposeExternalPool: true }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    };
    return adapter;
  };
  return factory;
}

async function readSchemaFiles(dir: string): Promise<Array<{ path: string; content: string }>> {
  // A folder of .prisma files; the provider folders link the shared models in.
  const files: Array<{ path: string; content: string }> = [];
  for (const name of (await fs.readdir(dir)).sort()) {
    const full = path.join(dir, name);
    const stat = await fs.stat(full);
    if (stat.isDirectory()) {
      if (name !== "migrations") files.push(...(await readSchemaFiles(full)));
    } else if (name.endsWith(".prisma")) {
      files.push({ path: full, content: await fs.readFile(full, "utf8") });
    }
  }
  return files;
}

async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const lockContent = await fs.readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories: MigrationList["migrationDirectories"] = [];
  for (const e of entries.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const content = await fs.readFile(path.join(migrationsDir, e.name, "migration.sql"), "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (err: Error) => ({ tag: "error" as const, value: err.message }),
    );
    migrationDirectories.push({ path: e.name, migrationFile: { path: "migration.sql", content } });
  }
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}

type EngineContext = {
  schemaFiles: Array<{ path: string; content: string }>;
  migrationsDir: string;
  provider: Provider;
  filters: ReturnType<typeof filtersFor>;
};

async function withEngine<T>(options: MigratorOptions, run: (engine: SchemaEngineType, ctx: EngineContext) => Promise<T>): Promise<T> {
  const provider = providerOf(options.url);
  const { schemaDir, migrationsDir } = prismaFolder(provider, options.root);
  if (provider === "sqlite") await fs.mkdir(path.dirname(path.resolve(options.url.slice("file:".length))), { recursive: true });
  const SchemaEngine = await loadSchemaEngine();
  const schemaFiles = await readSchemaFiles(schemaDir);
  const logs: string[] = [];
  // The engine never disposes the connections it opens; an open SQLite handle would keep the
  // file locked for the next engine, and an idle pg pool would keep the process alive.
  const factory = adapterFactory(options.url);
  const opened: Array<{ dispose(): Promise<void> }> = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  const engine = await SchemaEngine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content]) } as never,
    (line: string) => (process.env.DEBUG_SCHEMA_ENGINE ? console.error(line) : logs.push(line)),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine, { schemaFiles, migrationsDir, provider, filters: filtersFor(provider) });
  } catch (e) {
    const detail = logs.slice(-5).join("\n");
    throw new Error(`${e instanceof Error ? e.message : String(e)}${detail ? `\n${detail}` : ""}`);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
  }
}

/** Applies pending migrations, as `prisma migrate deploy` does; returns the names applied. */
export async function applyMigrations(options: MigratorOptions): Promise<string[]> {
  const applied = await withEngine(options, async (engine, { migrationsDir, filters }) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationsList(migrationsDir),
      filters,
    });
    return appliedMigrationNames;
  });
  if (providerOf(options.url) === "sqlite") enableWriteAheadLog(options.url);
  return applied;
}

/**
 * Several processes share a SQLite file (server processes, scripts, tests). In the default
 * rollback-journal mode every commit creates and deletes a journal file, and under concurrent
 * processes a commit once failed with SQLITE_IOERR_DELETE_NOENT (a 500 on sign-up in CI). The
 * write-ahead log has no such file to delete, and readers no longer wait for writers. The mode is
 * stored in the database file, so setting it where every database is migrated covers them all.
 */
function enableWriteAheadLog(url: string) {
  const file = url.slice("file:".length);
  if (file === ":memory:" || file.startsWith(":memory:")) return;
  const db = new Database(path.resolve(file));
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

/**
 * SQL that would bring the migrations up to the schema; empty when they agree.
 * Replays the migrations on a shadow database, as `prisma migrate diff` does.
 */
export async function diffMigrations(options: MigratorOptions): Promise<string> {
  return withEngine(options, async (engine, { migrationsDir, schemaFiles, filters }) => {
    const list = await readMigrationsList(migrationsDir);
    const { exitCode, stdout } = await engine.diff({
      from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      exitCode: true,
      filters,
    } as never);
    // exitCode 2 means "there is a difference"; 0 means none.
    return exitCode === 2 ? (stdout ?? "") : "";
  });
}

/** Writes a new migration folder from the schema change; returns its path, or null when nothing changed. */
export async function createMigration(options: MigratorOptions & { name: string; now?: Date }): Promise<string | null> {
  const sql = await diffMigrations(options);
  if (!sql.trim()) return null;
  const provider = providerOf(options.url);
  const { migrationsDir } = prismaFolder(provider, options.root);
  const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
  const slug = options.name.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || "migration";
  const dir = path.join(migrationsDir, `${stamp}_${slug}`);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, "migration.sql"), sql);
  const lock = path.join(migrationsDir, "migration_lock.toml");
  await fs.access(lock).catch(() =>
    fs.writeFile(lock, `# Written by scripts/db.ts; keep it in version control.\nprovider = "${provider}"\n`),
  );
  return dir;
}

/** Which migrations are applied, pending, or unknown to the folder. */
export async function readMigrationStatus(options: MigratorOptions) {
  return withEngine(options, async (engine, { migrationsDir, filters }) =>
    engine.diagnoseMigrationHistory({
      migrationsList: await readMigrationsList(migrationsDir),
      optInToShadowDatabase: false,
      filters,
    } as never),
  );
}
