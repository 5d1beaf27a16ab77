import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

// What the domain functions ask Next to expire, outside a Next server.
const expired = vi.hoisted(() => ({ paths: [] as string[], tags: [] as string[] }));
vi.mock("next/cache", () => ({
  unstable_cache: <T>(fn: T) => fn,
  revalidatePath: (path: string) => void expired.paths.push(path),
  revalidateTag: (tag: string) => void expired.tags.push(tag),
}));
beforeEach(() => {
  expired.paths.length = 0;
  expired.tags.length = 0;
});

beforeAll(async () => {
  await useTempDatabase();
});

async function load() {
  const [{ db }, publications, users, audit, taxonomy] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/editorial/publications"),
    import("@/lib/editorial/users"),
    import("@/lib/editorial/audit"),
    import("@/lib/editorial/taxonomy"),
  ]);
  return { db, ...publications, ...users, ...audit, ...taxonomy };
}

async function seed() {
  const { db } = await load();
  const editor = await db.user.create({ data: { email: `ed-${Math.random()}@example.test`, role: "ADMIN" } });
  const center = await db.center.create({ data: { slug: `c-${Date.now()}`, name: "Centre", description: "d" } });
  const author = await db.author.create({ data: { slug: `a-${Date.now()}`, name: "Ann Author", role: "Fellow", bio: "b" } });
  const input = {
    title: "Draft", slug: `draft-${Date.now()}`, type: "analysis" as const, language: "en", publishedAt: new Date("2026-01-01T00:00:00Z"), series: null, seriesNumber: null, doi: null as string | null,
    summary: "Summary text.", centerId: center.id, authorIds: [author.id], programIds: [], topicIds: [], regionIds: [], featured: false, version: undefined as number | undefined,
  };
  return { editor: { id: editor.id, email: editor.email, role: "ADMIN" as const }, input };
}

describe("diffFields", () => {
  it("keeps only what changed, with dates and lists comparable", async () => {
    const { diffFields } = await load();
    const d = new Date("2026-01-01T00:00:00Z");
    expect(diffFields({ a: 1, b: d, c: ["x"], e: null }, { a: 1, b: new Date(d), c: ["x", "y"], e: undefined })).toEqual({ c: { before: '["x"]', after: '["x","y"]' } });
    expect(diffFields(null, { a: "new" })).toEqual({ a: { before: null, after: "new" } });
  });
});

describe("updatePublication", () => {
  it("refuses a save made from an older version and writes nothing", async () => {
    const { createPublication, updatePublication, db } = await load();
    const { editor, input } = await seed();
    const created = await createPublication({ editor, input });
    if (!created.ok) throw new Error("create failed");
    const first = await updatePublication({ editor, id: created.value.id, input: { ...input, title: "First", version: 0 } });
    expect(first.ok).toBe(true);
    const second = await updatePublication({ editor, id: created.value.id, input: { ...input, title: "Second", version: 0 } });
    expect(second).toMatchObject({ ok: false, code: "editor.conflict", status: 409, values: { by: editor.email, fields: "title" }, link: `/admin/publications/${created.value.id}` });
    expect((await db.publication.findUniqueOrThrow({ where: { id: created.value.id } })).title).toBe("First");
  });

  it("leaves a redirect only when the old slug was public", async () => {
    const { createPublication, updatePublication, changePublicationStatus, db } = await load();
    const { editor, input } = await seed();
    const created = await createPublication({ editor, input });
    if (!created.ok) throw new Error("create failed");
    await updatePublication({ editor, id: created.value.id, input: { ...input, slug: `${input.slug}-2`, version: 0 } });
    expect(await db.publicationRedirect.count({ where: { publicationId: created.value.id } })).toBe(0);
    await changePublicationStatus({ editor, id: created.value.id, change: { intent: "publish" } });
    await updatePublication({ editor, id: created.value.id, input: { ...input, slug: `${input.slug}-3`, version: 2 } });
    expect((await db.publicationRedirect.findMany({ where: { publicationId: created.value.id } })).map((r) => r.slug)).toEqual([`${input.slug}-2`]);
  });
});

describe("publishDuePublications", () => {
  it("publishes what is due, once, however many processes run it at the same time", async () => {
    const { createPublication, changePublicationStatus, publishDuePublications, db } = await load();
    const { editor, input } = await seed();
    const created = await createPublication({ editor, input });
    if (!created.ok) throw new Error("create failed");
    await changePublicationStatus({ editor, id: created.value.id, change: { intent: "schedule", at: new Date(Date.now() + 60_000) } });
    expect(await publishDuePublications()).toBe(0);
    const later = new Date(Date.now() + 120_000);
    const counts = await Promise.all([publishDuePublications({ now: later }), publishDuePublications({ now: later })]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await db.publication.findUniqueOrThrow({ where: { id: created.value.id } })).status).toBe("PUBLISHED");
    expect(await db.auditEntry.count({ where: { entityId: created.value.id, action: "publish", actorEmail: "scheduler" } })).toBe(1);
  });
});

