// Brings the database up to date: the right Prisma client, pending migrations, and the demo
// catalogue when the database holds no publication. Used by `npm start` and `npm run dev`.
import path from "node:path";
import { env } from "@/lib/env";
import { ensurePrismaClient } from "./generate-client";
import { run } from "./lib/run";
import { isEntryPoint, runScript } from "./lib/run-script";

export async function prepareDatabase({ seedDemo = true }: { seedDemo?: boolean } = {}) {
  const regenerated = await ensurePrismaClient();
  // Migrations and the import run in child processes: they import the generated client,
  // which this process may just have rewritten.
  await run("npx", ["tsx", "--conditions=react-server", "scripts/db.ts", "deploy"]);
  if (seedDemo) await run("npx", ["tsx", "--conditions=react-server", "scripts/seed-demo.ts"]);
  return { regenerated };
}

if (isEntryPoint(import.meta.url)) {
  console.log(`Database: ${env.provider === "sqlite" ? path.relative(process.cwd(), env.sqliteFile!) : "PostgreSQL"}`);
  runScript(async () => void (await prepareDatabase()));
}
