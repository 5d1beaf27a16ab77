import "server-only";
import { env } from "@/lib/env";
import { isoDate, typeToSlug } from "@/lib/format";
import type { CitationEntry } from "@/lib/formats/read-models";
import { canonicalUrl, type Citable } from "@/lib/publications/citation";

/** A publication as the citation formats read it, for "Cite this" and the library export alike. */
export function toCitationEntry(p: Citable): CitationEntry {
  return {
    key: p.slug,
    type: typeToSlug(p.type),
    title: p.title,
    authors: p.authors.map((a) => a.author.name),
    year: p.publishedAt.getUTCFullYear(),
    date: isoDate(p.publishedAt),
    institution: env.SITE_NAME,
    series: p.series,
    number: p.seriesNumber,
    url: canonicalUrl(p),
    language: p.language,
    doi: p.doi ?? null,
  };
}