describe("changeUser", () => {
  it("keeps one enabled admin, and disabling ends sessions", async () => {
    const { changeUser, db } = await load();
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const { editor } = await seed();
    expect(await changeUser({ editor, id: editor.id, change: { intent: "role", role: "READER" } })).toMatchObject({ ok: false, code: "editor.lastAdmin", status: 409 });
    expect(await changeUser({ editor, id: editor.id, change: { intent: "disable" } })).toMatchObject({ ok: false, status: 409 });
    const other = await db.user.create({ data: { email: `other-${Math.random()}@example.test`, role: "ADMIN" } });
    expect(await changeUser({ editor, id: other.id, change: { intent: "disable" } })).toMatchObject({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: other.id } });
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(1);
  });
});

describe("deleteAccount", () => {
  it("keeps the last enabled admin, and deletes anyone else", async () => {
    const { db } = await load();
    const { deleteAccount } = await import("@/lib/accounts/users");
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const admin = await db.user.create({ data: { email: `last-${Math.random()}@example.test`, role: "ADMIN" } });
    const reader = await db.user.create({ data: { email: `reader-${Math.random()}@example.test` } });
    expect(await deleteAccount({ userId: admin.id })).toMatchObject({ ok: false, code: "account.lastAdmin" });
    expect(await db.user.count({ where: { id: admin.id } })).toBe(1);
    expect(await deleteAccount({ userId: reader.id })).toMatchObject({ ok: true });
    expect(await db.user.count({ where: { id: reader.id } })).toBe(0);
  });
});

describe("mergeTerms", () => {
  it("moves every publication to the kept topic without duplicates, then deletes the other", async () => {
    const { createPublication, mergeTerms, db } = await load();
    const { editor, input } = await seed();
    const keep = await db.topic.create({ data: { slug: `keep-${Date.now()}`, name: `Keep ${Date.now()}` } });
    const gone = await db.topic.create({ data: { slug: `gone-${Date.now()}`, name: `Gone ${Date.now()}` } });
    const both = await createPublication({ editor, input: { ...input, slug: `${input.slug}-both`, topicIds: [keep.id, gone.id] } });
    const one = await createPublication({ editor, input: { ...input, slug: `${input.slug}-one`, topicIds: [gone.id] } });
    if (!both.ok || !one.ok) throw new Error("create failed");
    expect(await mergeTerms({ editor, kind: "topics", keepId: keep.id, mergeId: gone.id })).toMatchObject({ ok: true, value: { moved: 1, expire: expect.arrayContaining([`t:${keep.id}`, `t:${gone.id}`, "catalog"]) } });
    expect(await db.topic.count({ where: { id: gone.id } })).toBe(0);
    expect(await db.publication.count({ where: { topics: { some: { id: keep.id } } } })).toBe(2);
  });
});

