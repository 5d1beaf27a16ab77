import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { SearchTerm } from "@/lib/search/query";

// "Did you mean …" for a search that found nothing: each word the index does not know is
// replaced by the nearest word it does (one edit for short words, two for longer ones), the most
// frequent on a tie. The vocabulary is the index's own: titles, people, topics, regions, series
// and centres, not summaries (too many words, too few worth suggesting).

const VOCABULARY_TTL_MS = 10 * 60 * 1000;
let vocabulary: { words: Map<string, number>; at: number } | null = null;
let loading: Promise<Map<string, number>> | null = null;

/** Lowercase, accents folded: how both engines index a word. */
export function foldWord(word: string): string {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Levenshtein distance, or max + 1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return Math.min(previous[b.length], max + 1);
}

/** The known word nearest to `word`, or null when it is known already or nothing is near. */
export function correctWord(word: string, words: Map<string, number>): string | null {
  const folded = foldWord(word);
  if (folded.length < 3 || /^\d+$/.test(folded) || words.has(folded)) return null;
  const max = folded.length <= 4 ? 1 : 2;
  let best: { word: string; distance: number; docs: number } | null = null;
  for (const [candidate, docs] of words) {
    const distance = editDistance(folded, candidate, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && docs > best.docs)) best = { word: candidate, distance, docs };
  }
  return best?.word ?? null;
}

/** The query with its unknown words corrected, or null when there is nothing to correct. */
export function correctTerms(terms: SearchTerm[], words: Map<string, number>): string | null {
  let changed = false;
  const fix = (w: string) => {
    const c = correctWord(w, words);
    if (c) changed = true;
    return c ?? w;
  };
  const text = terms.map((t) => (t.kind === "phrase" ? `"${t.words.map(fix).join(" ")}"` : fix(t.text))).join(" ");
  return changed ? text : null;
}

async function loadVocabulary(): Promise<Map<string, number>> {
  // Drafts are indexed too: a suggestion is shown only if it finds published work (lib/publications/search.ts).
  const rows =
    env.provider === "sqlite"
      ? await db.$queryRawUnsafe<Array<{ word: string; docs: number | bigint }>>(
          `SELECT term AS word, SUM(doc) AS docs FROM "PublicationSearchVocab" WHERE col IN ('title', 'people', 'terms', 'series', 'center') GROUP BY term`,
        )
      : // Weights A–C: title, people, and topics, regions, series and centre (D is the summary).
        await db.$queryRawUnsafe<Array<{ word: string; docs: number | bigint }>>(`SELECT word, ndoc AS docs FROM ts_stat('SELECT "vocabulary" FROM "PublicationSearch"', 'ABC')`);
  return new Map(rows.filter((r) => /^[\p{L}\p{N}]+$/u.test(r.word)).map((r) => [r.word, Number(r.docs)]));
}

/** The index's words with how many publications hold each, read at most every 10 minutes. */
export async function readVocabulary(): Promise<Map<string, number>> {
  if (vocabulary && Date.now() - vocabulary.at < VOCABULARY_TTL_MS) return vocabulary.words;
  loading ??= loadVocabulary()
    .then((words) => {
      vocabulary = { words, at: Date.now() };
      return words;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** A corrected query for terms the index does not know, or null. */
export async function suggestSpelling({ terms }: { terms: SearchTerm[] }): Promise<string | null> {
  return correctTerms(terms, await readVocabulary());
}
