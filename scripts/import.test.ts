// The import command, driven as a user runs it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrator";
import { makeTempDir, writePdf } from "@/test/fixtures";

let dir: string;
let dbFile: string;

function runImport(file: string) {
  const r = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/import.ts", file], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, STORAGE_DIR: path.join(dir, "storage") },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function count(table: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = makeTempDir();
  dbFile = path.join(dir, "cli.db");
  await applyMigrations({ url: `file:${dbFile}` });
  await writePdf(path.join(dir, "files/paper.pdf"), 5);
  fs.writeFileSync(path.join(dir, "files/fake.pdf"), "GIF89a");
});

const good = {
  centers: [{ slug: "asia", name: "Asia", description: "Asian studies", programs: [] }],
  authors: [{ slug: "jane-roe", name: "Jane Roe", role: "Fellow", bio: "Bio.", center: "asia" }],
  publications: [
    { slug: "a-paper", type: "report", title: "A paper", summary: "Summary.", publishedAt: "2020-01-02", language: "en", authors: ["jane-roe"], center: "asia", pdf: "files/paper.pdf" },
  ],
};

describe("npm run import", () => {
  it("lists every error with its JSON path, exits non-zero and writes nothing", () => {
    const bad = structuredClone(good) as any;
    bad.publications.push({ ...bad.publications[0], authors: ["nobody"], pdf: "files/fake.pdf" });
    fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify(bad));
    const r = runImport(path.join(dir, "bad.json"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("3 errors; nothing was imported");
    expect(r.stderr).toContain('publications[1].slug: duplicate publication slug "a-paper"');
    expect(r.stderr).toContain('publications[1].authors[0]: unknown author "nobody"');
    expect(r.stderr).toContain("publications[1].pdf: files/fake.pdf is not a PDF");
    expect(count("Publication")).toBe(0);
    expect(count("Center")).toBe(0);
  });

  it("imports a valid file, and a second run changes nothing", () => {
    fs.writeFileSync(path.join(dir, "good.json"), JSON.stringify(good));
    const first = runImport(path.join(dir, "good.json"));
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Imported 1 publications, 1 authors, 1 centres, 0 programmes and 1 PDFs/);
    expect(runImport(path.join(dir, "good.json")).code).toBe(0);
    expect(count("Publication")).toBe(1);
    expect(count("PublicationAuthor")).toBe(1);
    expect(fs.readdirSync(path.join(dir, "storage/pdfs"))).toHaveLength(1);
  });

  it("explains a missing file", () => {
    const r = runImport(path.join(dir, "nope.json"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cannot read .*nope\.json: ENOENT/);
  });
});
