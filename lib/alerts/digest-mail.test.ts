import fc from "fast-check";
import mjml2html from "mjml";
import { describe, expect, it } from "vitest";
import { digestMjml, escapeHtml, renderDigestHtml, renderDigestText, type DigestMail } from "@/lib/alerts/digest-mail";

const text = fc.string({ unit: "grapheme", maxLength: 40 });
// A digest always has a subject and an introduction, made from the catalogue's texts (MJML trims
// the title and leaves out an empty preview).
const someText = text.map((s) => s.trim()).filter((s) => s.length > 0);
const mailArb = fc.record({
  subject: someText,
  site: text,
  intro: someText,
  manageLabel: text,
  manageUrl: fc.webUrl(),
  footer: text,
  lang: fc.constantFrom("en", "fr"),
  groups: fc.array(
    fc.record({
      heading: text,
      moreLabel: text,
      moreUrl: fc.webUrl(),
      stopLabel: text,
      stopUrl: fc.webUrl({ withQueryParameters: true }),
      items: fc.array(fc.record({ title: text, url: fc.webUrl(), teaser: text, byline: text, meta: text, lang: fc.constantFrom("en", "fr") }), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
}) satisfies fc.Arbitrary<DigestMail>;

/** The same mail written out whole in MJML, with every value escaped: what MJML itself makes of it. */
async function mjmlOf(mail: DigestMail): Promise<string> {
  let source = digestMjml(mail.groups.map((g) => ({ items: g.items.length })), mail.lang);
  const fillNext = (name: string, value: string) => {
    source = source.replace(`@@${name}@@`, () => escapeHtml(value));
  };
  const fillAll = (name: string, value: string) => {
    source = source.replaceAll(`@@${name}@@`, () => escapeHtml(value));
  };
  fillAll("site", mail.site);
  fillAll("manageUrl", mail.manageUrl);
  fillAll("manageLabel", mail.manageLabel);
  fillAll("footer", mail.footer);
  fillAll("subject", mail.subject);
  fillAll("intro", mail.intro);
  // The rest in document order: each group's heading, its items, and its stop link.
  for (const g of mail.groups) {
    fillNext("heading", g.heading);
    for (const i of g.items) {
      fillNext("url", i.url);
      fillNext("lang", i.lang ?? mail.lang);
      fillNext("title", i.title);
      fillNext("byline", i.byline);
      fillNext("meta", i.meta);
      fillNext("lang", i.lang ?? mail.lang);
      fillNext("teaser", i.teaser);
    }
    fillNext("moreUrl", g.moreUrl);
    fillNext("moreLabel", g.moreLabel);
    fillNext("stopUrl", g.stopUrl);
    fillNext("stopLabel", g.stopLabel);
  }
  return (await mjml2html(source)).html;
}

describe("the digest mail", () => {
  it("is exactly what MJML renders for the whole mail, whatever the texts", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mailArb, async (mail) => {
        expect(await renderDigestHtml(mail)).toBe(await mjmlOf(mail));
      }),
      { numRuns: 25 },
    );
  });

  it("escapes every value, so a title cannot add markup or break out of a link", async () => {
    const mail: DigestMail = {
      subject: "<b>s</b>", site: "S&P", intro: "i", manageLabel: "m", manageUrl: "https://x.test/a?b=1&c=2", footer: "f", lang: "en",
      groups: [{ heading: "<script>alert(1)</script>", moreLabel: "See all", moreUrl: "https://x.test/all", stopLabel: "stop", stopUrl: 'https://x.test/"onclick="x', items: [{ title: '"><img src=x>', url: "https://x.test/p", teaser: "t", byline: "b", meta: "m", lang: "fr" }] }],
    };
    const html = await renderDigestHtml(mail);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('href="https://x.test/&quot;onclick=&quot;x"');
    expect(html).toContain("https://x.test/a?b=1&amp;c=2");
    expect(html).toContain('<html lang="en"');
    expect(html).not.toMatch(/@@\w+@@/);
  });

  it("has a plain-text part with every publication, its link and each stop link", () => {
    const mail: DigestMail = {
      subject: "s", site: "S", intro: "2 new publications", manageLabel: "Manage", manageUrl: "https://x.test/account/alerts", footer: "f", lang: "en",
      groups: [{ heading: "New by Léa", moreLabel: "See all", moreUrl: "https://x.test/authors/lea", stopLabel: "Stop this alert", stopUrl: "https://x.test/stop", items: [{ title: "A", url: "https://x.test/a", teaser: "ta", byline: "Léa", meta: "Brief" }, { title: "B", url: "https://x.test/b", teaser: "tb", byline: "Léa", meta: "Report" }] }],
    };
    const t = renderDigestText(mail);
    expect(t).toContain("== New by Léa ==");
    expect(t).toContain("A\nLéa · Brief\nta\nhttps://x.test/a");
    expect(t).toContain("See all: https://x.test/authors/lea\nStop this alert: https://x.test/stop");
    expect(t).toContain("Manage: https://x.test/account/alerts");
  });
});
