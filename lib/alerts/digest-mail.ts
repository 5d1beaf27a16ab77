import "server-only";
import mjml2html from "mjml";

/**
 * The digest mail, HTML and plain text. The HTML comes from one MJML template (the responsive,
 * client-proof tables MJML is for), compiled once per process rather than once per mail: MJML
 * takes about 5 ms a mail, which is 8 minutes for 100,000 readers. The compiled HTML is cut at
 * marker comments into five pieces (the top, a group's heading, one publication, a group's end,
 * the bottom), and each mail is those pieces repeated, with every @@slot@@ filled by an escaped
 * value. A unit test checks that this gives exactly what MJML gives for the whole mail.
 */

export type DigestItem = { title: string; url: string; teaser: string; byline: string; meta: string; lang?: string };
/** `more`: the group's page on the site ("See all", or "See 4 more" when the mail shows only the newest). */
export type DigestGroup = { heading: string; items: DigestItem[]; moreLabel: string; moreUrl: string; stopLabel: string; stopUrl: string };
export type DigestMail = {
  subject: string;
  /** The texts around the groups, already in the reader's language. */
  site: string;
  intro: string;
  manageLabel: string;
  manageUrl: string;
  footer: string;
  groups: DigestGroup[];
  lang: string;
};

const marker = (name: string) => `<!--folio:${name}-->`;

// Every slot in a text sits inside an element: MJML trims a text's edges, and a value's own
// leading space must come out the same whether MJML saw it or not.
const head = `<mj-head>
    <mj-title>@@subject@@</mj-title>
    <mj-preview>@@intro@@</mj-preview>
    <mj-attributes>
      <mj-all font-family="Georgia, 'Times New Roman', serif" />
      <mj-text font-size="15px" line-height="1.5" color="#1f2933" padding="4px 24px" />
      <mj-section padding="0" background-color="#ffffff" />
    </mj-attributes>
  </mj-head>`;

const top = `<mj-section padding-top="24px"><mj-column>
      <mj-text font-size="13px" color="#52606d" text-transform="uppercase" letter-spacing="1px"><span>@@site@@</span></mj-text>
      <mj-text font-size="20px" font-weight="bold" padding-bottom="12px"><span>@@intro@@</span></mj-text>
    </mj-column></mj-section>`;
// A group is one section: its heading, its publications and its links are rows of one column, so
// a publication costs one table row (about 0.6 KB), not a section of its own (2.9 KB, most of it
// Outlook's conditional tables).
const groupHead = `<mj-divider border-width="1px" border-color="#cbd2d9" padding="12px 24px" />
      <mj-text font-size="17px" font-weight="bold" color="#7b2d26"><span>@@heading@@</span></mj-text>`;
const item = `<mj-text padding-top="10px"><a href="@@url@@" lang="@@lang@@" style="color:#1f2933;font-size:16px;font-weight:bold">@@title@@</a><div style="font-size:13px;color:#52606d"><span>@@byline@@</span> · <span>@@meta@@</span></div><p lang="@@lang@@" style="margin:2px 0 0">@@teaser@@</p></mj-text>`;
const groupEnd = `<mj-text font-size="13px" padding-top="8px"><a href="@@moreUrl@@" style="color:#7b2d26">@@moreLabel@@</a> · <a href="@@stopUrl@@" style="color:#52606d">@@stopLabel@@</a></mj-text>`;
const bottom = `<mj-section padding-bottom="24px"><mj-column>
      <mj-divider border-width="1px" border-color="#cbd2d9" padding="16px 24px" />
      <mj-text font-size="13px"><a href="@@manageUrl@@" style="color:#7b2d26">@@manageLabel@@</a></mj-text>
      <mj-text font-size="12px" color="#52606d"><span>@@footer@@</span></mj-text>
    </mj-column></mj-section>`;

const raw = (name: string) => `<mj-raw>${marker(name)}</mj-raw>`;

/** The whole MJML document for a given sequence of groups: the pieces' source. Exported for the test. */
export function digestMjml(groups: Array<{ items: number }>, lang = "@@lang@@"): string {
  const body = groups.map((g) => `<mj-section><mj-column>${groupHead}${raw("items")}${Array.from({ length: g.items }, () => item).join(raw("items"))}${raw("items-end")}${groupEnd}</mj-column></mj-section>`).join(raw("groups"));
  return `<mjml lang="${lang}"><mj-body background-color="#f5f7fa">${top}${raw("groups")}${body}${raw("groups-end")}${bottom}</mj-body>${head}</mjml>`;
}

type Pieces = { top: string; groupHead: string; item: string; groupEnd: string; bottom: string };
let compiled: Promise<Pieces> | undefined;

async function compile(): Promise<Pieces> {
  const { html, errors } = await mjml2html(digestMjml([{ items: 1 }]), { validationLevel: "strict" });
  if (errors.length) throw new Error(`digest template: ${errors.map((e) => e.formattedMessage).join("; ")}`);
  // One group of one item: top, groups, groupHead, items, item, items-end, groupEnd, groups-end, bottom.
  const [first, afterGroups] = cut(html, marker("groups"));
  const [groupHeadPiece, afterItems] = cut(afterGroups, marker("items"));
  const [itemPiece, afterItemsEnd] = cut(afterItems, marker("items-end"));
  const [groupEndPiece, last] = cut(afterItemsEnd, marker("groups-end"));
  return { top: first, groupHead: groupHeadPiece, item: itemPiece, groupEnd: groupEndPiece, bottom: last };
}

function cut(html: string, at: string): [string, string] {
  const i = html.indexOf(at);
  if (i < 0) throw new Error(`digest template: ${at} is missing from MJML's output`);
  return [html.slice(0, i), html.slice(i + at.length)];
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function fill(piece: string, values: Record<string, string>): string {
  return piece.replace(/@@(\w+)@@/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`digest template: no value for @@${name}@@`);
    return escapeHtml(v);
  });
}

/** The HTML of one digest: the compiled pieces, repeated and filled; markers stay as comments. */
export async function renderDigestHtml(mail: DigestMail): Promise<string> {
  const p = await (compiled ??= compile().catch((e) => {
    compiled = undefined;
    throw e;
  }));
  const { groups: list, ...page } = mail;
  const groups = list
    .map((g) => fill(p.groupHead, { heading: g.heading }) + marker("items") + g.items.map((i) => fill(p.item, { ...i, lang: i.lang ?? mail.lang })).join(marker("items")) + marker("items-end") + fill(p.groupEnd, { moreLabel: g.moreLabel, moreUrl: g.moreUrl, stopLabel: g.stopLabel, stopUrl: g.stopUrl }))
    .join(marker("groups"));
  return fill(p.top, page) + marker("groups") + groups + marker("groups-end") + fill(p.bottom, page);
}

/** The plain-text part: the same content, one publication per paragraph. */
export function renderDigestText(mail: DigestMail): string {
  const blocks = [mail.intro];
  for (const g of mail.groups) {
    blocks.push(`== ${g.heading} ==`);
    for (const i of g.items) blocks.push([i.title, `${i.byline} · ${i.meta}`, i.teaser, i.url].filter(Boolean).join("\n"));
    blocks.push(`${g.moreLabel}: ${g.moreUrl}\n${g.stopLabel}: ${g.stopUrl}`);
  }
  blocks.push(`${mail.manageLabel}: ${mail.manageUrl}`, mail.footer);
  return blocks.join("\n\n");
}
