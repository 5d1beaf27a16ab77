import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidatePath: () => {}, revalidateTag: () => {} }));

const COUNT = 130; // with one item a page: 50 pages by OFFSET at each end, 30 only by cursor

beforeAll(async () => {
  await useTempDatabase();
  const { db } = await import("@/lib/db");
  const center = await db.center.create({ data: { slug: "centre", name: "Centre", description: "d" } });
  await db.publication.createMany({
    data: Array.from({ length: COUNT }, (_, i) => ({
      id: `p${String(i).padStart(4, "0")}`, slug: `p-${i}`, title: `P ${i}`, type: "ANALYSIS" as const, language: "en", status: "PUBLISHED" as const,
      // Three to a day: ties on publishedAt must be settled by id, not dropped or repeated.
      publishedAt: new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 3))), summary: "s", teaser: "t", centerId: center.id,
    })),
  });
});

describe("listPublications, page by page", () => {
  it("walks every page forwards and backwards, by OFFSET near the ends and by cursor between", async () => {
    const { db } = await import("@/lib/db");
    const { listPublications, isOffsetPage } = await import("@/lib/publications/queries");
    const expected = (await db.publication.findMany({ orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: { id: true } })).map((p) => p.id);
    const pageSize = 1;
    const step = async (page: number, from: { publishedAt: Date; id: string }, direction: "after" | "before") => {
      const r = await listPublications({ page, pageSize, ...(isOffsetPage(page, COUNT) ? {} : { cursor: { direction, ...from } }) });
      expect(r.reachable, `page ${page}`).toBe(true);
      return r.items[0];
    };

    const forwards = [(await listPublications({ page: 1, pageSize })).items[0]];
    for (let page = 2; page <= COUNT; page++) forwards.push(await step(page, forwards[forwards.length - 1], "after"));
    expect(forwards.map((p) => p.id)).toEqual(expected);

    const backwards = [(await listPublications({ page: COUNT, pageSize })).items[0]];
    for (let page = COUNT - 1; page >= 1; page--) backwards.unshift(await step(page, backwards[0], "before"));
    expect(backwards.map((p) => p.id)).toEqual(expected);
  });

  it("answers a deep page without a cursor, and one past the end, as no page", async () => {
    const { listPublications } = await import("@/lib/publications/queries");
    expect((await listPublications({ page: 65, pageSize: 1 })).reachable).toBe(false);
    expect((await listPublications({ page: COUNT + 1, pageSize: 1 })).reachable).toBe(false);
    expect((await listPublications({ page: 100, pageSize: 1 })).items.map((p) => p.id)).toHaveLength(1);
  });

  it("counts the last page from the end: it holds what is left over", async () => {
    const { listPublications } = await import("@/lib/publications/queries");
    const last = await listPublications({ page: 7, pageSize: 20 });
    expect(last.items).toHaveLength(COUNT - 6 * 20);
    expect(last.items.map((p) => p.id).at(-1)).toBe("p0000");
  });
});
