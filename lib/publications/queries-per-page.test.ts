// No N+1: what each public page reads costs a fixed number of SQL statements, whatever the data.
// Counted at the client, statement by statement, with the catalogue caches cold (the worst case).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidatePath: () => {}, revalidateTag: () => {} }));

let statements = 0;

beforeAll(async () => {
  await useTempDatabase();
  const [{ PrismaClient }, { PrismaBetterSqlite3 }] = await Promise.all([import("@/lib/generated/prisma/client"), import("@prisma/adapter-better-sqlite3")]);
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => statements++);
  // lib/db reuses a client left on globalThis outside production: this one counts.
  (globalThis as { folioDb?: unknown }).folioDb = client;
});

async function load() {
  const [{ db }, publications, authors, centers, search] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/publications/queries"),
    import("@/lib/authors/queries"),
    import("@/lib/centers/queries"),
    import("@/lib/publications/search"),
  ]);
  return { db, ...publications, ...authors, ...centers, ...search };
}

let serial = 0;

/** `count` publications, each with `authorsEach` authors and `topicsEach` topics, in one centre. */
async function seed({ count, authorsEach, topicsEach }: { count: number; authorsEach: number; topicsEach: number }) {
  const { db } = await load();
  const tag = `s${++serial}`;
  const center = await db.center.create({ data: { slug: `centre-${tag}`, name: `Centre ${tag}`, description: "d", programs: { create: { slug: `programme-${tag}`, name: `Programme ${tag}`, description: "d" } } }, include: { programs: true } });
  const authors = await Promise.all(Array.from({ length: authorsEach }, (_, i) => db.author.create({ data: { slug: `author-${tag}-${i}`, name: `Author ${tag} ${i}`, role: "Fellow", bio: "b", centerId: center.id } })));
  const topics = await Promise.all(Array.from({ length: topicsEach }, (_, i) => db.topic.create({ data: { slug: `topic-${tag}-${i}`, name: `Topic ${tag} ${i}` } })));
  const region = await db.region.create({ data: { slug: `region-${tag}`, name: `Region ${tag}` } });
  for (let i = 0; i < count; i++) {
    await db.publication.create({
      data: {
        slug: `pub-${tag}-${i}`, title: `Energy security ${tag} ${i}`, type: "ANALYSIS", language: "en", status: "PUBLISHED", featured: i < 2,
        publishedAt: new Date(Date.UTC(2020, 0, 1 + i)), summary: "Energy security summary.", teaser: "Energy security.",
        centerId: center.id,
        authors: { create: authors.map((a, position) => ({ authorId: a.id, position })) },
        topics: { connect: topics.map((t) => ({ id: t.id })) },
        regions: { connect: { id: region.id } },
        programs: { connect: { id: center.programs[0].id } },
      },
    });
  }
  const { refreshRelatedPublications } = await import("@/lib/publications/related");
  const ids = await db.publication.findMany({ where: { slug: { startsWith: `pub-${tag}-` } }, select: { id: true } });
  await refreshRelatedPublications({ ids: ids.map((p) => p.id) });
  return { center: center.slug, program: center.programs[0].slug, author: authors[0].slug, slug: `pub-${tag}-${Math.floor(count / 2)}` };
}

async function counted(read: () => Promise<unknown>) {
  statements = 0;
  await read();
  return statements;
}

/** What each public page reads, as its route does. */
async function readPages(t: Awaited<ReturnType<typeof seed>>) {
  const q = await load();
  const analysis = async () => {
    const publication = await q.getPublication({ slug: t.slug });
    if (publication?.related.length !== 4) throw new Error(`the analysis page shows ${publication?.related.length} related analyses, not 4`);
  };
  const firstPage = await q.listPublications({ pageSize: 3 });
  return {
    home: await counted(async () => {
      const featured = await q.listFeaturedPublications({ take: 3 });
      await Promise.all([q.listLatestPublications({ take: 6, excludeIds: featured.map((p) => p.id) }), q.listCenters()]);
    }),
    analysis: await counted(analysis),
    author: await counted(async () => {
      await q.getAuthor({ slug: t.author });
      await q.listPublications({ filters: { author: t.author }, pageSize: 10 });
    }),
    centre: await counted(async () => {
      await q.getCenter({ slug: t.center });
      await q.listPublications({ filters: { center: t.center }, pageSize: 10 });
    }),
    programme: await counted(async () => {
      await q.getProgram({ centerSlug: t.center, slug: t.program });
      await q.listPublications({ filters: { program: t.program }, pageSize: 10 });
    }),
    listing: await counted(() => Promise.all([q.listPublications({ filters: { topic: undefined } }), q.listFilterOptions()])),
    "listing, by cursor": await counted(() => q.listPublications({ page: 2, pageSize: 3, cursor: { direction: "after", ...firstPage.items[2] } })),
    search: await counted(() => q.searchPublications({ q: "energy security" })),
  };
}

describe("queries per public page", () => {
  it("stay the same when the catalogue grows tenfold, with more authors and topics each", async () => {
    const small = await readPages(await seed({ count: 6, authorsEach: 1, topicsEach: 1 }));
    const large = await readPages(await seed({ count: 60, authorsEach: 5, topicsEach: 4 }));
    expect(large).toEqual(small);
    // The analysis page is one statement, related analyses included (it was 15 through Prisma's
    // include); the others measured 8 (home) and 4 to 11.
    expect(large.analysis).toBe(1);
    for (const [page, n] of Object.entries(large)) expect(n, page).toBeLessThanOrEqual(11);
  });
});
