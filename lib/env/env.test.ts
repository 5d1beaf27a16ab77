import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// lib/env reads the environment once, at import; each case runs in a fresh process.
function loadEnv(vars: Record<string, string | undefined>) {
  const r = spawnSync("npx", ["tsx", "-e", 'import("./lib/env/index.ts").then((m) => console.log(JSON.stringify({ provider: m.env.provider, site: m.env.SITE_URL })))'], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...vars } as unknown as NodeJS.ProcessEnv,
  });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr };
}

describe("lib/env", () => {
  it("defaults to SQLite and localhost", () => {
    const r = loadEnv({});
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ provider: "sqlite", site: "http://localhost:3000" });
  });

  it("defaults SITE_URL to the port the server listens on, and keeps only an origin", () => {
    expect(JSON.parse(loadEnv({ PORT: "3101" }).out).site).toBe("http://localhost:3101");
    expect(JSON.parse(loadEnv({ PORT: "3101", SITE_URL: "https://folio.example.org/" }).out).site).toBe("https://folio.example.org");
  });

  it("picks PostgreSQL from a postgresql:// URL", () => {
    expect(JSON.parse(loadEnv({ DATABASE_URL: "postgresql://u@h:5432/db" }).out).provider).toBe("postgresql");
  });

  it("refuses to run a production server without AUTH_SECRET", () => {
    const r = loadEnv({ NODE_ENV: "production" });
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("AUTH_SECRET: required in production");
    expect(loadEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) }).code).toBe(0);
    // `next build` is not a server.
    expect(loadEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).code).toBe(0);
  });

  it("names each invalid variable", () => {
    const r = loadEnv({ DATABASE_URL: "mysql://x", PORT: "99999", SITE_URL: "ftp://x", SITE_LOGO: "javascript:alert(1)" });
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("SITE_LOGO");
    expect(r.err).toContain("DATABASE_URL");
    expect(r.err).toContain("PORT");
    expect(r.err).toContain("SITE_URL");
  });
});
