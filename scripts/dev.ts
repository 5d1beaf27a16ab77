// npm run dev: migrate and seed like `npm start`, then the development server.
import { env } from "@/lib/env";
import { ensureAuthSecret } from "./lib/auth-secret";
import { prepareDatabase } from "./prepare";
import { run } from "./lib/run";

prepareDatabase()
  .then(() => run("npx", ["next", "dev", "-p", String(env.PORT)], { env: { NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: ensureAuthSecret() } }))
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
