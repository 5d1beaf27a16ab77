import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { PG_TSQUERY_SQL, toFts5, toTsQuery, type SearchTerm } from "@/lib/search/query";

export type Match = { id: string; rank: number };

/**
 * Ids of publications (any status: callers filter) matching the terms in the database's own
 * full-text index, best first. `titleOnly` searches titles alone (for suggestions).
 * Weights: title over people over topics, regions, series and centre over summary. `anyOf`
 * matches any term rather than all (for resemblance rather than search).
 */
export async function matchPublications({ terms, titleOnly = false, anyOf = false, limit, among }: { terms: SearchTerm[]; titleOnly?: boolean; anyOf?: boolean; limit: number; among?: string[] }): Promise<Match[]> {
  // `among` keeps to these publications (an alert run's new releases), however many older ones match better.
  if (among && !among.length) return [];
  if (env.provider === "sqlite") {
    const within = among ? ` AND "publicationId" IN (${among.map(() => "?").join(",")})` : "";
    // bm25 is lower for better matches; columns: id, title, summary, people, terms, series, center.
    const rows = await db.$queryRawUnsafe<Array<{ id: string; rank: number }>>(
      `SELECT "publicationId" AS id, bm25("PublicationSearch", 0, 10, 1, 4, 2, 2, 2) AS rank FROM "PublicationSearch"
       WHERE "PublicationSearch" MATCH ?${within} ORDER BY rank LIMIT ?`,
      toFts5(terms, titleOnly ? "title" : undefined, anyOf ? "OR" : "AND"),
      ...(among ?? []),
      limit,
    );
    return rows.map((r) => ({ id: r.id, rank: -Number(r.rank) }));
  }
  const column = titleOnly ? `"titleDocument"` : `"document"`;
  const rows = await db.$queryRawUnsafe<Array<{ id: string; rank: number }>>(
    `SELECT "publicationId" AS id, ts_rank(${column}, q) AS rank FROM "PublicationSearch", (SELECT ${PG_TSQUERY_SQL} AS q) AS query
     WHERE ${column} @@ q${among ? ` AND "publicationId" = ANY($3)` : ""} ORDER BY rank DESC LIMIT $2`,
    toTsQuery(terms, anyOf ? "|" : "&"),
    limit,
    ...(among ? [among] : []),
  );
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
}
