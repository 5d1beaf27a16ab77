// npm run test:e2e: a fresh database (SQLite under data/, or the PostgreSQL database that
// DATABASE_URL names), the demo catalogue plus test fixtures, a build in .next-e2e, then Playwright.
// Extra arguments go to Playwright, e.g. `npm run test:e2e -- e2e/listing.spec.ts`.
import fs from "node:fs";
import path from "node:path";
import { CHROMIUM_HELP, findChromium } from "./lib/chromium";
import { run } from "./lib/run";
import { runScript } from "./lib/run-script";

const TSX = ["tsx", "--conditions=react-server"];

async function main() {
  if (!findChromium()) throw new Error(CHROMIUM_HELP);
  const url = process.env.DATABASE_URL || "";
  const data = path.resolve("data");
  const env: Record<string, string> = {
    DATABASE_URL: url.startsWith("postgres") ? url : `file:${path.join(data, "e2e.db")}`,
    STORAGE_DIR: path.join(data, "e2e-storage"),
    NEXT_DIST_DIR: ".next-e2e",
    // `npm test` type-checks before this runs (next.config.js).
    NEXT_SKIP_TYPECHECK: "1",
    SITE_URL: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
    SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2525}`,
    E2E_SMTP_PORT: process.env.E2E_SMTP_PORT ?? "2525",
    E2E_MAIL_DIR: path.join(data, "e2e-mail"),
    MAIL_FROM: "Folio tests <tests@example.test>",
    // Every test signs in from 127.0.0.1; the per-email limit is the one under test, on a short window.
    AUTH_RATE_LIMIT_PER_IP: "10000",
    AUTH_RATE_LIMIT_PER_EMAIL: "5",
    AUTH_RATE_LIMIT_WINDOW_SECONDS: "5",
  };
  if (!url.startsWith("postgres")) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(path.join(data, `e2e.db${suffix}`), { force: true });
  }
  fs.rmSync(env.STORAGE_DIR, { recursive: true, force: true });
  console.log(`End-to-end tests on ${url.startsWith("postgres") ? "PostgreSQL" : "SQLite"}`);

  await run("npx", [...TSX, "scripts/generate-client.ts", "--if-needed"], { env });
  await run("npx", [...TSX, "scripts/db.ts", "deploy"], { env });
  await run("npx", [...TSX, "scripts/seed-demo.ts", "--force"], { env });
  await run("npx", [...TSX, "scripts/import.ts", "e2e/fixtures/catalog.json"], { env });
  await run("npx", [...TSX, "scripts/build.ts"], { env });
  await run("npx", ["playwright", "test", ...process.argv.slice(2)], { env });
}

runScript(main);
