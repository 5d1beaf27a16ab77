// npm run build: `next build` with the right Prisma client, recording which provider it was built for.
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { ensurePrismaClient } from "./generate-client";
import { run } from "./lib/run";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const MARKER = path.resolve(distDir, "folio-build.json");

/**
 * A build exists and was made for this database provider (a build embeds one Prisma client) and
 * this public origin (prerendered pages carry SITE_URL in their canonical and OpenGraph links).
 */
export function buildIsUsable(): boolean {
  if (!fs.existsSync(path.resolve(distDir, "BUILD_ID")) || !fs.existsSync(MARKER)) return false;
  const marker = JSON.parse(fs.readFileSync(MARKER, "utf8")) as { provider?: string; siteUrl?: string };
  return marker.provider === env.provider && marker.siteUrl === env.SITE_URL;
}

export async function buildSite() {
  await ensurePrismaClient();
  // Data cached by an earlier build (counts, filter choices) may come from another database or
  // older code; `next build` keeps it, so a new build starts without it.
  fs.rmSync(path.resolve(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
  await run("npx", ["next", "build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(MARKER, JSON.stringify({ provider: env.provider, siteUrl: env.SITE_URL, builtAt: new Date().toISOString() }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSite().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
