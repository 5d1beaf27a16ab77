import "server-only";
import { env } from "@/lib/env";

// The few places where the two databases need different spellings of the same thing.

/** A case-insensitive `contains` filter: SQLite's LIKE already is for ASCII; PostgreSQL needs the mode. */
export function containsIgnoringCase(text: string) {
  return { contains: text, ...(env.provider === "postgresql" ? { mode: "insensitive" as const } : {}) };
}

/** The placeholder for the n-th (1-based) bound value of a raw statement. */
export function sqlParam(n: number): string {
  return env.provider === "sqlite" ? "?" : `$${n}`;
}

type JsonArray = { object: string; from: string; orderBy: string };

/**
 * JSON built by the database, so that a page with nested lists is one statement. Both spell an
 * object and an array of objects from a correlated subquery; an empty array is [] in both.
 * (SQLite's json() keeps a subquery's result as JSON rather than text; SQLite ≥ 3.44 orders
 * inside the aggregate, and better-sqlite3 bundles a newer one.)
 */
export const json = {
  object(pairs: Record<string, string>): string {
    const args = Object.entries(pairs).map(([key, value]) => `'${key}', ${value}`).join(", ");
    return env.provider === "sqlite" ? `json_object(${args})` : `json_build_object(${args})`;
  },
  /** `value`, or null when `column` is (a LEFT JOIN that found nothing). */
  orNull(column: string, value: string): string {
    const choice = `CASE WHEN ${column} IS NULL THEN NULL ELSE ${value} END`;
    return env.provider === "sqlite" ? `json(${choice})` : choice;
  },
  array({ object, from, orderBy }: JsonArray): string {
    return env.provider === "sqlite"
      ? `json((SELECT json_group_array(${object} ORDER BY ${orderBy}) ${from}))`
      : `(SELECT coalesce(json_agg(${object} ORDER BY ${orderBy}), '[]'::json) ${from})`;
  },
};

/** A JSON column as the driver returns it: text on SQLite, already parsed on PostgreSQL. */
export function parseJsonColumn<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/** A timestamp from JSON built by the database: SQLite keeps an offset, PostgreSQL's is UTC without one. */
export function jsonDate(value: string): Date {
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`);
}

// Dates are stored as ISO text on SQLite (as Prisma writes them, with +00:00) and as UTC timestamps
// on PostgreSQL. A raw statement compares and buckets them through these.

/** A date as a bound value the column compares with: SQLite compares the stored text. */
export function sqlTimestamp(date: Date): Date | string {
  return env.provider === "sqlite" ? date.toISOString().replace("Z", "+00:00") : date;
}

/** The column's UTC day (YYYY-MM-DD), month (YYYY-MM), or the Monday that starts its week (YYYY-MM-DD). */
export const sqlBucket = {
  day: (column: string) => (env.provider === "sqlite" ? `substr(${column}, 1, 10)` : `to_char(${column}, 'YYYY-MM-DD')`),
  month: (column: string) => (env.provider === "sqlite" ? `substr(${column}, 1, 7)` : `to_char(${column}, 'YYYY-MM')`),
  week: (column: string) =>
    env.provider === "sqlite"
      ? `date(substr(${column}, 1, 10), '-' || ((CAST(strftime('%w', substr(${column}, 1, 10)) AS INTEGER) + 6) % 7) || ' days')`
      : `to_char(date_trunc('week', ${column}), 'YYYY-MM-DD')`,
};

/** A boolean column's true, as the engine spells it in a raw statement. */
export function sqlTrue(): string {
  return env.provider === "sqlite" ? "1" : "true";
}
