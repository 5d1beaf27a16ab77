// Generates the Prisma client for the provider DATABASE_URL names (a client is tied to one provider).
// Runs on `npm install`; `npm start` and the tests call ensurePrismaClient() to regenerate on a switch.
import fs from "node:fs";
import path from "node:path";
import { env, type DatabaseProvider } from "@/lib/env";
import { run } from "./lib/run";
import { isEntryPoint, runScript } from "./lib/run-script";

const OUTPUT = path.resolve("lib/generated/prisma");
const MARKER = path.join(OUTPUT, ".provider");

export function currentClientProvider(): string | null {
  return fs.existsSync(MARKER) ? fs.readFileSync(MARKER, "utf8").trim() : null;
}

/** Returns true when it had to (re)generate. */
export async function ensurePrismaClient(provider: DatabaseProvider = env.provider, { force = false } = {}): Promise<boolean> {
  if (!force && currentClientProvider() === provider) return false;
  // `prisma generate` needs no schema engine; /bin/false stops it trying to download one.
  // (Never /bin/true: other commands would then "succeed" without doing anything.)
  await run("npx", ["prisma", "generate"], { env: { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
  fs.writeFileSync(MARKER, provider);
  return true;
}

if (isEntryPoint(import.meta.url)) runScript(async () => void (await ensurePrismaClient(env.provider, { force: !process.argv.includes("--if-needed") })));
