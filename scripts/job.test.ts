// `npm run job`, driven as an operator runs it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrator";
import { makeTempDir } from "@/test/fixtures";

let dbFile: string;

function runJobCommand(...args: string[]) {
  const r = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/job.ts", ...args], {
    encoding: "utf8",
    // A port nothing listens on: the jobs that run inside a server must say so.
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, PORT: "1", AUTH_SECRET: "test-secret-test-secret-test-secret" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dbFile = path.join(makeTempDir(), "jobs.db");
  await applyMigrations({ url: `file:${dbFile}` });
});

describe("npm run job", () => {
  it("lists every job with what it does", () => {
    const r = runJobCommand();
    expect(r.code).toBe(0);
    for (const name of ["publish-scheduled", "alert-digests", "send-mail", "prune-outbox", "optimize-database"]) expect(r.stdout).toContain(name);
  });

  it("runs jobs in the order given and prints what each did", () => {
    const r = runJobCommand("prune-outbox", "alert-digests", "send-mail");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/prune-outbox: deleted 0[\s\S]*alert-digests: nothing to do[\s\S]*send-mail: sent 0, retried 0, failed 0/);
  });

  it("refuses an unknown job, a malformed payload and one of the wrong shape, with a readable line", () => {
    expect(runJobCommand("no-such-job")).toMatchObject({ code: 1, stderr: expect.stringContaining("No such job: no-such-job") });
    expect(runJobCommand("optimize-database", "--payload", "{nope")).toMatchObject({ code: 1, stderr: expect.stringContaining("--payload is not JSON") });
    expect(runJobCommand("optimize-database", "--payload", '{"startup":"yes"}')).toMatchObject({ code: 1, stderr: expect.stringContaining("startup") });
    expect(runJobCommand("optimize-database", "--payload", '{"startup":true}')).toMatchObject({ code: 0 });
  });

  it("sends a job that needs a request to the local server, and says when none answers", () => {
    const r = runJobCommand("publish-scheduled");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("runs inside a server");
  });
});
