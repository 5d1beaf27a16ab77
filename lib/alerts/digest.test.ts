import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

// The digest run against a real SQLite database: who gets a mail, with what, and how often.
beforeAll(async () => {
  process.env.AUTH_SECRET = "unit-test-secret-0123456789-0123456789";
  process.env.SITE_URL = "https://folio.test";
  await useTempDatabase();
});

const load = async () => ({
  ...(await import("@/lib/alerts/digest")),
  ...(await import("@/lib/alerts/subscriptions")),
  ...(await import("@/lib/alerts/tokens")),
  db: (await import("@/lib/db")).db,
});

const HOUR = 3600_000;
let seq = 0;
const uid = () => `t${Date.now().toString(36)}${(seq++).toString(36).padStart(4, "0")}`;

async function world() {
  const { db } = await load();
  const s = uid();
  const center = await db.center.create({ data: { slug: `asia-${s}`, name: "Centre for Asian Studies", description: "d", localized: { fr: { name: "Centre Asie", description: "d" } } } });
  const other = await db.center.create({ data: { slug: `energy-${s}`, name: "Energy Centre", description: "d" } });
  const lea = await db.author.create({ data: { slug: `lea-${s}`, name: "Léa Fontaine", role: "r", bio: "b", centerId: center.id } });
  const tom = await db.author.create({ data: { slug: `tom-${s}`, name: "Tom Reed", role: "r", bio: "b" } });
  const topic = await db.topic.create({ data: { slug: `nuclear-${s}`, name: `Nuclear ${s}` } });
  const reader = async (locale = "en", verified = true) =>
    db.user.create({ data: { email: `${uid()}@example.test`, locale, emailVerified: verified ? new Date() : null } });
  let n = 0;
  type Release = { at: Date; authors?: string[]; centerId?: string; topics?: string[]; title?: string; status?: "PUBLISHED" | "DRAFT"; series?: string | null };
  const publish = async ({ at, authors = [lea.id], centerId = center.id, topics = [], title = `Paper ${s} ${n}`, status = "PUBLISHED", series = null }: Release) =>
    db.publication.create({
      data: {
        slug: `p-${s}-${n++}`, title, type: "POLICY_BRIEF", language: "en", publishedAt: new Date("2020-01-01"), releasedAt: at, status, series,
        summary: "About the ocean and grain.", teaser: `What paper ${n} argues.`, centerId,
        topics: { connect: topics.map((id) => ({ id })) },
        authors: { create: authors.map((authorId, position) => ({ authorId, position })) },
      },
    });
  return { center, other, lea, tom, topic, reader, publish };
}

beforeEach(async () => {
  const { db } = await load();
  await db.mailJob.deleteMany();
  await db.alertSettings.updateMany({ data: { pausedAt: new Date() } });
});

/** Makes every reader's digest due now and counts from `since`. */
async function dueSince(userIds: string[], since: Date, frequency: "IMMEDIATE" | "DAILY" | "WEEKLY" = "IMMEDIATE") {
  const { db } = await load();
  await db.alertSettings.updateMany({ where: { userId: { in: userIds } }, data: { coveredUntil: since, dueAt: since, frequency, pausedAt: null } });
}

