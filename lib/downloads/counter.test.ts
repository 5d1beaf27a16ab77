// The COUNTER R5.1 rules, through the gated PDF route's own planner (lib/downloads/stream-pdf.ts)
// and the reports computed from the log.
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, useTempDatabase, writePdf } from "@/test/fixtures";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

let db: typeof import("@/lib/db").db;
let counter: typeof import("@/lib/stats/counter");
let planPdfResponse: typeof import("@/lib/downloads/stream-pdf").planPdfResponse;
let pub: { id: string };

beforeAll(async () => {
  await useTempDatabase();
  process.env.SITE_URL = "https://institute.example";
  ({ db } = await import("@/lib/db"));
  counter = await import("@/lib/stats/counter");
  ({ planPdfResponse } = await import("@/lib/downloads/stream-pdf"));
  const { inspectPdf, storePdf } = await import("@/lib/storage/pdf-store");
  const file = path.join(makeTempDir(), "a.pdf");
  await writePdf(file);
  const info = await inspectPdf({ file });
  const key = await storePdf({ file, sha256: info.sha256 });
  const center = await db.center.create({ data: { slug: "c", name: "C", description: "d" } });
  const author = await db.author.create({ data: { slug: "lea", name: "Léa Fontaine", role: "r", bio: "b", orcid: "0000-0002-1825-0097" } });
  pub = await db.publication.create({
    data: {
      slug: "counted", title: "Counted, “quoted”", type: "REPORT", language: "en", status: "PUBLISHED", publishedAt: new Date("2025-03-01T00:00:00Z"), summary: "s", teaser: "t",
      centerId: center.id, pdfKey: key, pdfSize: info.size, pdfPages: info.pages, pdfSha256: info.sha256, doi: "10.5555/counted",
      authors: { create: { authorId: author.id, position: 0 } },
    },
  });
});

async function reader(email: string) {
  return (await db.user.create({ data: { email } })).id;
}
const events = () => db.downloadEvent.findMany({ where: { publicationId: pub.id }, orderBy: { at: "asc" } });

describe("what reaches the log", () => {
  it("logs a full GET by a reader with a session, and nothing for refusals, HEAD or ranged requests", async () => {
    await db.downloadEvent.deleteMany();
    const userId = await reader("route@example.test");
    expect((await planPdfResponse({ slug: "counted", userId: null, userAgent: BROWSER, range: null, ifRange: null })).status).toBe(303);
    expect((await planPdfResponse({ slug: "counted", userId, userAgent: BROWSER, range: null, ifRange: null, method: "HEAD" })).status).toBe(200);
    expect((await planPdfResponse({ slug: "counted", userId, userAgent: BROWSER, range: "bytes=0-99", ifRange: null })).status).toBe(206);
    expect((await planPdfResponse({ slug: "counted", userId, userAgent: BROWSER, range: "bytes=100-", ifRange: null })).status).toBe(206);
    expect(await events()).toHaveLength(0);
    expect((await planPdfResponse({ slug: "counted", userId, userAgent: BROWSER, range: null, ifRange: null })).status).toBe(200);
    const [event] = await events();
    expect(event).toMatchObject({ counted: true, robot: false, userAgent: BROWSER });
    // The log names no account.
    expect(JSON.stringify(event)).not.toContain(userId);
  });

  it("logs robots' downloads without counting them, by the COUNTER list", async () => {
    await db.downloadEvent.deleteMany();
    const userId = await reader("robot@example.test");
    for (const ua of ["Googlebot/2.1 (+http://www.google.com/bot.html)", "Mozilla/5.0 HeadlessChrome/126.0", "python-requests/2.31", "curl/8.5.0", "", null]) {
      await planPdfResponse({ slug: "counted", userId, userAgent: ua, range: null, ifRange: null });
    }
    const logged = await events();
    expect(logged).toHaveLength(6);
    expect(logged.every((e) => e.robot && !e.counted)).toBe(true);
    const { isRobot } = await import("@/lib/stats/robots");
    expect(isRobot(BROWSER)).toBe(false);
    expect(isRobot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).toBe(false);
  });
});

