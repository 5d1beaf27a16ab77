import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { PUBLICATION_TYPES, typeLabel, type PublicationTypeSlug } from "@/lib/format";
import type { AtomFeed } from "@/lib/formats/read-models";
import { listFeedPublications } from "@/lib/publications/queries";
import type { ListingFilters } from "@/lib/validations/listing";
import { feedPath, listingHref, type FeedKind } from "@/lib/validations/listing";
import { isSlug } from "@/lib/validations/slug";
import { isLocale } from "@/lib/i18n/locales";
import { canonicalUrl } from "@/lib/publications/citation";
import { getTranslator } from "@/lib/i18n/translate";


async function describeFeed(kind: FeedKind, slug: string): Promise<{ title: string; filters: ListingFilters } | null> {
  switch (kind) {
    case "centers": {
      const c = await db.center.findUnique({ where: { slug }, select: { name: true } });
      return c && { title: c.name, filters: { center: slug } };
    }
    case "authors": {
      const a = await db.author.findUnique({ where: { slug }, select: { name: true } });
      return a && { title: a.name, filters: { author: slug } };
    }
    case "topics": {
      const t = await db.topic.findUnique({ where: { slug }, select: { name: true } });
      return t && { title: t.name, filters: { topic: slug } };
    }
    case "languages":
      return isLocale(slug) ? { title: getTranslator({ locale: slug })("feeds.language"), filters: { language: slug } } : null;
    case "types":
      return (PUBLICATION_TYPES as readonly string[]).includes(slug) ? { title: `${typeLabel(slug)}s`, filters: { type: slug as PublicationTypeSlug } } : null;
  }
}

/** The whole catalogue's feed (no kind), or one centre's, author's, topic's or type's; null if unknown. */
export async function buildFeed({ kind, slug }: { kind?: FeedKind; slug?: string } = {}): Promise<AtomFeed | null> {
  let title = `${env.SITE_NAME}: all analyses`;
  let filters: ListingFilters = {};
  if (kind) {
    if (!slug || !isSlug(slug)) return null;
    const d = await describeFeed(kind, slug);
    if (!d) return null;
    title = `${env.SITE_NAME}: ${d.title}`;
    filters = d.filters;
  }
  const rows = await listFeedPublications({ filters });
  const self = `${env.SITE_URL}${feedPath(kind, slug)}`;
  return {
    id: self,
    title,
    selfUrl: self,
    alternateUrl: `${env.SITE_URL}${listingHref(filters)}`,
    updated: rows.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), new Date(0)),
    authorName: env.SITE_NAME,
    entries: rows.map((r) => ({
      // An entry's id never changes (feed readers would announce it again): the address it had
      // before the French pages moved under /fr. Its link is the canonical page.
      id: `${env.SITE_URL}/analyses/${r.slug}`,
      title: r.title,
      url: canonicalUrl(r),
      published: r.publishedAt,
      updated: r.updatedAt,
      summary: r.teaser,
      authors: r.authors.map((a) => ({ name: a.author.name, uri: `${env.SITE_URL}/authors/${a.author.slug}` })),
      categories: r.topics.map((t) => t.name),
    })),
  };
}