describe("the public cache after a change", () => {
  const logged = async () => (await (await load()).db.cacheInvalidation.findMany({ orderBy: { id: "asc" } })).map((r) => JSON.parse(r.tags) as string[]);

  it("expires exactly the pages that show the change, from the domain function itself, and logs them for other processes", async () => {
    const { createPublication, updatePublication, changePublicationStatus, saveTaxonomyItem, db } = await load();
    const { editor, input } = await seed();
    const start = (await logged()).length;
    const created = await createPublication({ editor, input });
    if (!created.ok) throw new Error("create failed");
    const id = created.value.id;
    await updatePublication({ editor, id, input: { ...input, title: "Still a draft", version: 0 } });
    // A draft is on no public page.
    expect(expired.tags).toEqual([]);
    expect(await logged()).toHaveLength(start);

    await changePublicationStatus({ editor, id, change: { intent: "publish" } });
    const author = await db.author.findUniqueOrThrow({ where: { id: input.authorIds[0] } });
    const center = await db.center.findUniqueOrThrow({ where: { id: input.centerId! } });
    const shown = [`p:${id}`, `al:${author.id}`, `cl:${center.id}`, "catalog"];
    // Its address too, which may have been cached as a 404 before it was published.
    const addresses = [`/analyses/${input.slug}`, `/authors/${author.slug}`, `/centers/${center.slug}`];
    expect(expired.tags.sort()).toEqual([...shown].sort());
    // Each address is a page in every locale, cached under its route's path (app/[locale]).
    expect(expired.paths.sort()).toEqual(addresses.flatMap((a) => [`/en${a}`, `/fr${a}`]).sort());
    expect((await logged()).at(-1)!.sort()).toEqual([...shown, ...addresses.map((a) => `path:${a}`)].sort());

    // Moving it to another centre expires both centres' lists; nothing else changes.
    expired.tags.length = 0;
    const other = await db.center.create({ data: { slug: `other-${Date.now()}`, name: "Other", description: "d" } });
    expect(await updatePublication({ editor, id, input: { ...input, centerId: other.id, version: 2 } })).toMatchObject({ ok: true });
    expect(expired.tags.sort()).toEqual([...shown, `cl:${other.id}`].sort());

    // Renaming a topic expires the pages that show the topic, and the catalogue's lists and filters.
    expired.tags.length = 0;
    const topic = await saveTaxonomyItem({ editor, item: { kind: "topics", input: { name: `Fresh ${Date.now()}`, slug: `fresh-${Date.now()}`, localized: {} } } });
    if (!topic.ok) throw new Error("topic failed");
    expect(expired.tags.sort()).toEqual([`t:${topic.value.id}`, "catalog"].sort());
  });

  it("is left alone by a refusal", async () => {
    const { createPublication, saveTaxonomyItem } = await load();
    const { editor, input } = await seed();
    const created = await createPublication({ editor, input });
    if (!created.ok) throw new Error("create failed");
    const start = (await logged()).length;
    const again = await createPublication({ editor, input });
    expect(again).toMatchObject({ ok: false, code: "request.invalid", fieldErrors: { slug: "field.slugTaken" }, values: { kind: "publication" } });
    const gone = await saveTaxonomyItem({ editor, id: "zzzzzzzzzzzz", item: { kind: "topics", input: { name: "Nowhere", slug: "nowhere", localized: {} } } });
    expect(gone).toMatchObject({ ok: false, code: "request.missing", status: 404 });
    expect(expired.paths).toEqual([]);
    expect(expired.tags).toEqual([]);
    expect(await logged()).toHaveLength(start);
  });
});

describe("expireChangedPages", () => {
  it("expires what other processes logged, never its own changes twice, late rows too, and everything when it cannot know", async () => {
    const { db } = await load();
    const { expireChangedPages, expirePublicPages, recordPageChanges, pruneChangeLog } = await import("@/lib/cache/invalidation");
    // The first look after a start expires everything.
    expect(await expireChangedPages()).toBe(true);
    expect(expired.paths).toEqual(["/"]);
    expired.paths.length = 0;
    expect(await expireChangedPages()).toBe(false);

    await expirePublicPages({ tags: ["p:mine"] });
    await recordPageChanges({ tags: ["p:theirs", "path:/analyses/theirs"] });
    expired.tags.length = 0;
    expect(await expireChangedPages()).toBe(true);
    expect(expired.tags).toEqual(["p:theirs"]);
    expect(expired.paths).toEqual(["/en/analyses/theirs", "/fr/analyses/theirs"]);
    expect(await expireChangedPages()).toBe(false);

    // A row that commits late, dated before the last look (PostgreSQL commits need not follow ids).
    expired.tags.length = 0;
    await db.cacheInvalidation.create({ data: { tags: JSON.stringify(["p:late"]), createdAt: new Date(Date.now() - 20_000) } });
    expect(await expireChangedPages()).toBe(true);
    expect(expired.tags).toEqual(["p:late"]);

    // A process that has not looked for a day may have missed pruned rows: everything goes.
    expired.paths.length = 0;
    await db.cacheInvalidation.updateMany({ data: { createdAt: new Date(0) } });
    expect(await pruneChangeLog()).toBeGreaterThanOrEqual(3);
    expect(await expireChangedPages({ now: Date.now() + 25 * 60 * 60 * 1000 })).toBe(true);
    expect(expired.paths).toEqual(["/"]);
  });

  it("names for Redis the same tags Next files pages under when this process expires them", async () => {
    const { nextTagsOf } = await import("@/lib/cache/invalidation");
    // revalidatePath(p) files under "_N_T_" + p, and revalidatePath("/", "layout") under "_N_T_/layout".
    expect(nextTagsOf(["p:theirs", "path:/analyses/theirs", "path:/"])).toEqual(["p:theirs", "_N_T_/en/analyses/theirs", "_N_T_/fr/analyses/theirs", "_N_T_/en", "_N_T_/fr"]);
    expect(nextTagsOf(["*"])).toEqual(["_N_T_/layout", "catalog"]);
  });
});
