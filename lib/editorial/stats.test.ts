import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

let db: typeof import("@/lib/db").db;
let stats: typeof import("@/lib/editorial/stats");

beforeAll(async () => {
  await useTempDatabase();
  ({ db } = await import("@/lib/db"));
  stats = await import("@/lib/editorial/stats");
});

describe("readNewAccountsPerWeek", () => {
  it("counts accounts in weeks that start on Monday (UTC), counted by the database, zeros included", async () => {
    // Wednesday 2026-12-09 is "now": this week started Monday 2026-12-07.
    const now = new Date("2026-12-09T12:00:00Z");
    const at = ["2026-12-07T00:00:00Z", "2026-12-09T11:00:00Z", "2026-12-06T23:59:59Z", "2026-11-30T00:00:01Z", "2026-11-23T10:00:00Z", "2026-09-01T00:00:00Z"];
    for (const [i, createdAt] of at.entries()) await db.user.create({ data: { email: `w${i}@example.test`, createdAt: new Date(createdAt) } });
    const weeks = await stats.readNewAccountsPerWeek({ weeks: 3, now });
    expect(weeks).toEqual([
      { week: "2026-11-23", count: 1 },
      // Sunday 23:59:59 belongs to the week before Monday's.
      { week: "2026-11-30", count: 2 },
      { week: "2026-12-07", count: 2 },
    ]);
  });
});
