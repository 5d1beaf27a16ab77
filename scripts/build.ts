// npm run build: `next build` with the right Prisma client, recording which provider it was built for.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { ensurePrismaClient } from "./generate-client";
import { run } from "./lib/run";
import { isEntryPoint, runScript } from "./lib/run-script";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const MARKER = path.resolve(distDir, "folio-build.json");

// What a build is made from: a file changed by an edit or a `git pull` changes its size or mtime.
const SOURCES = ["app", "components", "lib", "pages", "public", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

/** A fingerprint of the source files (names, sizes, mtimes): cheap, and different after any change. */
export function sourceFingerprint(root = process.cwd()): string {
  const hash = crypto.createHash("sha256");
  const walk = (rel: string) => {
    const full = path.join(root, rel);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      // The generated Prisma client follows the provider, which the marker records already.
      if (rel === path.join("lib", "generated")) return;
      for (const name of fs.readdirSync(full).sort()) walk(path.join(rel, name));
    } else hash.update(`${rel}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  SOURCES.forEach(walk);
  return hash.digest("hex");
}

/**
 * A build exists and was made for this database provider (a build embeds one Prisma client), this
 * public origin (prerendered pages carry SITE_URL in their canonical and OpenGraph links) and
 * these sources (so `npm start` after a `git pull` does not serve the old code).
 */
export function buildIsUsable(): boolean {
  if (!fs.existsSync(path.resolve(distDir, "BUILD_ID")) || !fs.existsSync(MARKER)) return false;
  const marker = JSON.parse(fs.readFileSync(MARKER, "utf8")) as { provider?: string; siteUrl?: string; sources?: string };
  return marker.provider === env.provider && marker.siteUrl === env.SITE_URL && marker.sources === sourceFingerprint();
}

export async function buildSite() {
  await ensurePrismaClient();
  // Read before building, so an edit made during the build makes the next start build again.
  const sources = sourceFingerprint();
  // Data cached by an earlier build (counts, filter choices) may come from another database or
  // older code; `next build` keeps it, so a new build starts without it.
  fs.rmSync(path.resolve(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
  await run("npx", ["next", "build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(MARKER, JSON.stringify({ provider: env.provider, siteUrl: env.SITE_URL, sources, builtAt: new Date().toISOString() }));
}

if (isEntryPoint(import.meta.url)) runScript(buildSite);
