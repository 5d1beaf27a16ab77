import "server-only";
import crypto from "node:crypto";

// Tokens in emailed links (password resets, email changes). Only their SHA-256 is stored, so a
// leaked table opens nothing.

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** A fresh token for a link (base64url, matching TOKEN in lib/validations/auth.ts) and its hash. */
export function createToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}
