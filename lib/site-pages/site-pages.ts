import "server-only";
import { tagPage, TAG } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { diffFields, recordAudit } from "@/lib/editorial/audit";
import type { Editor } from "@/lib/editorial/access";
import { changeCatalog } from "@/lib/editorial/change-catalog";
import { env } from "@/lib/env";
import { fail, ok, type Result } from "@/lib/http/result";
import { defaultSitePage, SITE_PAGE_SLUGS, type SitePageSlug } from "@/lib/site-pages/defaults";
import type { SitePageForm } from "@/lib/validations/site-pages";

export type SitePage = { slug: SitePageSlug; title: string; body: string; version: number; updatedAt: Date | null };

// A page nobody has edited has no row: it shows the default text, so a new site has all four.
function withDefault(slug: SitePageSlug, row: { title: string; body: string; version: number; updatedAt: Date } | null): SitePage {
  return row ? { slug, ...row } : { slug, ...defaultSitePage(slug, env.SITE_NAME), version: 0, updatedAt: null };
}

/** One of the institute's pages, for its public page (tagged with its address) or its editor. */
export async function getSitePage({ slug }: { slug: SitePageSlug }): Promise<SitePage> {
  await tagPage([TAG.path(`/${slug}`)]);
  const row = await db.sitePage.findUnique({ where: { slug }, select: { title: true, body: true, version: true, updatedAt: true } });
  return withDefault(slug, row);
}

export async function listSitePages(): Promise<SitePage[]> {
  const rows = await db.sitePage.findMany({ select: { slug: true, title: true, body: true, version: true, updatedAt: true } });
  return SITE_PAGE_SLUGS.map((slug) => withDefault(slug, rows.find((r) => r.slug === slug) ?? null));
}

/** Saves an admin's edit, refused if someone saved since the form was opened (its version). */
export async function saveSitePage({ editor, slug, input }: { editor: Editor; slug: SitePageSlug; input: SitePageForm }): Promise<Result<{ expire: string[] }>> {
  return changeCatalog(async (tx) => {
    const before = withDefault(slug, await tx.sitePage.findUnique({ where: { slug } }));
    if (input.version !== before.version) return fail("editor.pageStale");
    await tx.sitePage.upsert({
      where: { slug },
      create: { slug, title: input.title, body: input.body, version: 1 },
      update: { title: input.title, body: input.body, version: { increment: 1 } },
    });
    await recordAudit(tx, { editor, action: "update", entityType: "page", entityId: slug, label: input.title, changes: diffFields({ title: before.title, body: before.body }, { title: input.title, body: input.body }) });
    return ok({ expire: [TAG.path(`/${slug}`)] });
  });
}
