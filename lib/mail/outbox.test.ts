import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

// The outbox against a real SMTP server on loopback that refuses as told: "later" (451) for the
// first `refuseLater` messages, "never" (550) for addresses starting with "nobody".
let smtp: SMTPServer;
let refuseLater = 0;
const received: string[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("nobody")) return callback(Object.assign(new Error("No such mailbox here"), { responseCode: 550 }));
      if (refuseLater > 0) {
        refuseLater--;
        return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        received.push(session.envelope.rcptTo[0].address);
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  await useTempDatabase();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((r) => smtp.close(() => r()));
});

const load = async () => ({ ...(await import("@/lib/mail/outbox")), db: (await import("@/lib/db")).db });

beforeEach(async () => {
  const { db } = await load();
  await db.mailJob.deleteMany();
  received.length = 0;
  refuseLater = 0;
});

const mail = (to: string) => ({ to, subject: `For ${to}`, text: `A one-time link for ${to}` });

describe("the outbox", () => {
  it("sends a queued mail once, and erases its body once sent", async () => {
    const { queueMail, drainOutbox, db } = await load();
    await queueMail(mail("once@example.test"));
    expect(await drainOutbox()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await drainOutbox()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(received).toEqual(["once@example.test"]);
    const [row] = await db.mailJob.findMany();
    expect(row).toMatchObject({ status: "SENT", attempts: 1, text: "" });
  });

  it("sends each mail exactly once when two workers drain it at the same time", async () => {
    const { queueMail, drainOutbox } = await load();
    for (let i = 0; i < 30; i++) await queueMail(mail(`pair-${i}@example.test`));
    const sent: string[] = [];
    const slowSend = async (m: { to: string }) => {
      await new Promise((r) => setTimeout(r, 2));
      sent.push(m.to);
    };
    const [a, b] = await Promise.all([drainOutbox({ send: slowSend, batch: 10 }), drainOutbox({ send: slowSend, batch: 10 })]);
    expect(a.sent + b.sent).toBe(30);
    expect(new Set(sent).size).toBe(30);
    expect(sent).toHaveLength(30);
    // Both took part: the claim, not luck, kept them apart.
    expect(Math.min(a.sent, b.sent)).toBeGreaterThan(0);
  });

  it("sends what a worker that died mid-batch had claimed, once its lease runs out, and nothing twice", async () => {
    const { queueMail, claimMailJobs, drainOutbox } = await load();
    for (let i = 0; i < 12; i++) await queueMail(mail(`orphan-${i}@example.test`));
    const t0 = new Date();
    // A worker claims a batch, then its process dies before sending any of it.
    const lost = await claimMailJobs({ now: t0, limit: 10 });
    expect(lost).toHaveLength(10);
    const sent: string[] = [];
    const send = async (m: { to: string }) => void sent.push(m.to);
    // Another worker, a minute later: only the two nobody claimed.
    expect((await drainOutbox({ send, now: () => new Date(t0.getTime() + 60_000) })).sent).toBe(2);
    // After the lease (5 minutes), the dead worker's batch.
    expect((await drainOutbox({ send, now: () => new Date(t0.getTime() + 6 * 60_000) })).sent).toBe(10);
    expect(new Set(sent).size).toBe(12);
    expect(sent).toHaveLength(12);
  });

  it("retries a mail the SMTP server refuses twice for now, with growing waits, and sends it the third time", async () => {
    const { queueMail, drainOutbox, db } = await load();
    refuseLater = 2;
    await queueMail(mail("later@example.test"));
    const t0 = Date.now();
    expect(await drainOutbox({ now: () => new Date(t0) })).toEqual({ sent: 0, retried: 1, failed: 0 });
    const first = await db.mailJob.findFirstOrThrow();
    expect(first.status).toBe("PENDING");
    expect(first.lastError).toMatch(/451/);
    expect(first.nextAttemptAt.getTime() - t0).toBe(30_000);
    // Not due yet: nothing is tried.
    expect(await drainOutbox({ now: () => new Date(t0 + 10_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await drainOutbox({ now: () => new Date(t0 + 30_000) })).toEqual({ sent: 0, retried: 1, failed: 0 });
    const second = await db.mailJob.findFirstOrThrow();
    expect(second.nextAttemptAt.getTime() - (t0 + 30_000)).toBe(60_000);
    expect(await drainOutbox({ now: () => new Date(t0 + 90_000) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(received).toEqual(["later@example.test"]);
    expect(await db.mailJob.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
  });

  it("stops at once when the server refuses for good, and shows the failure and its reason", async () => {
    const { queueMail, drainOutbox, readOutboxStatus } = await load();
    await queueMail(mail("nobody@example.test"));
    await queueMail(mail("somebody@example.test"));
    expect(await drainOutbox()).toEqual({ sent: 1, retried: 0, failed: 1 });
    const status = await readOutboxStatus();
    expect(status).toMatchObject({ pending: 0, sent: 1, failed: 1 });
    expect(status.failures[0]).toMatchObject({ to: "nobody@example.test", attempts: 1 });
    expect(status.failures[0].lastError).toMatch(/550/);
  });

  it("names the reader whose address refused a mail for good, and not one refused for now", async () => {
    const { db, drainOutbox } = await load();
    const refused: string[] = [];
    const gone = await db.user.create({ data: { email: "nobody-reader@example.test", emailVerified: new Date() } });
    const busy = await db.user.create({ data: { email: "busy-reader@example.test", emailVerified: new Date() } });
    await db.mailJob.create({ data: { to: gone.email, subject: "New by A", text: "t", html: "<p>t</p>", userId: gone.id } });
    refuseLater = 1;
    await db.mailJob.create({ data: { to: busy.email, subject: "New by A", text: "t", html: "<p>t</p>", userId: busy.id } });
    await drainOutbox({ onAddressRefused: async (reader) => void refused.push(reader.userId) });
    expect(refused).toEqual([gone.id]);
  });

  it("gives up after the last attempt, and waits at most an hour between two", async () => {
    const { retryDelayMs, MAX_ATTEMPTS, queueMail, drainOutbox, db } = await load();
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(60 * 60 * 1000);
    await queueMail(mail("flaky@example.test"));
    let t = Date.now();
    const refuse = async () => {
      throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    };
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await drainOutbox({ send: refuse, now: () => new Date(t) });
      t += 2 * 60 * 60 * 1000;
    }
    expect(await db.mailJob.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, text: "" });
  });
});
