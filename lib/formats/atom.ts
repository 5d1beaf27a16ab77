import { defineFormat } from "@/lib/formats/define-format";
import type { AtomFeed } from "@/lib/formats/read-models";
import { xmlAttr } from "@/lib/xml";

// Atom 1.0 (RFC 4287).
function toAtom(feed: AtomFeed): string {
  const e = xmlAttr;
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

export default defineFormat({
  name: "atom",
  label: "Atom",
  model: "feed",
  contentType: "application/atom+xml; charset=utf-8",
  extension: "xml",
  offeredIn: [],
  write: (feeds) => feeds.map(toAtom).join(""),
});
