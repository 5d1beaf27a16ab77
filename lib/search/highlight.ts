// Pure: a snippet of plain text around the first match, split into plain and matched segments.
// The page renders segments as text nodes inside <mark>, so nothing from the data becomes markup.
import type { SearchTerm } from "@/lib/search/query";

export type Segment = { text: string; hit: boolean };

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Words of the text with their offsets, for matching accent-insensitively. */
function wordsOf(text: string) {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, folded: fold(m[0]) }));
}

export function highlight(text: string, terms: SearchTerm[], { radius = 120 }: { radius?: number } = {}): Segment[] {
  const wanted = terms.flatMap((t) => (t.kind === "word" ? [{ w: fold(t.text), prefix: t.prefix }] : t.words.map((w) => ({ w: fold(w), prefix: false }))));
  const words = wordsOf(text);
  const hits = words.filter((x) => wanted.some(({ w, prefix }) => (prefix ? x.folded.startsWith(w) : x.folded === w)));
  const first = hits[0]?.start ?? 0;
  let from = Math.max(0, first - radius / 2);
  let to = Math.min(text.length, from + radius * 2);
  // Whole words at both ends.
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to;
  const segments: Segment[] = [];
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    if (h.start > at) segments.push({ text: text.slice(at, h.start), hit: false });
    segments.push({ text: text.slice(h.start, h.end), hit: true });
    at = h.end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), hit: false });
  if (from > 0) segments.unshift({ text: "…", hit: false });
  if (to < text.length) segments.push({ text: "…", hit: false });
  return segments;
}
