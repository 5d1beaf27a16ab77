import "server-only";
import { db } from "@/lib/db";
import { sqlBucket, sqlParam, sqlTimestamp, sqlTrue } from "@/lib/db/sql";

const DAY = 24 * 60 * 60 * 1000;

function since(days: number, now = new Date()) {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * DAY);
  return start;
}


// Downloads are COUNTER's Total_Item_Requests (lib/stats/counter.ts): robots and double clicks
// are logged but not counted.
const SOURCES = {
  downloads: { table: "DownloadEvent", column: `"at"`, where: () => ` AND "counted" = ${sqlTrue()}` },
  accounts: { table: "User", column: `"createdAt"`, where: () => "" },
};

/** Rows per day (or per week, keyed by its Monday) since `from`, counted by the database. */
async function countPer(bucket: "day" | "week", source: keyof typeof SOURCES, from: Date, publicationId?: string): Promise<Map<string, number>> {
  const { table, column, where } = SOURCES[source];
  const filter = publicationId ? ` AND "publicationId" = ${sqlParam(2)}` : "";
  const rows = await db.$queryRawUnsafe<Array<{ bucket: string; n: number | bigint }>>(
    `SELECT ${sqlBucket[bucket](column)} AS bucket, COUNT(*) AS n FROM "${table}" WHERE ${column} >= ${sqlParam(1)}${where()}${filter} GROUP BY bucket`,
    ...(publicationId ? [sqlTimestamp(from), publicationId] : [sqlTimestamp(from)]),
  );
  return new Map(rows.map((r) => [r.bucket, Number(r.n)]));
}

/** Downloads per day over the last `days` days (all publications, or one), zeros included. */
export async function readDownloadSeries({ days, publicationId }: { days: number; publicationId?: string }) {
  const from = since(days);
  const counts = await countPer("day", "downloads", from, publicationId);
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(from.getTime() + i * DAY).toISOString().slice(0, 10);
    return { day, count: counts.get(day) ?? 0 };
  });
}

/** Most downloaded and most saved publications over the last `days` days. */
export async function listTopPublications({ days, take = 10 }: { days: number; take?: number }) {
  const from = since(days);
  const [downloads, saves] = await Promise.all([
    db.downloadEvent.groupBy({ by: ["publicationId"], where: { at: { gte: from }, counted: true }, _count: { _all: true }, orderBy: { _count: { publicationId: "desc" } }, take }),
    db.bookmark.groupBy({ by: ["publicationId"], where: { createdAt: { gte: from } }, _count: { _all: true }, orderBy: { _count: { publicationId: "desc" } }, take }),
  ]);
  const ids = [...new Set([...downloads, ...saves].map((r) => r.publicationId))];
  const titles = new Map((await db.publication.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, slug: true } })).map((p) => [p.id, p]));
  const named = (rows: typeof downloads) => rows.map((r) => ({ id: r.publicationId, title: titles.get(r.publicationId)?.title ?? "(deleted)", count: r._count._all }));
  return { downloads: named(downloads), saves: named(saves) };
}

/** New accounts per week (weeks start on Monday, UTC), the last `weeks` weeks. */
export async function readNewAccountsPerWeek({ weeks = 12, now = new Date() }: { weeks?: number; now?: Date } = {}) {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY);
  const first = new Date(monday.getTime() - (weeks - 1) * 7 * DAY);
  const perWeek = await countPer("week", "accounts", first);
  return Array.from({ length: weeks }, (_, w) => {
    const week = new Date(first.getTime() + w * 7 * DAY).toISOString().slice(0, 10);
    return { week, count: perWeek.get(week) ?? 0 };
  });
}

export async function listPublicationChoices() {
  return db.publication.findMany({ where: { status: "PUBLISHED" }, orderBy: { title: "asc" }, select: { id: true, title: true }, take: 2000 });
}
