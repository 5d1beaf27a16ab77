import "server-only";
import { env } from "@/lib/env";
import { formatDate, isoDate, splitPersonName, typeLabel } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { publicationPath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";
import { doiUrl, orcidUrl } from "@/lib/validations/identifiers";

export type Citable = {
  slug: string;
  title: string;
  type: string;
  series: string | null;
  seriesNumber: number | null;
  language: string;
  publishedAt: Date;
  doi?: string | null;
  authors: Array<{ author: { name: string; slug?: string; orcid?: string | null } }>;
};

/** A publication's canonical address: its page in its own language's interface. */
export function canonicalUrl(p: { slug: string; language: string }) {
  return `${env.SITE_URL}${publicationPath(p)}`;
}

/**
 * A readable reference, Chicago-like in English (Family, Given, and Given Family. “Title.” Series,
 * No. N. Institute, date. URL) and in the French usage under the French interface (« Titre »,
 * n° N, et, the date in French). The title stays in the publication's language.
 */
export function formatCitation(p: Citable, { locale = DEFAULT_LOCALE }: { locale?: Locale } = {}): string {
  const t = getTranslator({ locale });
  const names = p.authors.map((a, i) => {
    if (i > 0) return a.author.name;
    const { family, given } = splitPersonName(a.author.name);
    return given ? `${family}, ${given}` : family;
  });
  const authors = names.length > 1 ? `${names.slice(0, -1).join(", ")}, ${t("format.citationAnd")} ${names.at(-1)}` : names[0];
  const source = p.series ? (p.seriesNumber != null ? t("format.series", { series: p.series, number: p.seriesNumber }) : p.series) : typeLabel(p.type, locale);
  // A DOI is the address a citation should carry: it outlives the site's own URLs.
  return t("format.citation", { authors, title: p.title, source, institute: env.SITE_NAME, date: formatDate(p.publishedAt, locale), url: citeAsUrl(p) });
}

/** What to cite the publication as: its DOI when it has one, else its canonical address. */
export function citeAsUrl(p: { slug: string; language: string; doi?: string | null }): string {
  return p.doi ? doiUrl(p.doi) : canonicalUrl(p);
}

/** Highwire Press tags, Google Scholar's preferred citation metadata. */
export function citationMetaTags(p: Citable & { pdfKey: string | null }): Record<string, string | string[]> {
  const tags: Record<string, string | string[]> = {
    citation_title: p.title,
    citation_author: p.authors.map((a) => a.author.name),
    citation_publication_date: isoDate(p.publishedAt).replace(/-/g, "/"),
    citation_technical_report_institution: env.SITE_NAME,
    citation_publisher: env.SITE_NAME,
    citation_language: p.language,
    citation_abstract_html_url: canonicalUrl(p),
  };
  if (p.series) tags.citation_series_title = p.series;
  if (p.seriesNumber != null) tags.citation_technical_report_number = String(p.seriesNumber);
  if (p.pdfKey) tags.citation_pdf_url = `${canonicalUrl(p)}/pdf`;
  if (p.doi) tags.citation_doi = p.doi;
  return tags;
}

/** schema.org JSON-LD, with the full text marked as behind a sign-in (Google's paywall markup). */
export function publicationJsonLd(p: Citable & { teaser: string; updatedAt: Date; authors: Array<{ author: { name: string; slug: string } }> }) {
  const isArticle = ["ARTICLE", "BOOK_CHAPTER"].includes(p.type);
  return {
    "@context": "https://schema.org",
    "@type": isArticle ? "ScholarlyArticle" : "Report",
    headline: p.title,
    name: p.title,
    description: p.teaser,
    url: canonicalUrl(p),
    inLanguage: p.language,
    datePublished: isoDate(p.publishedAt),
    dateModified: p.updatedAt.toISOString(),
    ...(p.doi ? { identifier: { "@type": "PropertyValue", propertyID: "DOI", value: p.doi }, sameAs: doiUrl(p.doi) } : {}),
    author: p.authors.map((a) => ({ "@type": "Person", name: a.author.name, url: `${env.SITE_URL}/authors/${a.author.slug}`, ...(a.author.orcid ? { sameAs: orcidUrl(a.author.orcid) } : {}) })),
    publisher: { "@type": "Organization", name: env.SITE_NAME, url: env.SITE_URL },
    ...(p.series ? { isPartOf: { "@type": "PublicationIssue", name: p.series, ...(p.seriesNumber != null ? { issueNumber: String(p.seriesNumber) } : {}) } } : {}),
    isAccessibleForFree: false,
    hasPart: { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".gated-full-text" },
  };
}
