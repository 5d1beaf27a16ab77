import { beforeAll, describe, expect, it } from "vitest";
import { importDemoCatalog, useTempDatabase } from "@/test/fixtures";

let suggestPublications: typeof import("@/lib/search/suggest").suggestPublications;
let db: typeof import("@/lib/db").db;

// The full-text index is kept by database triggers: an import is searchable at once.
beforeAll(async () => {
  const { dir } = await useTempDatabase();
  await importDemoCatalog({ dir });
  ({ suggestPublications } = await import("@/lib/search/suggest"));
  ({ db } = await import("@/lib/db"));
});

const titles = async (q: string) => {
  const r = await suggestPublications({ q });
  if ("error" in r) throw new Error(r.error);
  return r.titles.map((t) => t.title);
};

describe("suggestPublications (SQLite FTS5)", () => {
  it("matches accent-insensitively and by prefix of the last word", async () => {
    expect(await titles("strategie indo")).toContain("Le Japon et la stratégie indo-pacifique");
    expect(await titles("japan and rus")).toContain("Japan and Russia: The Thaw That Never Came");
  });

  it("matches phrases only in order", async () => {
    expect(await titles('"thaw that never"')).toEqual(["Japan and Russia: The Thaw That Never Came"]);
    expect(await titles('"never that thaw"')).toEqual([]);
  });

  it("suggests researchers by the start of any name word", async () => {
    const r = await suggestPublications({ q: "fonta" });
    expect("error" in r ? [] : r.authors.map((a) => a.name)).toEqual(["Léa Fontaine"]);
  });

  it("follows edits and hides drafts at once", async () => {
    await db.publication.update({ where: { slug: "hydrogen-geopolitics" }, data: { title: "The Geopolitics of Hydrogen and Ammonia" } });
    expect(await titles("ammon")).toEqual(["The Geopolitics of Hydrogen and Ammonia"]);
    await db.publication.update({ where: { slug: "hydrogen-geopolitics" }, data: { status: "DRAFT" } });
    expect(await titles("ammon")).toEqual([]);
  });

  it.each(['"unbalanced', "NEAR(a b)", "title:*", "'; DROP TABLE \"Publication\"; --", "🙂🙂", "* OR *", "^japan"])("answers %j without an error", async (q) => {
    const r = await suggestPublications({ q });
    expect(r).toBeTypeOf("object");
  });

  it("refuses empty and over-long queries", async () => {
    expect(await suggestPublications({ q: "" })).toEqual({ error: "empty" });
    expect(await suggestPublications({ q: "x".repeat(201) })).toEqual({ error: "too-long" });
  });
});
