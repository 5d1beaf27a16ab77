import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const FILE = path.resolve("data/auth-secret");

/**
 * AUTH_SECRET for `npm start` and `npm run dev`: the environment's if set; otherwise one created
 * once and kept in data/auth-secret (mode 600), so sessions survive restarts with no setup.
 */
export function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (!fs.existsSync(FILE)) {
    fs.mkdirSync(path.dirname(FILE), { recursive: true });
    fs.writeFileSync(FILE, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log("Created data/auth-secret for signing sessions (set AUTH_SECRET to use your own).");
  }
  return fs.readFileSync(FILE, "utf8").trim();
}
