// Pure: used by the importer and its tests.
/** Markdown to plain text, roughly: enough for a teaser, not a renderer. */
export function markdownToText(source: string): string {
  return source
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The first one or two sentences of a summary, at most `max` characters, cut at a word. */
export function makeTeaser(summary: string, max = 280): string {
  const text = markdownToText(summary);
  const sentences = text.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [text];
  let teaser = sentences[0].trim();
  if (sentences[1] && teaser.length + sentences[1].length <= max) teaser += " " + sentences[1].trim();
  if (teaser.length <= max) return teaser;
  const cut = teaser.slice(0, max - 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:]+$/, "") + "…";
}
