import "server-only";
import { db } from "@/lib/db";
import { localizeCatalogue } from "@/lib/i18n/catalogue-text";
import type { Locale } from "@/lib/i18n/locales";
import { describeSavedSearch, loadFilterNames } from "@/lib/alerts/describe";
import { SLUG_OF } from "@/lib/alerts/subscriptions";
import { savedSearchPath, type FollowKindSlug } from "@/lib/validations/alerts";

export type FollowedItem = { id: string; kind: FollowKindSlug; name: string | null; href: string | null; lang?: string };

/** Everything /account/alerts shows: the settings, each follow by name, each saved search in words. */
export async function readAlertsOverview({ userId, locale }: { userId: string; locale: Locale }) {
  const [settings, follows, searches, user] = await Promise.all([
    db.alertSettings.findUnique({ where: { userId }, select: { frequency: true, locale: true, pausedAt: true, bouncedAt: true } }),
    db.follow.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, kind: true, target: true } }),
    db.savedSearch.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, query: true } }),
    db.user.findUnique({ where: { id: userId }, select: { email: true } }),
  ]);
  const ids = (kind: string) => follows.filter((f) => f.kind === kind).map((f) => f.target);
  const pick = { id: true, slug: true, name: true, localized: true } as const;
  const [authors, centers, programs, topics, regions] = localizeCatalogue(
    await Promise.all([
      db.author.findMany({ where: { id: { in: ids("AUTHOR") } }, select: { id: true, slug: true, name: true } }),
      db.center.findMany({ where: { id: { in: ids("CENTER") } }, select: pick }),
      db.program.findMany({ where: { id: { in: ids("PROGRAM") } }, select: { ...pick, center: { select: { slug: true } } } }),
      db.topic.findMany({ where: { id: { in: ids("TOPIC") } }, select: pick }),
      db.region.findMany({ where: { id: { in: ids("REGION") } }, select: pick }),
    ]),
    { locale },
  );
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const found = { AUTHOR: byId(authors), CENTER: byId(centers), PROGRAM: byId(programs), TOPIC: byId(topics), REGION: byId(regions) };
  const followed: FollowedItem[] = follows.map((f) => {
    const kind = SLUG_OF[f.kind];
    if (f.kind === "SERIES") return { id: f.id, kind, name: f.target, href: `/search?q=${encodeURIComponent(`"${f.target}"`)}` };
    const row = found[f.kind].get(f.target) as { slug: string; name: string; lang?: string; center?: { slug: string } } | undefined;
    if (!row) return { id: f.id, kind, name: null, href: null };
    const href =
      f.kind === "AUTHOR" ? `/authors/${row.slug}`
      : f.kind === "CENTER" ? `/centers/${row.slug}`
      : f.kind === "PROGRAM" ? `/centers/${row.center!.slug}/${row.slug}`
      : `/analyses?${kind}=${row.slug}`;
    return { id: f.id, kind, name: row.name, href, lang: row.lang };
  });
  const names = searches.length ? await loadFilterNames({ locale }) : null;
  const saved = searches.map((s) => ({ id: s.id, description: describeSavedSearch(s.query, names!, locale), href: savedSearchPath(s.query) }));
  return { settings, followed, saved, email: user?.email ?? "" };
}
