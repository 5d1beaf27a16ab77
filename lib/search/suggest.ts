import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { parseSearchQuery, toFts5, toTsQuery, type ParsedQuery } from "@/lib/search/query";

export type Suggestions = { titles: Array<{ slug: string; title: string }>; authors: Array<{ slug: string; name: string }> };

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Published titles matching the query in the full-text index (title column only), best first. */
async function matchTitles(terms: Extract<ParsedQuery, { ok: true }>["terms"], limit: number) {
  if (env.provider === "sqlite") {
    return db.$queryRawUnsafe<Array<{ slug: string; title: string }>>(
      `SELECT p."slug", p."title" FROM "PublicationSearch" s JOIN "Publication" p ON p."id" = s."publicationId"
       WHERE "PublicationSearch" MATCH ? AND p."status" = 'PUBLISHED' ORDER BY bm25("PublicationSearch") LIMIT ?`,
      toFts5(terms, "title"),
      limit,
    );
  }
  return db.$queryRawUnsafe<Array<{ slug: string; title: string }>>(
    `SELECT p."slug", p."title" FROM "PublicationSearch" s JOIN "Publication" p ON p."id" = s."publicationId"
     WHERE s."titleDocument" @@ to_tsquery('simple', unaccent($1)) AND p."status" = 'PUBLISHED'
     ORDER BY ts_rank(s."titleDocument", to_tsquery('simple', unaccent($1))) DESC, p."publishedAt" DESC LIMIT $2`,
    toTsQuery(terms),
    limit,
  );
}

/**
 * Suggestions as the reader types: a few titles from the full-text index, and researchers whose
 * name has a word starting with each typed word (accents ignored).
 */
export async function suggestPublications({ q, titles = 5, authors = 3 }: { q: string; titles?: number; authors?: number }): Promise<Suggestions | { error: "empty" | "too-long" }> {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) return { error: parsed.reason };
  const words = parsed.terms.flatMap((t) => (t.kind === "word" ? [t.text] : t.words)).map(fold);
  const [titleRows, people] = await Promise.all([
    matchTitles(parsed.terms, titles),
    db.author.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  const matching = people.filter((a) => {
    const nameWords = fold(a.name).split(/\s+/);
    return words.every((w) => nameWords.some((n) => n.startsWith(w)));
  });
  return { titles: titleRows.map((r) => ({ slug: r.slug, title: r.title })), authors: matching.slice(0, authors) };
}
