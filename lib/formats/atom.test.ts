import { describe, expect, it } from "vitest";
import { formatNamed } from "@/lib/formats/registry";
import type { AtomFeed } from "@/lib/formats/read-models";

const toAtom = (feed: AtomFeed) => formatNamed({ model: "feed", name: "atom" }).write([feed]);

describe("toAtom", () => {
  const xml = toAtom({
    id: "https://x.test/feeds/analyses.xml",
    title: "All <analyses> & more",
    selfUrl: "https://x.test/feeds/analyses.xml",
    alternateUrl: "https://x.test/analyses",
    updated: new Date("2026-01-02T00:00:00Z"),
    authorName: "Institute",
    entries: [
      {
        id: "https://x.test/analyses/a",
        title: "Japan & Russia \u0007",
        url: "https://x.test/analyses/a",
        published: new Date("2017-02-15T00:00:00Z"),
        updated: new Date("2017-02-16T00:00:00Z"),
        summary: "Summary with <b>tags</b>",
        authors: [{ name: "Léa Fontaine", uri: "https://x.test/authors/lea" }],
        categories: ["Energy"],
      },
    ],
  });

  it("has RFC 4287's required feed and entry elements", () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    for (const el of ["<id>", "<title>", "<updated>", "<author><name>", '<link rel="self"']) expect(xml).toContain(el);
    const entry = xml.slice(xml.indexOf("<entry>"));
    for (const el of ["<id>", "<title>", "<updated>", '<link rel="alternate"', "<summary"]) expect(entry).toContain(el);
  });

  it("escapes text and drops characters XML forbids", () => {
    expect(xml).toContain("<title>All &lt;analyses&gt; &amp; more</title>");
    expect(xml).toContain("<title>Japan &amp; Russia </title>");
  });
});
