// The XML-writing helpers every machine format uses (OAI-PMH, Crossref, Atom, sitemaps). Text is
// escaped, and the characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates,
// U+FFFE/FFFF) are dropped: one such character in a title would otherwise make a whole harvest
// page, feed or sitemap unreadable.

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

/** `<name attrs>text</name>`; nothing when the value is empty. */
export function element(name: string, value: string | null | undefined, attrs: Record<string, string> = {}): string {
  if (value === null || value === undefined || value === "") return "";
  return `<${name}${attributes(attrs)}>${xmlText(value)}</${name}>`;
}

export function attributes(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(v)}"`)
    .join("");
}
