import path from "node:path";
import { defineConfig } from "prisma/config";
import { env } from "./lib/env";

// The Prisma CLI is used here only for `generate`; migrations run through scripts/db.ts.
const folder = env.provider === "sqlite" ? "prisma/sqlite" : "prisma/postgres";

export default defineConfig({
  schema: folder,
  migrations: { path: path.join(folder, "migrations") },
  datasource: { url: env.DATABASE_URL },
});