describe("the digest run", () => {
  it("mails each reader what was released for what they follow, grouped, each publication once, with one-click unsubscribe", async () => {
    const { db, followTarget, runAlertDigests, verifyAlertStop } = await load();
    const w = await world();
    const t0 = new Date(Date.now() - 2 * HOUR);
    const r = await w.reader();
    expect(await followTarget({ userId: r.id, kind: "author", target: w.lea.id })).toEqual({ ok: true, value: undefined });
    await followTarget({ userId: r.id, kind: "center", target: w.center.id });
    await followTarget({ userId: r.id, kind: "topic", target: w.topic.id });
    await dueSince([r.id], t0);
    const a = await w.publish({ at: new Date(t0.getTime() + HOUR), title: `Grain routes ${uid()}` }); // Léa, Asia: two follows, one mention
    const b = await w.publish({ at: new Date(t0.getTime() + HOUR), authors: [w.tom.id], centerId: w.other.id, topics: [w.topic.id] });
    await w.publish({ at: new Date(t0.getTime() - HOUR) }); // released before the mark
    await w.publish({ at: new Date(t0.getTime() + HOUR), status: "DRAFT" }); // not public
    await w.publish({ at: new Date(t0.getTime() + HOUR), authors: [w.tom.id], centerId: w.other.id }); // nothing followed

    const run = await runAlertDigests();
    expect(run).toMatchObject({ mails: 1 });
    const mails = await db.mailJob.findMany({ where: { userId: r.id } });
    expect(mails).toHaveLength(1);
    const [m] = mails;
    expect(m.to).toBe(r.email);
    expect(m.subject).toBe("New by Léa Fontaine, and 1 more alert");
    expect(m.text.split(a.title)).toHaveLength(2); // once, though it matches the author and the centre
    expect(m.text).toContain(`== New by Léa Fontaine ==`);
    expect(m.text).toContain(`== New on ${w.topic.name} ==`);
    expect(m.text).not.toContain("== New from the Centre for Asian Studies ==");
    expect(m.text).toContain(`https://folio.test/analyses/${b.slug}`);
    expect(m.text).toContain("2 new publications since your last alert");
    expect(m.html).toContain(`href="https://folio.test/analyses/${a.slug}"`);
    const headers = m.headers as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const token = /token=([^>]+)>$/.exec(headers["List-Unsubscribe"])![1];
    const stop = verifyAlertStop(token)!;
    expect(stop.userId).toBe(r.id);
    expect(stop.follows).toHaveLength(2);

    // Nothing new since: no mail.
    expect((await runAlertDigests()).mails).toBe(0);
    expect(await db.mailJob.count({ where: { userId: r.id } })).toBe(1);
  });

  it("sends nothing when nothing is new, nothing to unconfirmed or paused readers, and leaves out what was unpublished", async () => {
    const { db, followTarget, pauseAlerts, runAlertDigests } = await load();
    const w = await world();
    const t0 = new Date(Date.now() - HOUR);
    const quiet = await w.reader();
    const unconfirmed = await w.reader("en", false);
    const paused = await w.reader();
    for (const r of [quiet, unconfirmed, paused]) await followTarget({ userId: r.id, kind: "author", target: w.lea.id });
    await dueSince([quiet.id, unconfirmed.id, paused.id], t0);
    await pauseAlerts({ userId: paused.id, paused: true });
    expect((await runAlertDigests()).mails).toBe(0);

    const p = await w.publish({ at: new Date() });
    await db.publication.update({ where: { id: p.id }, data: { status: "DRAFT" } });
    await dueSince([quiet.id], t0);
    expect((await runAlertDigests()).mails).toBe(0);
    await db.publication.update({ where: { id: p.id }, data: { status: "PUBLISHED" } });
    await dueSince([quiet.id, unconfirmed.id], t0);
    expect((await runAlertDigests()).mails).toBe(1);
    expect(await db.mailJob.findMany({ select: { userId: true } })).toEqual([{ userId: quiet.id }]);
  });

  it("writes in the reader's language and matches saved searches by words and filters", async () => {
    const { db, saveSearch, runAlertDigests } = await load();
    const w = await world();
    const t0 = new Date(Date.now() - HOUR);
    const r = await w.reader("fr");
    const word = `zephyrine${uid()}`;
    expect((await saveSearch({ userId: r.id, query: `q=${word}&center=${w.center.slug}` })).ok).toBe(true);
    await dueSince([r.id], t0);
    const hit = await w.publish({ at: new Date(), title: `The ${word} question` });
    await w.publish({ at: new Date(), title: `The ${word} answer`, centerId: w.other.id }); // other centre
    await w.publish({ at: new Date(), title: "Unrelated words" });
    expect((await runAlertDigests()).mails).toBe(1);
    const [m] = await db.mailJob.findMany({ where: { userId: r.id } });
    expect(m.subject).toBe(`Nouveaux résultats pour «\u00a0${word}\u00a0» · Centre\u00a0: Centre Asie`);
    expect(m.text).toContain(hit.title);
    expect(m.text).not.toContain("answer");
    expect(m.text).toContain("https://folio.test/fr/account/alerts");
    expect(m.html).toContain('<html lang="fr"');
  });

  it("keeps at most 50 saved searches, and the same search saved twice is one", async () => {
    const { db, saveSearch } = await load();
    const w = await world();
    const r = await w.reader();
    for (let i = 0; i < 50; i++) expect((await saveSearch({ userId: r.id, query: `q=word${i}` })).ok).toBe(true);
    expect((await saveSearch({ userId: r.id, query: "q=word3" })).ok).toBe(true);
    expect(await saveSearch({ userId: r.id, query: "q=one-more" })).toMatchObject({ ok: false, code: "alerts.tooManySearches" });
    expect(await db.savedSearch.count({ where: { userId: r.id } })).toBe(50);
  });

  it("stops after the batch in which its lease was lost, and the next run queues the rest, each digest once", async () => {
    const { db, followTarget, runAlertDigests } = await load();
    const w = await world();
    const readers = await Promise.all(Array.from({ length: 30 }, () => w.reader()));
    for (const r of readers) await followTarget({ userId: r.id, kind: "author", target: w.lea.id });
    await dueSince(readers.map((r) => r.id), new Date(Date.now() - HOUR));
    await w.publish({ at: new Date() });
    // Two processes together are kept apart by the job's lease (lib/jobs/run-job.test.ts); here
    // the lease lapses after the first batch.
    const cut = await runAlertDigests({ batchSize: 7, keepLease: async () => false });
    expect(cut.mails).toBe(7);
    const rest = await runAlertDigests({ batchSize: 7 });
    expect(cut.mails + rest.mails).toBe(30);
    expect(await db.mailJob.count()).toBe(30);
    expect(new Set((await db.mailJob.findMany({ select: { userId: true } })).map((m) => m.userId)).size).toBe(30);
  });

  it("deleting an account deletes its follows, saved searches, settings and mails", async () => {
    const { db, followTarget, saveSearch } = await load();
    const w = await world();
    const r = await w.reader();
    await followTarget({ userId: r.id, kind: "author", target: w.lea.id });
    await saveSearch({ userId: r.id, query: "q=grain" });
    await db.mailJob.create({ data: { to: r.email, subject: "s", text: "t", userId: r.id } });
    await db.user.delete({ where: { id: r.id } });
    expect(await db.follow.count({ where: { userId: r.id } })).toBe(0);
    expect(await db.savedSearch.count({ where: { userId: r.id } })).toBe(0);
    expect(await db.alertSettings.count({ where: { userId: r.id } })).toBe(0);
    expect(await db.mailJob.count({ where: { userId: r.id } })).toBe(0);
  });
});

