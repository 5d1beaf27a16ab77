import "server-only";
import { env } from "@/lib/env";

// The few places where the two databases need different spellings of the same thing.

/** A case-insensitive `contains` filter: SQLite's LIKE already is for ASCII; PostgreSQL needs the mode. */
export function containsIgnoringCase(text: string) {
  return { contains: text, ...(env.provider === "postgresql" ? { mode: "insensitive" as const } : {}) };
}

/** The placeholder for the n-th (1-based) bound value of a raw statement. */
export function sqlParam(n: number): string {
  return env.provider === "sqlite" ? "?" : `$${n}`;
}
