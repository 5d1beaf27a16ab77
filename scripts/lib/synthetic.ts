// Synthetic catalogue data for the benchmarks and `npm run seed:scale`: deterministic, varied,
// and skewed the way real catalogues are (a few centres, authors and topics carry most of it).
import { db } from "@/lib/db";
import { sqlParam } from "@/lib/db/sql";
import { env } from "@/lib/env";

export const DOMAIN_WORDS = "energy security russia china trade climate finance nuclear deterrence arms control european defence industry migration japan sanctions economy hydrogen gas markets diplomacy alliance governance technology semiconductors africa arctic ukraine moldova caucasus indo pacific strategy policy reform transition".split(" ");
const FRENCH = "sécurité énergétique stratégie politique défense économie transition climat coopération".split(" ");
const SYLLABLES = "ka lo mi ne ra ti so vu de pa li to me na ru si be go fa ze".split(" ");
// A 3,000-word vocabulary drawn with Zipf's law, so ranking costs what it would on real prose.
const FILLER = Array.from({ length: 3000 }, (_, i) => SYLLABLES[i % 20] + SYLLABLES[Math.floor(i / 20) % 20] + SYLLABLES[Math.floor(i / 400) % 20] + (i % 3 === 0 ? "n" : ""));
const TYPES = ["ANALYSIS", "POLICY_BRIEF", "REPORT", "ARTICLE", "BOOK_CHAPTER"] as const;

export function createRandom(seed = 7) {
  let state = seed;
  const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return {
    rand,
    /** Skewed: the first items of the list are picked far more often than the last. */
    pick: <T>(xs: readonly T[]) => xs[Math.floor(rand() ** 2 * xs.length)],
    zipf: () => FILLER[Math.min(FILLER.length - 1, Math.floor(1 / (rand() + 1 / FILLER.length)) - 1)],
  };
}

export const syntheticPublicationId = (i: number) => `synthetic${String(i).padStart(7, "0")}`;

// PostgreSQL's per-row triggers rebuilt a publication's tsvector three times during a bulk load
// (226 s for 100,000); the load runs without them and rebuilds the index once at the end.
const PG_SEARCH_TRIGGERS = [["Publication", "search_publication"], ["PublicationAuthor", "search_publication_author"], ["_PublicationToTopic", "search_publication_topic"], ["_PublicationToRegion", "search_publication_region"]];

async function setSearchTriggers(on: boolean) {
  if (env.provider !== "postgresql") return;
  for (const [table, trigger] of PG_SEARCH_TRIGGERS) await db.$executeRawUnsafe(`ALTER TABLE "${table}" ${on ? "ENABLE" : "DISABLE"} TRIGGER "${trigger}"`);
}

export type SeedPublicationsOptions = {
  count: number;
  /** Shared among the publications: stored PDFs as key, size, pages and hash. */
  pdfs?: Array<{ key: string; size: number; pages: number; sha256: string }>;
  onProgress?: (done: number, total: number) => void;
  batch?: number;
};

/**
 * Inserts `count` published publications with authors, topics and regions, in batches, using the
 * centres, authors, topics and regions already in the database.
 */
export async function seedSyntheticPublications({ count, pdfs = [], onProgress, batch = 1000 }: SeedPublicationsOptions) {
  const [centers, authors, topics, regions] = await Promise.all([
    db.center.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.author.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.topic.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.region.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  if (!centers.length || !authors.length || !topics.length) throw new Error("seed the demo catalogue first: synthetic publications reuse its centres, authors and topics");
  const { rand, pick, zipf } = createRandom();
  const sentence = (about: string[], fr: boolean) => Array.from({ length: 14 }, () => (rand() < 0.15 ? pick(about) : fr && rand() < 0.2 ? pick(FRENCH) : zipf())).join(" ") + ".";
  const placeholders = (n: number, width: number) =>
    Array.from({ length: n }, (_, r) => `(${Array.from({ length: width }, (_, c) => sqlParam(r * width + c + 1)).join(", ")})`).join(", ");

  await setSearchTriggers(false);
  try {
    for (let start = 0; start < count; start += batch) {
      const rows = Array.from({ length: Math.min(batch, count - start) }, (_, k) => {
        const i = start + k;
        const fr = i % 6 === 0;
        const about = [pick(DOMAIN_WORDS), pick(DOMAIN_WORDS), pick(DOMAIN_WORDS)];
        const pdf = pdfs.length ? pdfs[i % pdfs.length] : null;
        return {
          id: syntheticPublicationId(i),
          slug: `synthetic-${i}`,
          title: `${about[0]} ${zipf()} and ${about[1]}: ${zipf()} ${about[2]} ${i}`,
          type: TYPES[i % 5],
          language: fr ? "fr" : "en",
          publishedAt: new Date(Date.UTC(2000 + (i % 26), i % 12, 1 + (i % 28))),
          status: "PUBLISHED" as const,
          releasedAt: new Date(Date.UTC(2000 + (i % 26), i % 12, 1 + (i % 28))),
          summary: Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => sentence(about, fr)).join(" ")).join("\n\n"),
          teaser: sentence(about, fr),
          centerId: pick(centers).id,
          ...(pdf ? { pdfKey: pdf.key, pdfSize: pdf.size, pdfPages: pdf.pages, pdfSha256: pdf.sha256, coverSha256: pdf.sha256 } : {}),
        };
      });
      await db.publication.createMany({ data: rows });
      const byline = rows.flatMap((r) => {
        const n = 1 + Math.floor(rand() ** 3 * 3);
        const chosen = [...new Set(Array.from({ length: n }, () => pick(authors).id))];
        return chosen.map((authorId, position) => ({ publicationId: r.id, authorId, position }));
      });
      await db.publicationAuthor.createMany({ data: byline });
      for (const [table, terms, per] of [["_PublicationToTopic", topics, 2], ["_PublicationToRegion", regions, 1]] as const) {
        if (!terms.length) continue;
        const pairs = [...new Set(rows.flatMap((r) => Array.from({ length: per }, () => `${r.id} ${pick(terms).id}`)))].map((s) => s.split(" "));
        // Plain VALUES: Prisma cannot createMany on implicit many-to-many tables.
        await db.$executeRawUnsafe(`INSERT INTO "${table}" ("A", "B") VALUES ${placeholders(pairs.length, 2)}`, ...pairs.flat());
      }
      // Stored related analyses, as a save would leave them (lib/publications/related.ts), but
      // synthetic like the rest: ranking 100,000 publications one by one would take an hour.
      // The same number per page, so a page reads what a real one does.
      await db.relatedPublication.createMany({
        data: rows.flatMap((r, k) =>
          // Earlier ones only: the later ones do not exist yet.
          Array.from({ length: 8 }, (_, position) => start + k - 1 - position * 7)
            .filter((j) => j >= 0)
            .map((j, position) => ({ publicationId: r.id, relatedId: syntheticPublicationId(j), position })),
        ),
      });
      onProgress?.(Math.min(start + batch, count), count);
    }
  } finally {
    await setSearchTriggers(true);
  }
  if (env.provider === "postgresql") {
    for (let start = 0; start < count; start += 5000) {
      const ids = Array.from({ length: Math.min(5000, count - start) }, (_, k) => syntheticPublicationId(start + k));
      await db.$executeRawUnsafe(`SELECT folio_search_rebuild($1::text[])`, ids);
    }
  }
}
