import "server-only";
import { db } from "@/lib/db";
import { matchPublications } from "@/lib/search/engine";
import { parseSearchQuery } from "@/lib/search/query";

export type Suggestions = { titles: Array<{ slug: string; title: string }>; authors: Array<{ slug: string; name: string }> };

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Suggestions as the reader types: a few titles from the full-text index, and researchers whose
 * name has a word starting with each typed word (accents ignored).
 */
export async function suggestPublications({ q, titles = 5, authors = 3 }: { q: string; titles?: number; authors?: number }): Promise<Suggestions | { error: "empty" | "too-long" }> {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) return { error: parsed.reason };
  const words = parsed.terms.flatMap((t) => (t.kind === "word" ? [t.text] : t.words)).map(fold);
  const [matches, people] = await Promise.all([
    // Drafts are filtered after ranking, so ask for a few more than shown.
    matchPublications({ terms: parsed.terms, titleOnly: true, limit: titles * 4 }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  const published = await db.publication.findMany({ where: { id: { in: matches.map((m) => m.id) }, status: "PUBLISHED" }, select: { id: true, slug: true, title: true } });
  const titleRows = matches.map((m) => published.find((p) => p.id === m.id)).filter((p) => !!p).slice(0, titles);
  const matching = people.filter((a) => {
    const nameWords = fold(a.name).split(/\s+/);
    return words.every((w) => nameWords.some((n) => n.startsWith(w)));
  });
  return { titles: titleRows.map((r) => ({ slug: r.slug, title: r.title })), authors: matching.slice(0, authors) };
}
