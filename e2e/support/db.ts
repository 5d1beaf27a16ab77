// Direct database access for arranging and checking state the public surface cannot reach
// (an expired token, rows left after deleting an account). Same SQL on SQLite and PostgreSQL.
import Database from "better-sqlite3";
import pg from "pg";
import { expect } from "@playwright/test";

const url = process.env.DATABASE_URL!;

export async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length));
    try {
      // $1, $2… become named parameters, so one value can appear twice as in PostgreSQL.
      const stmt = db.prepare(sql.replace(/\$(\d+)/g, "@p$1"));
      const named = Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v]));
      return (stmt.reader ? stmt.all(named) : (stmt.run(named), [])) as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function countRows(table: string, where: string, params: unknown[]): Promise<number> {
  const rows = await query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`, params);
  return Number(rows[0].n);
}

/**
 * Mails queued for an address. Every mail goes through the outbox, written before the request
 * that sends it answers: after the answer, this is a fact, where the mailbox would only be late.
 */
export function countQueuedMail(email: string): Promise<number> {
  return countRows("MailJob", `"to" = $1`, [email]);
}

/**
 * Waits until a run of the alert digests that started after this call has finished. Runs take the
 * job's lease one at a time, each under a new holder: once it has changed hands twice, the run
 * that took it first has let it go.
 */
export async function waitForDigestRun() {
  const holder = async () => (await query<{ holder: string }>(`SELECT "holder" FROM "JobLease" WHERE "name" = 'alert-digests'`))[0]?.holder ?? null;
  for (let changes = 0; changes < 2; changes++) {
    const seen = await holder();
    await expect.poll(holder, { timeout: 15_000, message: "a digest run started" }).not.toBe(seen);
  }
}
