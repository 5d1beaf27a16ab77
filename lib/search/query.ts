// Pure: the reader's query, parsed once into terms that are then written for each engine.
// Only letters and digits reach either engine, so no input can be read as engine syntax.
import { MAX_QUERY_LENGTH } from "@/lib/validations/search";
const MAX_TERMS = 12;

export type SearchTerm = { kind: "word"; text: string; prefix: boolean } | { kind: "phrase"; words: string[] };
export type ParsedQuery = { ok: true; terms: SearchTerm[] } | { ok: false; reason: "empty" | "too-long" };

// Normalised (NFKC) before the filter, not after: compatibility forms such as "⑴" or "ﬁ" become
// "(1)" and "fi" here. Modifier letters (ʼ, ː, ˆ…) are left out: they carry no meaning in a
// search, and PostgreSQL's unaccent turns them into quotes and colons, which are query syntax.
const wordsOf = (text: string) => text.normalize("NFKC").match(/(?:(?!\p{Lm})[\p{L}\p{N}])+/gu) ?? [];

/**
 * `"exact phrase" other wor` → a phrase, a word, and a prefix on the last word (for suggestions
 * as the reader types). An unbalanced quote counts as a plain quote character.
 */
export function parseSearchQuery(input: string): ParsedQuery {
  if (input.length > MAX_QUERY_LENGTH) return { ok: false, reason: "too-long" };
  const terms: SearchTerm[] = [];
  const re = /"([^"]*)"/g;
  let rest = "";
  let last = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    rest += input.slice(last, m.index) + " ";
    const words = wordsOf(m[1]);
    if (words.length > 1) terms.push({ kind: "phrase", words });
    else if (words.length === 1) terms.push({ kind: "word", text: words[0], prefix: false });
    last = re.lastIndex;
  }
  const tail = input.slice(last);
  rest += tail;
  const words = wordsOf(rest);
  // Prefix matching on the last word only while it is still being typed (no space after it).
  const typing = /[\p{L}\p{N}]$/u.test(tail);
  words.forEach((w, i) => terms.push({ kind: "word", text: w, prefix: typing && i === words.length - 1 }));
  if (!terms.length) return { ok: false, reason: "empty" };
  return { ok: true, terms: terms.slice(0, MAX_TERMS) };
}

/** An FTS5 MATCH expression: every term quoted, so FTS5 operators in the input are plain words. */
export function toFts5(terms: SearchTerm[], column?: string, join: "AND" | "OR" = "AND"): string {
  const expr = terms
    .map((t) => (t.kind === "phrase" ? `"${t.words.join(" ")}"` : `"${t.text}"${t.prefix ? "*" : ""}`))
    .join(join === "AND" ? " " : " OR ");
  return column ? `{${column}} : (${expr})` : expr;
}

/**
 * How PostgreSQL reads toTsQuery()'s output ($1), accents folded as the index folds them: word for
 * word, and stemmed as English and as French, since the index holds each publication's words both
 * ways and a query's language is not known. A publication matches if every term matches one way.
 */
export const PG_TSQUERY_SQL = "(to_tsquery('simple', unaccent($1)) || to_tsquery('english', unaccent($1)) || to_tsquery('french', unaccent($1)))";

/** A to_tsquery() expression: words joined by &, phrases by <->, the typed last word with :*. */
export function toTsQuery(terms: SearchTerm[], join: "&" | "|" = "&"): string {
  return terms
    .map((t) => (t.kind === "phrase" ? `(${t.words.join(" <-> ")})` : `${t.text}${t.prefix ? ":*" : ""}`))
    .join(` ${join} `);
}
