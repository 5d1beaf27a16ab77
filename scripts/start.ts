// npm start: migrate, seed the demo catalogue if the database is empty, build if there is no
// build for this database provider, then serve on PORT (3000).
import { env } from "@/lib/env";
import { buildIsUsable, buildSite } from "./build";
import { ensureAuthSecret } from "./lib/auth-secret";
import { prepareDatabase } from "./prepare";
import { run } from "./lib/run";

async function main() {
  const started = performance.now();
  const { regenerated } = await prepareDatabase();
  if (regenerated || !buildIsUsable()) {
    console.log("Building the site (again whenever the code, SITE_URL or the database provider changes)…");
    await buildSite();
  }
  console.log(`Prepared in ${((performance.now() - started) / 1000).toFixed(1)} s; serving ${env.SITE_URL}`);
  await run("npx", ["tsx", "scripts/serve.ts"], { env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: ensureAuthSecret() } });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
