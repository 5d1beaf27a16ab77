import fs from "node:fs";

// Playwright cannot download its own browser here; Debian's Chromium works (see the README).
const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string | null {
  return CANDIDATES.find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

export const CHROMIUM_HELP =
  "No Chromium found for the end-to-end tests. Install Debian's: `sudo apt-get install -y chromium`, " +
  "or point CHROMIUM_PATH at a Chromium or Chrome binary.";