describe("double clicks and sessions", () => {
  it("counts a chain of clicks each within 30 s of the last once, and a click after a pause again", async () => {
    await db.downloadEvent.deleteMany();
    const userId = await reader("clicks@example.test");
    const t0 = Date.UTC(2026, 5, 10, 9, 0, 0);
    for (const s of [0, 20, 40, 100, 129, 170]) await counter.recordDownloadEvent({ publicationId: pub.id, userId, userAgent: BROWSER, at: new Date(t0 + s * 1000) });
    expect((await events()).map((e) => e.counted)).toEqual([true, false, false, true, false, true]);
  });

  it("matches COUNTER's rule for any sequence of clicks (property)", async () => {
    const userId = await reader("property@example.test");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 8 }), async (gaps) => {
        await db.downloadEvent.deleteMany();
        let t = Date.UTC(2026, 5, 11, 9, 0, 0);
        for (const g of gaps) {
          t += g * 1000;
          await counter.recordDownloadEvent({ publicationId: pub.id, userId, userAgent: BROWSER, at: new Date(t) });
        }
        // COUNTER: of two clicks within 30 s, only one counts; so a click counts unless the next
        // one comes within 30 s. The count is the same whichever of a pair is kept.
        const expected = gaps.slice(1).filter((g) => g * 1000 > counter.DOUBLE_CLICK_MS).length + 1;
        expect((await events()).filter((e) => e.counted)).toHaveLength(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("counts unique item requests once per reader per hour, and each reader apart", async () => {
    await db.downloadEvent.deleteMany();
    const [a, b] = [await reader("u1@example.test"), await reader("u2@example.test")];
    const at = (h: number, m: number) => new Date(Date.UTC(2026, 6, 1, h, m));
    for (const [userId, when] of [[a, at(9, 0)], [a, at(9, 10)], [a, at(10, 5)], [b, at(9, 20)]] as const) await counter.recordDownloadEvent({ publicationId: pub.id, userId, userAgent: BROWSER, at: when });
    const rows = await counter.readMonthlyItemRequests({ fromMonth: "2026-07", toMonth: "2026-07" });
    expect(rows).toEqual([{ publicationId: pub.id, month: "2026-07", total: 4, unique: 3 }]);
  });

  it("adds the items' figures up per month in the database, newest first, months without downloads at zero", async () => {
    await db.downloadEvent.deleteMany();
    const other = await db.publication.create({ data: { slug: "other", title: "Other", type: "REPORT", language: "en", status: "PUBLISHED", publishedAt: new Date("2025-03-01T00:00:00Z"), summary: "s", teaser: "t", centerId: (await db.center.findFirstOrThrow()).id } });
    const r = await reader("u3@example.test");
    // The same reader within the hour: one unique request per item, so two for the platform.
    for (const [publicationId, when] of [[pub.id, Date.UTC(2026, 6, 1, 9)], [other.id, Date.UTC(2026, 6, 1, 9, 5)], [pub.id, Date.UTC(2026, 8, 30, 23, 59)]] as const) {
      await counter.recordDownloadEvent({ publicationId, userId: r, userAgent: BROWSER, at: new Date(when) });
    }
    expect(await counter.readMonthlyTotals({ fromMonth: "2026-06", toMonth: "2026-09" })).toEqual([
      { month: "2026-09", total: 1, unique: 1 },
      { month: "2026-08", total: 0, unique: 0 },
      { month: "2026-07", total: 2, unique: 2 },
      { month: "2026-06", total: 0, unique: 0 },
    ]);
    expect(await counter.readMonthlyTotals({ fromMonth: "2026-07", toMonth: "2026-07", publicationId: other.id })).toEqual([{ month: "2026-07", total: 1, unique: 1 }]);
  });

  it("tells visitors apart by account, else cookie, else address and agent", () => {
    const keys = [
      counter.visitorKey({ userId: "u1" }),
      counter.visitorKey({ userId: "u2" }),
      counter.visitorKey({ cookie: "c1" }),
      counter.visitorKey({ ip: "192.0.2.1", userAgent: "A" }),
      counter.visitorKey({ ip: "192.0.2.1", userAgent: "B" }),
    ];
    expect(new Set(keys).size).toBe(5);
    expect(counter.visitorKey({ userId: "u1", cookie: "c9" })).toBe(keys[0]);
  });
});

describe("the item report and the log's retention", () => {
  it("writes a COUNTER R5.1 Item Report with its header block, metric names and months", async () => {
    await db.downloadEvent.deleteMany();
    const userId = await reader("report@example.test");
    await counter.recordDownloadEvent({ publicationId: pub.id, userId, userAgent: BROWSER, at: new Date(Date.UTC(2026, 0, 5, 9)) });
    await counter.recordDownloadEvent({ publicationId: pub.id, userId, userAgent: BROWSER, at: new Date(Date.UTC(2026, 2, 5, 9)) });
    await counter.recordDownloadEvent({ publicationId: pub.id, userId, userAgent: BROWSER, at: new Date(Date.UTC(2026, 2, 5, 11)) });
    const { buildItemReportCsv } = await import("@/lib/stats/item-report");
    const csv = await buildItemReportCsv({ fromMonth: "2026-01", toMonth: "2026-03", now: new Date(Date.UTC(2026, 3, 1)) });
    const lines = csv.split("\r\n");
    expect(lines.slice(0, 3)).toEqual(["Report_Name,Item Report", "Report_ID,IR", "Release,5.1"]);
    expect(lines).toContain("Reporting_Period,Begin_Date=2026-01-01; End_Date=2026-03-31");
    expect(lines[13]).toBe("");
    const columns = lines[14].split(",");
    expect(columns.slice(0, 2)).toEqual(["Item", "Publisher"]);
    expect(columns.slice(-5)).toEqual(["Metric_Type", "Reporting_Period_Total", "Jan-2026", "Feb-2026", "Mar-2026"]);
    const total = lines.slice(15).find((l) => l.includes("Total_Item_Requests"))!;
    const unique = lines.slice(15).find((l) => l.includes("Unique_Item_Requests"))!;
    expect(total).toMatch(/^"Counted, “quoted”",/);
    expect(total).toContain("Léa Fontaine (ORCID:0000-0002-1825-0097)");
    expect(total).toContain(",10.5555/counted,");
    expect(total.endsWith(",Total_Item_Requests,3,1,0,2")).toBe(true);
    expect(unique.endsWith(",Unique_Item_Requests,3,1,0,2")).toBe(true);
  });

  it("drops entries older than the retention period, and keeps the rest", async () => {
    await db.downloadEvent.deleteMany();
    const userId = await reader("old@example.test");
    const now = new Date(Date.UTC(2026, 11, 1));
    await counter.recordDownloadEvent({ publicationId: pub.id, userId, userAgent: BROWSER, at: new Date(now.getTime() - 1_200 * 86_400_000) });
    await counter.recordDownloadEvent({ publicationId: pub.id, userId, userAgent: BROWSER, at: new Date(now.getTime() - 1_000 * 86_400_000) });
    expect(await counter.pruneDownloadLog({ now })).toBe(1);
    expect(await events()).toHaveLength(1);
  });
});
