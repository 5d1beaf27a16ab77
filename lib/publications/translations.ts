import "server-only";
import { publicationPath } from "@/lib/i18n/paths";
import type { Tx } from "@/lib/db";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

/**
 * Makes publications translations of one another: they, and every publication already linked to
 * any of them, end up sharing one translationGroup (the first one's group, or its id). Returns the
 * ids of every publication in the group, whose pages list each other.
 */
export async function linkTranslations(tx: Tx, { slugs }: { slugs: string[] }): Promise<string[]> {
  const rows = await tx.publication.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, translationGroup: true } });
  const ordered = slugs.map((s) => rows.find((r) => r.slug === s)).filter((r) => r !== undefined);
  if (ordered.length < 2) return ordered.map((r) => r.id);
  const group = ordered[0].translationGroup ?? ordered[0].id;
  const groups = [...new Set(ordered.map((r) => r.translationGroup).filter((g): g is string => g !== null && g !== group))];
  await tx.publication.updateMany({ where: { OR: [{ id: { in: ordered.map((r) => r.id) } }, { translationGroup: { in: groups } }] }, data: { translationGroup: group } });
  const members = await tx.publication.findMany({ where: { translationGroup: group }, select: { id: true } });
  return members.map((m) => m.id);
}

/** Takes a publication out of its group; a group left with one member is dissolved. */
export async function unlinkTranslation(tx: Tx, { id }: { id: string }): Promise<string[]> {
  const row = await tx.publication.findUnique({ where: { id }, select: { translationGroup: true } });
  if (!row?.translationGroup) return [];
  const members = await tx.publication.findMany({ where: { translationGroup: row.translationGroup }, select: { id: true } });
  await tx.publication.update({ where: { id }, data: { translationGroup: null } });
  const remaining = members.filter((m) => m.id !== id);
  // A group of one is none. A group keyed by the leaver's id is re-keyed by a member's, or the
  // leaver, linked again later, would take its old group back with it.
  const key = remaining.length < 2 ? null : row.translationGroup === id ? remaining[0].id : row.translationGroup;
  if (key !== row.translationGroup) await tx.publication.updateMany({ where: { translationGroup: row.translationGroup }, data: { translationGroup: key } });
  return members.map((m) => m.id);
}

/**
 * A publication and its translations as hreflang alternates: the default language's first, since
 * the first is also `x-default` (where readers land when no language matches).
 */
export function translationAlternates(items: Array<{ slug: string; language: string }>): Array<{ language: string; path: string }> {
  return items
    .map((t) => ({ language: t.language, path: publicationPath(t) }))
    .sort((a, b) => Number(b.language === DEFAULT_LOCALE) - Number(a.language === DEFAULT_LOCALE));
}
