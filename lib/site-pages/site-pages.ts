import "server-only";
import { tagPage, TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { diffFields, recordAudit } from "@/lib/editorial/audit";
import type { Editor } from "@/lib/editorial/access";
import { changeCatalog } from "@/lib/editorial/change-catalog";
import { env } from "@/lib/env";
import { fail, ok, type Result } from "@/lib/messages/result";
import { defaultSitePage } from "@/lib/site-pages/defaults";
import { SITE_PAGE_SLUGS, type SitePageSlug } from "@/lib/validations/site-pages";
import { CATALOGUE_LANGUAGE, type Locale } from "@/lib/i18n/locales";
import type { SitePageForm } from "@/lib/validations/site-pages";

export type SitePage = { slug: SitePageSlug; title: string; body: string; version: number; updatedAt: Date | null; lang: Locale };

type Row = { locale: string; title: string; body: string; version: number; updatedAt: Date };

/**
 * The page in `locale`: its own text; else, where an admin has written only the catalogue
 * language's, that one (a real address beats a sample; `lang` says it is not the page's language);
 * else the default text in `locale`, so a new site has every page in every language.
 */
function choose(slug: SitePageSlug, rows: Row[], locale: Locale): SitePage {
  const own = rows.find((r) => r.locale === locale);
  if (own) return { slug, title: own.title, body: own.body, version: own.version, updatedAt: own.updatedAt, lang: locale };
  const base = rows.find((r) => r.locale === CATALOGUE_LANGUAGE);
  if (base) return { slug, title: base.title, body: base.body, version: 0, updatedAt: base.updatedAt, lang: CATALOGUE_LANGUAGE as Locale };
  return { slug, ...defaultSitePage(slug, env.SITE_NAME, locale), version: 0, updatedAt: null, lang: locale };
}

const rowSelect = { slug: true, locale: true, title: true, body: true, version: true, updatedAt: true } as const;

/** One of the institute's pages in a language, for its public page (tagged with its address) or its editor. */
export async function getSitePage({ slug, locale }: { slug: SitePageSlug; locale: Locale }): Promise<SitePage> {
  await tagPage([TAG.path(`/${slug}`)]);
  return choose(slug, await db.sitePage.findMany({ where: { slug }, select: rowSelect }), locale);
}

/** Every page, with the languages an admin has written it in. */
export async function listSitePages(): Promise<Array<{ slug: SitePageSlug; updatedAt: Date | null; locales: string[] }>> {
  const rows = await db.sitePage.findMany({ select: { slug: true, locale: true, updatedAt: true } });
  return SITE_PAGE_SLUGS.map((slug) => {
    const mine = rows.filter((r) => r.slug === slug);
    const updatedAt = mine.reduce<Date | null>((latest, r) => (!latest || r.updatedAt > latest ? r.updatedAt : latest), null);
    return { slug, updatedAt, locales: mine.map((r) => r.locale).sort() };
  });
}

/** Saves an admin's edit, refused if someone saved since the form was opened (its version). */
export async function saveSitePage({ editor, slug, input }: { editor: Editor; slug: SitePageSlug; input: SitePageForm }): Promise<Result<{ expire: string[] }>> {
  return changeCatalog(async (tx) => {
    const locale = input.language;
    const before = choose(slug, await tx.sitePage.findMany({ where: { slug }, select: rowSelect }), locale);
    if (input.version !== before.version) return fail("editor.pageStale");
    await tx.sitePage.upsert({
      where: { slug_locale: { slug, locale } },
      create: { slug, locale, title: input.title, body: input.body, version: 1 },
      update: { title: input.title, body: input.body, version: { increment: 1 } },
    });
    await recordAudit(tx, { editor, action: "update", entityType: "page", entityId: `${slug}:${locale}`, label: input.title, changes: diffFields({ title: before.title, body: before.body }, { title: input.title, body: input.body }) });
    return ok({ expire: [TAG.path(`/${slug}`)] });
  });
}
