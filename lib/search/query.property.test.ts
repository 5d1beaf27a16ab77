// Random Unicode against the query parser and against both engines' own query parsers: whatever
// a reader types, the search neither throws nor sends the engine something it refuses.
import Database from "better-sqlite3";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery, PG_TSQUERY_SQL, toFts5, toTsQuery } from "@/lib/search/query";

const PG_ADMIN = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DB = `folio_search_prop_${process.pid}_${Date.now()}`;

// Characters that broke, or could break, an engine: enclosed and compatibility forms, FTS
// syntax, quotes, NUL, lone surrogates, combining marks, right-to-left text.
const tricky = fc.constantFrom("⑴", "⑽", "⒇", "a⑴b", "ﬁ", "½", "℃", "ʼ", "Æ", "ß", "ǅ", '"', "'", "*", ":", "(", ")", "&", "|", "!", "<->", "-", "^", "NEAR", "AND", "\u0000", "\ud800", "\u0301", "שלום", "🙂", " ", "e\u0301");
const query = fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.array(fc.oneof(tricky, fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 14 }).map((p) => p.join("")));

let sqlite: Database.Database;
let client: pg.Client;

beforeAll(async () => {
  sqlite = new Database(":memory:");
  sqlite.exec(`CREATE VIRTUAL TABLE t USING fts5(title, summary, tokenize = 'unicode61 remove_diacritics 2'); INSERT INTO t VALUES ('Énergie et sécurité', 'Japan ⑴ Russia');`);
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${DB}"`);
  await admin.end();
  client = new pg.Client({ connectionString: PG_ADMIN.replace(/\/[^/]*$/, `/${DB}`) });
  await client.connect();
  await client.query("CREATE EXTENSION IF NOT EXISTS unaccent");
});

afterAll(async () => {
  sqlite?.close();
  await client?.end();
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  await admin.end();
});

describe("search queries, for any input", () => {
  it("the reported inputs reach PostgreSQL as plain words", async () => {
    for (const input of ["⑴", "a⑴b", "⑽", "⒇"]) {
      const parsed = parseSearchQuery(input);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) await client.query(`SELECT ${PG_TSQUERY_SQL}`, [toTsQuery(parsed.terms)]);
    }
  });

  it("parse, and are accepted by FTS5 and by PostgreSQL's to_tsquery", async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(query, async (input) => {
        const parsed = parseSearchQuery(input);
        if (!parsed.ok) return;
        sent++;
        for (const column of [undefined, "title"]) sqlite.prepare(`SELECT rowid FROM t WHERE t MATCH ?`).all(toFts5(parsed.terms, column));
        await client.query(`SELECT ${PG_TSQUERY_SQL}`, [toTsQuery(parsed.terms)]);
      }),
      { numRuns: 1500 },
    );
    expect(sent).toBeGreaterThan(100);
  });
});
