import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_HELP, findChromium } from "./scripts/lib/chromium";

// Run through `npm run test:e2e`, which prepares a database and a build in .next-e2e first.
const port = Number(process.env.E2E_PORT ?? 3100);
// On PostgreSQL (CI's second pass) the specs whose subject is the same on either engine are left
// out: pages' accessibility and layout, the client bundles, the nginx front, the cache's keys and
// headers, missing pages, the cover files, the online reader, the cron route. Every spec that
// reads or writes through SQL of its own (listings, search, the back office, accounts, alerts,
// statistics, OAI, outages, several processes) runs on both.
const ENGINE_NEUTRAL = /\/(accessibility|bundles|front|reading|visitor-query|public-cache|not-found|crawl|covers|reader|jobs)\.spec\.ts/;
const onPostgres = (process.env.DATABASE_URL ?? "").startsWith("postgres");
const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_HELP);

export default defineConfig({
  testDir: "e2e",
  // An SMTP server in this process receives what the app sends (see e2e/support/mailbox.ts).
  globalSetup: "./e2e/support/mail-server.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // A journey's budget, not a performance check (those live in `npm run bench`). On CI's two
  // cores, two workers, the server and two Chromiums share the machine: the longest journeys
  // (sign-up, reset, upload and schedule) took 27–33 s there.
  timeout: 60_000,
  use: {
    // localhost, not 127.0.0.1: next start hands route handlers http://localhost:PORT.
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: [/(mutations|admin|multi-instance|alerts)\.spec\.ts/, ...(onPostgres ? [ENGINE_NEUTRAL] : [])] },
    // One at a time: each of these edits the shared catalogue, and an edit (with the related lists
    // it ranks again) expires pages another of them asserts are cached (seen: a page expected to be
    // re-warmed was a MISS because a cover replaced alongside re-ranked its neighbours).
    { name: "catalogue-mutations", use: { ...devices["Desktop Chrome"] }, testMatch: /(mutations|admin|multi-instance|alerts)\.spec\.ts/, dependencies: ["chromium"], workers: 1 },
  ],
  webServer: {
    command: "npx tsx scripts/serve.ts",
    url: `http://localhost:${port}/`,
    // A leftover server would serve an old build.
    reuseExistingServer: false,
    timeout: 60_000,
    // A one-second scheduler lets the scheduling test wait seconds, not minutes; a 2 MB upload
    // limit lets the oversized-upload test send 3 MB, not 100.
    env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), SCHEDULER_INTERVAL_SECONDS: "1", PDF_UPLOAD_MAX_MB: "2", OAI_PAGE_SIZE: "10", PDF_RENDER_TIMEOUT_SECONDS: "5" },
  },
});
