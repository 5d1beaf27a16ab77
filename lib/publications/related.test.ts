import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidatePath: () => {}, revalidateTag: () => {} }));

beforeAll(async () => {
  await useTempDatabase();
});

const related = () => import("@/lib/publications/related");

describe("rankRelated", () => {
  const at = (day: number) => new Date(Date.UTC(2024, 0, day));

  it("weighs a shared topic or region by its rarity, adds text similarity, and breaks ties by date", async () => {
    const { rankRelated } = await related();
    // Of 1,000 publications, 600 are about Europe, 10 about Japan, 40 about security.
    const frequency = new Map([["europe", 600], ["japan", 10], ["security", 40]]);
    const ranked = rankRelated({
      total: 1000,
      frequency,
      candidates: [
        { id: "europe-only", publishedAt: at(9), terms: ["europe"], text: 0 },
        { id: "japan-only", publishedAt: at(1), terms: ["japan"], text: 0 },
        { id: "europe-and-security", publishedAt: at(5), terms: ["europe", "security"], text: 0 },
        { id: "words-alike", publishedAt: at(2), terms: [], text: 1 },
        { id: "japan-only-newer", publishedAt: at(3), terms: ["japan"], text: 0 },
        { id: "nothing-shared", publishedAt: at(30), terms: [], text: 0 },
      ],
    });
    // ln(1+1000/10) = 4.6 for Japan; ln(1+1000/40) = 3.3 for security; ln(1+1000/600) = 0.98 for
    // Europe; the best text match counts 3.
    expect(ranked).toEqual(["japan-only-newer", "japan-only", "europe-and-security", "words-alike", "europe-only"]);
  });

  it("keeps only the significant words of a title", async () => {
    const { titleWords } = await related();
    expect(titleWords("Japan and Russia: The Thaw That Never Came")).toEqual(["japan", "russia", "thaw", "never", "came"]);
    expect(titleWords("La Chine et l'Europe en 2024")).toEqual(["chine", "europe"]);
  });
});

describe("refreshRelatedPublications", () => {
  it("stores the best-ranked published publications, and a rare shared region beats one author's many papers on a common topic", async () => {
    const { db } = await import("@/lib/db");
    const { refreshRelatedPublications } = await related();
    const center = await db.center.create({ data: { slug: "eurasia", name: "Eurasia", description: "d" } });
    const other = await db.center.create({ data: { slug: "other", name: "Other", description: "d" } });
    const [security, diplomacy, energy] = await Promise.all(["security", "diplomacy", "energy"].map((slug) => db.topic.create({ data: { slug, name: slug } })));
    const [japan, russia, europe] = await Promise.all(["japan", "russia", "europe"].map((slug) => db.region.create({ data: { slug, name: slug } })));
    const author = await db.author.create({ data: { slug: "prolific", name: "Prolific", role: "Fellow", bio: "b" } });
    let day = 1;
    const publication = async (slug: string, title: string, o: { topics: string[]; regions: string[]; status?: "PUBLISHED" | "DRAFT"; centerId?: string; byProlific?: boolean }) =>
      db.publication.create({
        data: {
          slug, title, type: "ANALYSIS", language: "en", status: o.status ?? "PUBLISHED", publishedAt: new Date(Date.UTC(2024, 0, day++)), summary: title, teaser: title,
          centerId: o.centerId ?? center.id,
          topics: { connect: o.topics.map((id) => ({ id })) },
          regions: { connect: o.regions.map((id) => ({ id })) },
          ...(o.byProlific ? { authors: { create: { authorId: author.id, position: 0 } } } : {}),
        },
        select: { id: true, slug: true },
      });
    // Security and Europe are everywhere; Japan and Russia together are rare.
    for (let i = 0; i < 12; i++) await publication(`filler-${i}`, `Budget notes ${i}`, { topics: [security.id], regions: [europe.id], centerId: other.id });
    const target = await publication("japan-russia-energy", "Japan, Russia and the energy of diplomacy", { topics: [diplomacy.id, energy.id, security.id], regions: [japan.id, russia.id] });
    const thaw = await publication("japan-russia-thaw", "Japan and Russia: The Thaw That Never Came", { topics: [diplomacy.id], regions: [japan.id, russia.id] });
    const sameAuthor = await Promise.all(
      ["Moldova", "BRICS", "South Caucasus", "Balkans"].map((name, i) => publication(`prolific-${i}`, `${name} and security`, { topics: [security.id], regions: [europe.id], byProlific: true })),
    );
    const draft = await publication("draft-japan", "Japan and Russia draft", { topics: [diplomacy.id, energy.id], regions: [japan.id, russia.id], status: "DRAFT" });
    const energyOnly = await publication("energy-markets", "Energy markets", { topics: [energy.id], regions: [] });

    const changed = await refreshRelatedPublications({ ids: [target.id] });
    expect(changed.get(target.id)).toBe(true);
    const stored = await db.relatedPublication.findMany({ where: { publicationId: target.id }, orderBy: { position: "asc" }, select: { relatedId: true } });
    const ids = stored.map((r) => r.relatedId);
    expect(ids[0]).toBe(thaw.id);
    expect(ids[1]).toBe(energyOnly.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(target.id);
    expect(ids.length).toBe(8);
    // The prolific author's four papers share only the common topic and region: at most they fill in.
    expect(sameAuthor.filter((p) => ids.slice(0, 2).includes(p.id))).toEqual([]);
    // Ranked again with nothing changed, nothing is rewritten.
    expect((await refreshRelatedPublications({ ids: [target.id] })).get(target.id)).toBe(false);
  });
});
