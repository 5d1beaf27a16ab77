import "server-only";
import { tagPage, TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { escapeXml } from "@/lib/feeds/atom";

// The protocol's limit per child sitemap.
export const URLS_PER_SITEMAP = 50_000;

type Url = { loc: string; lastmod?: Date };

function urlset(urls: Url[]): string {
  const body = urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}</url>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
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
    return urlset([
      { loc: `${env.SITE_URL}/` },
      { loc: `${env.SITE_URL}/analyses` },
      { loc: `${env.SITE_URL}/centers` },
      { loc: `${env.SITE_URL}/authors` },
      ...centers.map((c) => ({ loc: `${env.SITE_URL}/centers/${c.slug}`, lastmod: c.updatedAt })),
      ...programs.map((p) => ({ loc: `${env.SITE_URL}/centers/${p.center.slug}/${p.slug}`, lastmod: p.updatedAt })),
      ...authors.map((a) => ({ loc: `${env.SITE_URL}/authors/${a.slug}`, lastmod: a.updatedAt })),
    ]);
  }
  const m = /^publications-([1-9]\d{0,5})$/.exec(name);
  if (!m) return null;
  const chunk = Number(m[1]);
  const rows = await db.publication.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { id: "asc" },
    skip: (chunk - 1) * URLS_PER_SITEMAP,
    take: URLS_PER_SITEMAP,
    select: { slug: true, updatedAt: true },
  });
  if (!rows.length && chunk > 1) return null;
  return urlset(rows.map((r) => ({ loc: `${env.SITE_URL}/analyses/${r.slug}`, lastmod: r.updatedAt })));
}
