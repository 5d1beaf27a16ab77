import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidatePath: () => {}, revalidateTag: () => {} }));

beforeAll(async () => {
  await useTempDatabase();
});

describe("getSitePage", () => {
  it("gives each language its own text, else the English an admin wrote (marked), else its own default", async () => {
    const [{ getSitePage }, { db }] = await Promise.all([import("@/lib/site-pages/site-pages"), import("@/lib/db")]);
    // Nobody has written anything: each language has its sample.
    expect(await getSitePage({ slug: "terms", locale: "fr" })).toMatchObject({ title: "Conditions d’utilisation", lang: "fr", version: 0, updatedAt: null });
    expect(await getSitePage({ slug: "terms", locale: "en" })).toMatchObject({ title: "Terms of use", lang: "en" });

    // English written: a real text beats the French sample, and says it is English.
    await db.sitePage.create({ data: { slug: "terms", locale: "en", title: "Our terms", body: "Real terms.", version: 3 } });
    expect(await getSitePage({ slug: "terms", locale: "fr" })).toMatchObject({ title: "Our terms", lang: "en", version: 0 });

    // French written: its own, with its own version for the stale-form check.
    await db.sitePage.create({ data: { slug: "terms", locale: "fr", title: "Nos conditions", body: "De vraies conditions.", version: 1 } });
    expect(await getSitePage({ slug: "terms", locale: "fr" })).toMatchObject({ title: "Nos conditions", lang: "fr", version: 1 });
    expect(await getSitePage({ slug: "terms", locale: "en" })).toMatchObject({ title: "Our terms", lang: "en", version: 3 });
  });
});
