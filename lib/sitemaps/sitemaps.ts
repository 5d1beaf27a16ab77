import "server-only";
import { tagPage, TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { xmlAttr as escapeXml } from "@/lib/xml";
import { translationAlternates } from "@/lib/publications/translations";
import { SITE_PAGE_SLUGS } from "@/lib/validations/site-pages";
import { pathInEveryLocale, publicationPath } from "@/lib/i18n/paths";

// The protocol's limit per child sitemap.
export const URLS_PER_SITEMAP = 50_000;

/** `alternates`: the same content in each language, x-default first, as absolute addresses. */
type Url = { loc: string; lastmod?: Date; alternates?: Array<{ hreflang: string; href: string }> };

function urlset(urls: Url[]): string {
  const body = urls
    .map((u) => {
      const links = (u.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`).join("");
      return `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}${links}</url>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

/** Each translated publication's alternates, by translation group, published members only. */
async function readAlternates(groups: string[]): Promise<Map<string, Url["alternates"]>> {
  if (!groups.length) return new Map();
  const members = await db.publication.findMany({ where: { status: "PUBLISHED", translationGroup: { in: groups } }, select: { slug: true, language: true, translationGroup: true } });
  const byGroup = new Map<string, typeof members>();
  for (const m of members) byGroup.set(m.translationGroup!, [...(byGroup.get(m.translationGroup!) ?? []), m]);
  return new Map(
    [...byGroup].filter(([, list]) => list.length > 1).map(([group, list]) => {
      const ordered = translationAlternates(list).map((a) => ({ hreflang: a.language, href: `${env.SITE_URL}${a.path}` }));
      return [group, [...ordered, { hreflang: "x-default", href: ordered[0].href }]];
    }),
  );
}

/** A page of the site in every interface language, each entry naming the others (and itself). */
function inEveryLocale({ path, lastmod }: { path: string; lastmod?: Date }): Url[] {
  const versions = pathInEveryLocale(path).map((v) => ({ hreflang: v.locale as string, href: `${env.SITE_URL}${v.path}` }));
  const alternates = [...versions, { hreflang: "x-default", href: versions[0].href }];
  return versions.map((v) => ({ loc: v.href, lastmod, alternates }));
}

/** sitemap.xml: an index of the child sitemaps (pages, then publications in chunks). */
export async function renderSitemapIndex(): Promise<string> {
  await tagPage([TAG.catalog]);
  const count = await db.publication.count({ where: { status: "PUBLISHED" } });
  const chunks = Math.max(1, Math.ceil(count / URLS_PER_SITEMAP));
  const names = ["pages", ...Array.from({ length: chunks }, (_, i) => `publications-${i + 1}`)];
  const body = names.map((n) => `  <sitemap><loc>${escapeXml(`${env.SITE_URL}/sitemaps/${n}.xml`)}</loc></sitemap>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

/** One child sitemap by name ("pages" or "publications-N"), or null for an unknown name. */
export async function renderSitemap(name: string): Promise<string | null> {
  await tagPage([TAG.catalog]);
  if (name === "pages") {
    const [centers, programs, authors] = await Promise.all([
      db.center.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
      db.program.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true, center: { select: { slug: true } } } }),
      db.author.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
    ]);
    return urlset(
      [
        { path: "/" },
        { path: "/analyses" },
        { path: "/centers" },
        { path: "/authors" },
        ...SITE_PAGE_SLUGS.map((slug) => ({ path: `/${slug}` })),
        ...centers.map((c) => ({ path: `/centers/${c.slug}`, lastmod: c.updatedAt })),
        ...programs.map((p) => ({ path: `/centers/${p.center.slug}/${p.slug}`, lastmod: p.updatedAt })),
        ...authors.map((a) => ({ path: `/authors/${a.slug}`, lastmod: a.updatedAt })),
      ].flatMap(inEveryLocale),
    );
  }
  const m = /^publications-([1-9]\d{0,5})$/.exec(name);
  if (!m) return null;
  const chunk = Number(m[1]);
  const rows = await db.publication.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { id: "asc" },
    skip: (chunk - 1) * URLS_PER_SITEMAP,
    take: URLS_PER_SITEMAP,
    select: { slug: true, language: true, updatedAt: true, translationGroup: true },
  });
  if (!rows.length && chunk > 1) return null;
  const alternates = await readAlternates([...new Set(rows.flatMap((r) => (r.translationGroup ? [r.translationGroup] : [])))]);
  // Each publication once, at its canonical address (its page in its own language's interface).
  return urlset(rows.map((r) => ({ loc: `${env.SITE_URL}${publicationPath(r)}`, lastmod: r.updatedAt, alternates: r.translationGroup ? alternates.get(r.translationGroup) : undefined })));
}
