// Pure Atom 1.0 (RFC 4287) writer.
export type AtomEntry = {
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  summary: string;
  authors: Array<{ name: string; uri?: string }>;
  categories?: string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  selfUrl: string;
  alternateUrl: string;
  updated: Date;
  authorName: string;
  entries: AtomEntry[];
};

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped; the five specials are escaped.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function toAtom(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries
    .map((x) => {
      const authors = x.authors.map((a) => `    <author><name>${e(a.name)}</name>${a.uri ? `<uri>${e(a.uri)}</uri>` : ""}</author>`).join("\n");
      const categories = (x.categories ?? []).map((c) => `    <category term="${e(c)}"/>`).join("\n");
      return [
        "  <entry>",
        `    <id>${e(x.id)}</id>`,
        `    <title>${e(x.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${e(x.url)}"/>`,
        `    <published>${x.published.toISOString()}</published>`,
        `    <updated>${x.updated.toISOString()}</updated>`,
        authors,
        categories,
        `    <summary type="text">${e(x.summary)}</summary>`,
        "  </entry>",
      ]
        .filter(Boolean)
        .join("\n");
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <updated>${feed.updated.toISOString()}</updated>
  <author><name>${e(feed.authorName)}</name></author>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternateUrl)}"/>
${entries}
</feed>
`;
}
