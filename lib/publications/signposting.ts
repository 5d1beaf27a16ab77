import "server-only";
import { db } from "@/lib/db";
import { canonicalUrl, citeAsUrl } from "@/lib/publications/citation";
import { orcidUrl } from "@/lib/validations/identifiers";

// FAIR Signposting, level 1 (signposting.org/FAIR): typed links from a landing page to what a
// machine needs: the persistent identifier to cite, the authors' identifiers, the resource type,
// the content, and metadata records. The analysis page carries them as <link> elements, and
// scripts/serve.ts sends the same as a Link header.

export type Signpost = { href: string; rel: "cite-as" | "author" | "type" | "item" | "describedby"; type?: string };

type Signposted = {
  slug: string;
  language: string;
  type: string;
  doi?: string | null;
  pdfKey: string | null;
  authors: Array<{ author: { orcid?: string | null } }>;
};

/** A metadata record a page links to as `describedby`: a citation format's name (its /cite/<name>) and content type. */
export type DescribedBy = { name: string; contentType: string };

/** The page's links; `describedBy` are the citation formats offered (lib/formats/registry.ts, passed in by the delivery side). */
export function signpostingLinks(p: Signposted, { describedBy }: { describedBy: readonly DescribedBy[] }): Signpost[] {
  const page = canonicalUrl(p);
  return [
    { rel: "cite-as", href: citeAsUrl(p) },
    // Only persistent identifiers: an author without an ORCID iD has no link here.
    ...p.authors.flatMap(({ author }) => (author.orcid ? [{ rel: "author" as const, href: orcidUrl(author.orcid) }] : [])),
    { rel: "type", href: ["ARTICLE", "BOOK_CHAPTER"].includes(p.type) ? "https://schema.org/ScholarlyArticle" : "https://schema.org/Report" },
    { rel: "type", href: "https://schema.org/AboutPage" },
    // The gated route: without a session it answers 303 to sign-in, never the file.
    ...(p.pdfKey ? [{ rel: "item" as const, href: `${page}/pdf`, type: "application/pdf" }] : []),
    // The media type without its parameters, as typed links carry it.
    ...describedBy.map((f) => ({ rel: "describedby" as const, href: `${page}/cite/${f.name}`, type: f.contentType.split(";")[0] })),
  ];
}

/**
 * RFC 8288 Link header value. Every URL here is built from SITE_URL, a slug, or an identifier
 * whose unsafe characters doiUrl percent-encodes, so none can close the <…> or add a parameter.
 */
export function formatLinkHeader(links: Signpost[]): string {
  return links.map((l) => `<${l.href}>; rel="${l.rel}"${l.type ? `; type="${l.type}"` : ""}`).join(", ");
}

/**
 * The Link header of a published publication's page, or null: one small indexed read, for
 * scripts/serve.ts (through /api/signposting/<slug>), which keeps the answer a minute.
 */
export async function readSignpostingHeader({ slug, describedBy }: { slug: string; describedBy: readonly DescribedBy[] }): Promise<string | null> {
  const p = await db.publication.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: { slug: true, language: true, type: true, doi: true, pdfKey: true, authors: { orderBy: { position: "asc" }, select: { author: { select: { orcid: true } } } } },
  });
  return p ? formatLinkHeader(signpostingLinks(p, { describedBy })) : null;
}
