import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDate, typeLabel, typeToSlug } from "@/lib/format";
import type { FollowKind, Prisma } from "@/lib/generated/prisma/client";
import { localizeCatalogue, type Localized } from "@/lib/i18n/catalogue-text";
import { isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localePath, publicationPath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";
import { wakeMailWorker } from "@/lib/mail/outbox";
import { matchPublications } from "@/lib/search/engine";
import { parseSearchQuery } from "@/lib/search/query";
import { renderDigestHtml, renderDigestText, type DigestGroup, type DigestMail } from "@/lib/alerts/digest-mail";
import { describeSavedSearch, loadFilterNames, type FilterNames } from "@/lib/alerts/describe";
import { LONGEST_LOOKBACK_MS, nextDigestAt } from "@/lib/alerts/schedule";
import { FREQUENCIES } from "@/lib/validations/alerts";
import { signAlertStop } from "@/lib/alerts/tokens";
import { parseSavedSearch, savedSearchPath } from "@/lib/validations/alerts";

/**
 * The digest run: every reader whose digest is due gets one mail listing what was released since
 * their last, grouped by what they follow, or no mail when nothing is new.
 *
 * - It streams: readers are read by id, BATCH at a time, with their follows and saved searches;
 *   memory holds one batch and the run's new releases, however many readers there are.
 * - Each batch's mails are queued in the same transaction that moves its readers' marks, so a
 *   digest is queued once or not at all. A process that dies mid-run leaves the rest due, and the
 *   next run (after the lease lapses) sends them.
 * - One process runs it at a time (a lease); the outbox's workers then send the mails.
 * - What is unpublished before the run is not in it: releases are read when the run starts.
 */

const BATCH = 500;
// More than this released in one window is a bulk load, not news: the newest are announced.
const MOST_RELEASES = 2000;
// A group shows its newest few; its "See N more" link leads to the rest on the site.
const MOST_PER_GROUP = 8;
const MAIL_ROWS = 50;

export type DigestRun = { releases: number; readers: number; mails: number };

const releaseSelect = {
  id: true, slug: true, title: true, teaser: true, language: true, type: true, publishedAt: true, releasedAt: true, series: true,
  center: { select: { id: true, slug: true, name: true, localized: true } },
  programs: { select: { id: true, slug: true, name: true, localized: true, center: { select: { slug: true } } } },
  topics: { select: { id: true, slug: true, name: true, localized: true } },
  regions: { select: { id: true, slug: true, name: true, localized: true } },
  authors: { orderBy: { position: "asc" as const }, select: { author: { select: { id: true, slug: true, name: true } } } },
};

async function loadReleases({ from, until }: { from: Date; until: Date }) {
  const rows = await db.publication.findMany({
    where: { status: "PUBLISHED", releasedAt: { gt: from, lte: until } },
    orderBy: [{ releasedAt: "desc" }, { id: "desc" }],
    take: MOST_RELEASES,
    select: releaseSelect,
  });
  return rows.map((r) => ({ ...r, releasedAt: r.releasedAt! }));
}
type Release = Awaited<ReturnType<typeof loadReleases>>[number];
type Shown = Localized<Release>;

/** The keys a release is found under: each of its authors, its centre, programmes, topics, regions and series. */
function keysOf(r: Release): string[] {
  return [
    ...r.authors.map((a) => `AUTHOR:${a.author.id}`),
    `CENTER:${r.center.id}`,
    ...r.programs.map((p) => `PROGRAM:${p.id}`),
    ...r.topics.map((t) => `TOPIC:${t.id}`),
    ...r.regions.map((t) => `REGION:${t.id}`),
    ...(r.series ? [`SERIES:${r.series}`] : []),
  ];
}

function matchesFilters(r: Release, f: ReturnType<typeof parseSavedSearch>["filters"]): boolean {
  return (
    (!f.center || r.center.slug === f.center) &&
    (!f.program || r.programs.some((p) => p.slug === f.program)) &&
    (!f.topic || r.topics.some((t) => t.slug === f.topic)) &&
    (!f.region || r.regions.some((t) => t.slug === f.region)) &&
    (!f.author || r.authors.some((a) => a.author.slug === f.author)) &&
    (!f.type || typeToSlug(r.type) === f.type) &&
    (!f.language || r.language === f.language) &&
    (!f.year || r.publishedAt.getUTCFullYear() === f.year)
  );
}

type RunOptions = {
  now?: Date;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Renews the run's lease after each batch (lib/jobs/definitions/alert-digests.ts); false stops the run. */
  keepLease?: () => Promise<boolean>;
};

// Only confirmed, active addresses: an alert is never a way to mail someone else's address.
const dueAt = (now: Date) => ({ dueAt: { lte: now }, pausedAt: null, bouncedAt: null, user: { emailVerified: { not: null }, disabledAt: null } });

/** Whether any reader's digest is due: a read, so that idle processes write nothing. */
export async function hasDueDigests({ now = new Date() }: { now?: Date } = {}): Promise<boolean> {
  return !!(await db.alertSettings.findFirst({ where: dueAt(now), select: { userId: true } }));
}

/**
 * Queues the digests due at `now`, a batch of readers at a time. Run it one process at a time:
 * the alert-digests job holds a lease for it.
 */
export async function runAlertDigests({ now = new Date(), batchSize = BATCH, onProgress, keepLease = async () => true }: RunOptions = {}): Promise<DigestRun> {
  const due = dueAt(now);
  const oldest = (await db.alertSettings.aggregate({ where: due, _min: { coveredUntil: true } }))._min.coveredUntil;
  const run: DigestRun = { releases: 0, readers: 0, mails: 0 };
  if (!oldest) return run;
  const releases = await loadReleases({ from: new Date(Math.max(oldest.getTime(), now.getTime() - LONGEST_LOOKBACK_MS)), until: now });
  run.releases = releases.length;
  if (!releases.length) {
    // The common case on every tick: nothing new. Daily and weekly digests still move to their
    // next slot (a release at 10:00 waits for tomorrow's), in one statement each; readers told as
    // things are published keep their mark, which stays correct with nothing released since.
    for (const frequency of ["DAILY", "WEEKLY"] as const) {
      const moved = await db.alertSettings.updateMany({ where: { ...due, frequency }, data: { coveredUntil: now, dueAt: nextDigestAt({ frequency, now }) } });
      run.readers += moved.count;
    }
    return run;
  }

  const total = onProgress ? await db.alertSettings.count({ where: due }) : 0;
  const byKey = new Map<string, Release[]>();
  for (const r of releases) for (const k of keysOf(r)) byKey.set(k, [...(byKey.get(k) ?? []), r]);
  const shown = new Map<Locale, Map<string, Shown>>();
  const shownIn = (locale: Locale) => shown.get(locale) ?? shown.set(locale, new Map(localizeCatalogue(releases, { locale }).map((r) => [r.id, r]))).get(locale)!;
  // A saved search is matched once per run, however many readers saved it.
  const searchMatches = new Map<string, Promise<Set<string>>>();
  const matchSearch = (query: string) => searchMatches.get(query) ?? searchMatches.set(query, matchSavedSearch(query, releases)).get(query)!;
  const names = new Map<Locale, Promise<FilterNames>>();
  const namesIn = (locale: Locale) => names.get(locale) ?? names.set(locale, loadFilterNames({ locale })).get(locale)!;

  let after = "";
  for (;;) {
    const readers = await db.alertSettings.findMany({
      where: { ...due, userId: { gt: after } },
      orderBy: { userId: "asc" },
      take: batchSize,
      select: { userId: true, frequency: true, locale: true, coveredUntil: true, user: { select: { email: true } } },
    });
    if (!readers.length) break;
    after = readers[readers.length - 1].userId;
    const ids = readers.map((r) => r.userId);
    const [follows, searches] = releases.length
      ? await Promise.all([
          db.follow.findMany({ where: { userId: { in: ids } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, userId: true, kind: true, target: true } }),
          db.savedSearch.findMany({ where: { userId: { in: ids } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, userId: true, query: true } }),
        ])
      : [[], []];
    const followsOf = groupBy(follows, (f) => f.userId);
    const searchesOf = groupBy(searches, (s) => s.userId);

    const mails: Prisma.MailJobCreateManyInput[] = [];
    for (const reader of readers) {
      const locale = isLocale(reader.locale) ? reader.locale : DEFAULT_LOCALE;
      const seen = new Set<string>();
      const fresh = (list: Release[]) => {
        const out = list.filter((r) => r.releasedAt > reader.coveredUntil && !seen.has(r.id));
        out.forEach((r) => seen.add(r.id));
        return out;
      };
      const groups: Array<{ heading: string; path: string; items: Release[]; stop: { follows: string[]; searches: string[] } }> = [];
      for (const f of followsOf.get(reader.userId) ?? []) {
        const items = fresh(byKey.get(`${f.kind}:${f.target}`) ?? []);
        if (items.length) groups.push({ ...followGroup(f, shownIn(locale).get(items[0].id)!, locale), items, stop: { follows: [f.id], searches: [] } });
      }
      for (const s of searchesOf.get(reader.userId) ?? []) {
        const matched = await matchSearch(s.query);
        const items = fresh(releases.filter((r) => matched.has(r.id)));
        const heading = getTranslator({ locale })("alerts.mail.search", { name: describeSavedSearch(s.query, await namesIn(locale), locale) });
        if (items.length) groups.push({ heading, path: savedSearchPath(s.query), items, stop: { follows: [], searches: [s.id] } });
      }
      if (!groups.length) continue;
      const manage = `${env.SITE_URL}${localePath(locale, "/account/alerts")}`;
      const all = signAlertStop({ userId: reader.userId, follows: groups.flatMap((g) => g.stop.follows), searches: groups.flatMap((g) => g.stop.searches) });
      const mail = digestMail({
        locale,
        manage,
        groups: groups.map((g) => ({
          heading: g.heading,
          items: g.items.slice(0, MOST_PER_GROUP).map((r) => itemOf(shownIn(locale).get(r.id)!, locale)),
          moreLabel: g.items.length > MOST_PER_GROUP ? getTranslator({ locale })("alerts.mail.seeMore", { count: g.items.length - MOST_PER_GROUP }) : getTranslator({ locale })("alerts.mail.seeAll"),
          moreUrl: `${env.SITE_URL}${localePath(locale, g.path)}`,
          stopLabel: getTranslator({ locale })("alerts.mail.stop"),
          stopUrl: `${env.SITE_URL}${localePath(locale, "/alerts/unsubscribe")}?token=${signAlertStop({ userId: reader.userId, ...g.stop })}`,
        })),
      });
      mails.push({
        to: reader.user.email,
        userId: reader.userId,
        subject: mail.subject,
        text: renderDigestText(mail),
        html: await renderDigestHtml(mail),
        // RFC 8058: a mail client's one-click unsubscribe posts to this address, no sign-in needed.
        headers: { "List-Unsubscribe": `<${env.SITE_URL}/api/alerts/unsubscribe?token=${all}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      });
    }

    const byFrequency = groupBy(readers, (r) => r.frequency);
    // The batch's mails and its readers' new marks, together or not at all. An interactive
    // transaction, not an array of queries: Prisma 7 keeps a compiled plan for each batch of
    // queries keyed by its whole text, mails included, and kept them all (6 KB a reader).
    // The mails go in statements of MAIL_ROWS, so no statement carries 16 MB of values.
    await db.$transaction(async (tx) => {
      for (let i = 0; i < mails.length; i += MAIL_ROWS) await tx.mailJob.createMany({ data: mails.slice(i, i + MAIL_ROWS) });
      for (const frequency of FREQUENCIES) {
        const ids = byFrequency.get(frequency)?.map((r) => r.userId);
        if (ids) await tx.alertSettings.updateMany({ where: { userId: { in: ids } }, data: { coveredUntil: now, dueAt: nextDigestAt({ frequency, now }) } });
      }
    });
    run.readers += readers.length;
    run.mails += mails.length;
    if (mails.length) wakeMailWorker();
    onProgress?.(run.readers, total);
    if (!(await keepLease())) break;
  }
  return run;
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = m.get(k);
    if (list) list.push(item);
    else m.set(k, [item]);
  }
  return m;
}

async function matchSavedSearch(query: string, releases: Release[]): Promise<Set<string>> {
  const { q, filters } = parseSavedSearch(query);
  const pool = releases.filter((r) => matchesFilters(r, filters));
  if (!q || !pool.length) return new Set(pool.map((r) => r.id));
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) return new Set();
  const found = await matchPublications({ terms: parsed.terms, limit: pool.length, among: pool.map((r) => r.id) });
  return new Set(found.map((m) => m.id));
}

/** A followed thing's group: its heading ("New from the Centre for Asian Studies", the subject when it is the first) and its page. */
function followGroup(f: { kind: FollowKind; target: string }, r: Shown, locale: Locale): { heading: string; path: string } {
  const t = getTranslator({ locale });
  switch (f.kind) {
    case "AUTHOR": {
      const a = r.authors.find((x) => x.author.id === f.target)!.author;
      return { heading: t("alerts.mail.author", { name: a.name }), path: `/authors/${a.slug}` };
    }
    case "CENTER":
      return { heading: t("alerts.mail.center", { name: r.center.name }), path: `/centers/${r.center.slug}` };
    case "PROGRAM": {
      const p = r.programs.find((x) => x.id === f.target)!;
      return { heading: t("alerts.mail.program", { name: p.name }), path: `/centers/${p.center.slug}/${p.slug}` };
    }
    case "TOPIC": {
      const x = r.topics.find((y) => y.id === f.target)!;
      return { heading: t("alerts.mail.topic", { name: x.name }), path: `/analyses?topic=${x.slug}` };
    }
    case "REGION": {
      const x = r.regions.find((y) => y.id === f.target)!;
      return { heading: t("alerts.mail.region", { name: x.name }), path: `/analyses?region=${x.slug}` };
    }
    case "SERIES":
      return { heading: t("alerts.mail.series", { name: f.target }), path: `/search?q=${encodeURIComponent(`"${f.target}"`)}` };
  }
}

function itemOf(r: Shown, locale: Locale) {
  return {
    title: r.title,
    url: `${env.SITE_URL}${publicationPath(r)}`,
    teaser: r.teaser,
    byline: r.authors.map((a) => a.author.name).join(", "),
    meta: `${typeLabel(r.type, locale)} · ${formatDate(r.publishedAt, locale)}`,
    lang: r.language,
  };
}

function digestMail({ locale, manage, groups }: { locale: Locale; manage: string; groups: DigestGroup[] }): DigestMail {
  const t = getTranslator({ locale });
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  return {
    subject: groups.length === 1 ? groups[0].heading : t("alerts.mail.subjectMore", { first: groups[0].heading, count: groups.length - 1 }),
    site: env.SITE_NAME,
    intro: t("alerts.mail.intro", { count }),
    manageLabel: t("alerts.mail.manage"),
    manageUrl: manage,
    footer: t("alerts.mail.footer", { site: env.SITE_NAME }),
    groups,
    lang: locale,
  };
}

