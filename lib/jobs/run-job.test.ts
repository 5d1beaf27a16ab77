import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "@/test/fixtures";

let runJob: typeof import("@/lib/jobs/run-job").runJob;
let defineJob: typeof import("@/lib/jobs/define-job").defineJob;

beforeAll(async () => {
  await useTempDatabase();
  ({ runJob } = await import("@/lib/jobs/run-job"));
  ({ defineJob } = await import("@/lib/jobs/define-job"));
});

describe("runJob", () => {
  it("checks the payload against the job's schema, and refuses one for a job that takes none", async () => {
    const seen: number[] = [];
    const job = defineJob({ name: "t-payload", description: "", everySeconds: () => 0, payload: z.object({ n: z.number().int() }), run: async ({ payload }) => (seen.push(payload.n), { n: payload.n }) });
    expect(await runJob(job, { payload: { n: 3 } })).toEqual({ ok: true, ran: true, summary: { n: 3 } });
    expect(await runJob(job, { payload: { n: "3" } })).toMatchObject({ ok: false, reason: "invalid-payload" });
    expect(seen).toEqual([3]);
    const bare = defineJob({ name: "t-bare", description: "", everySeconds: () => 0, run: async () => ({ done: true }) });
    expect(await runJob(bare, {})).toMatchObject({ ok: true, ran: true });
    expect(await runJob(bare, { payload: {} })).toMatchObject({ ok: true, ran: true });
    expect(await runJob(bare, { payload: { x: 1 } })).toMatchObject({ ok: false, reason: "invalid-payload" });
  });

  it("skips a job with no work before touching its lease", async () => {
    let ran = false;
    const job = defineJob({ name: "t-idle", description: "", everySeconds: () => 0, lease: { seconds: 60 }, hasWork: async () => false, run: async () => ((ran = true), {}) });
    expect(await runJob(job)).toEqual({ ok: true, ran: false, reason: "no-work" });
    expect(ran).toBe(false);
  });

  it("runs a leased job in one process at a time, renews while it works, and frees it after", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const renewals: boolean[] = [];
    const job = defineJob({
      name: "t-leased",
      description: "",
      everySeconds: () => 0,
      lease: { seconds: 60 },
      run: async ({ keepLease }) => {
        await gate;
        renewals.push(await keepLease());
        return { done: true };
      },
    });
    const first = runJob(job);
    // The first holds the lease (its write is done before it waits at the gate).
    await new Promise((r) => setTimeout(r, 50));
    expect(await runJob(job)).toEqual({ ok: true, ran: false, reason: "leased-elsewhere" });
    release();
    expect(await first).toMatchObject({ ok: true, ran: true });
    expect(renewals).toEqual([true]);
    // Freed: the next run takes it.
    const again = defineJob({ ...job, run: async () => ({ again: true }) });
    expect(await runJob(again)).toEqual({ ok: true, ran: true, summary: { again: true } });
  });
});

describe("the registry", () => {
  it("lists every definition file once, under a unique command-line name", async () => {
    const { JOBS } = await import("@/lib/jobs/registry");
    const files = fs.readdirSync(path.resolve("lib/jobs/definitions")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(JOBS.map((j) => `${j.name}.ts`).sort()).toEqual(files.sort());
    for (const job of JOBS) expect(job.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