describe("after a hard bounce", () => {
  it("a link mailed to the address resumes the alerts, once, and a forged one does nothing", async () => {
    const { db, followTarget } = await load();
    const { requestAlertReconfirmation, confirmAlertAddress } = await import("@/lib/alerts/reconfirm");
    const w = await world();
    const r = await w.reader();
    await followTarget({ userId: r.id, kind: "author", target: w.lea.id });
    await db.alertSettings.update({ where: { userId: r.id }, data: { bouncedAt: new Date() } });
    await requestAlertReconfirmation({ userId: r.id });
    const [m] = await db.mailJob.findMany({ where: { to: r.email } });
    const token = /\/alerts\/confirm\?token=(\S+)/.exec(m.text)![1];
    expect(await confirmAlertAddress({ token: token.replace(/.$/, (c) => (c === "A" ? "B" : "A")) })).toMatchObject({ ok: false, code: "alerts.badLink" });
    expect(await confirmAlertAddress({ token })).toEqual({ ok: true, value: undefined });
    expect((await db.alertSettings.findUnique({ where: { userId: r.id } }))!.bouncedAt).toBeNull();
    expect(await confirmAlertAddress({ token })).toMatchObject({ ok: false, code: "alerts.badLink" });
  });
});

describe("unsubscribe tokens", () => {
  it("name what they were signed for, and any change to them is refused", async () => {
    const { signAlertStop, verifyAlertStop } = await load();
    const stop = { userId: "cku1a2b3c4d5e6f7g8h9", follows: ["ckf1a2b3c4d5e6f7g8h9"], searches: [] };
    const token = signAlertStop(stop);
    expect(verifyAlertStop(token)).toEqual(stop);
    fc.assert(
      fc.property(fc.nat({ max: token.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }), (at, insert) => {
        const forged = token.slice(0, at) + insert + token.slice(at + 1);
        fc.pre(forged !== token);
        expect(verifyAlertStop(forged)).toBeNull();
      }),
    );
    for (const bad of ["", ".", "a.b", `${token}.x`, "x".repeat(20_000), 42, null]) expect(verifyAlertStop(bad)).toBeNull();
  });
});
