// Brings the database up to date: the right Prisma client, pending migrations, and the demo
// catalogue when the database holds no publication. Used by `npm start` and `npm run dev`.
import path from "node:path";
import { env } from "@/lib/env";
import { ensurePrismaClient } from "./generate-client";
import { run } from "./lib/run";

export async function prepareDatabase({ seedDemo = true }: { seedDemo?: boolean } = {}) {
  const regenerated = await ensurePrismaClient();
  // Migrations and the import run in child processes: they import the generated client,
  // which this process may just have rewritten.
  await run("npx", ["tsx", "--conditions=react-server", "scripts/db.ts", "deploy"]);
  if (seedDemo) await run("npx", ["tsx", "--conditions=react-server", "scripts/seed-demo.ts"]);
  return { regenerated };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Database: ${env.provider === "sqlite" ? path.relative(process.cwd(), env.sqliteFile!) : "PostgreSQL"}`);
  prepareDatabase().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
