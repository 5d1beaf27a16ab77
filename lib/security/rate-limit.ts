import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

// Every path that checks a credential or sends a mail has one of these.
export type RateLimitAction = "sign-in" | "sign-up" | "magic-link" | "magic-link-callback" | "reset" | "email-change" | "password-change" | "alert-confirm" | "unsubscribe";

// One-click unsubscribes (RFC 8058) are posted by mail providers' servers, many readers' from one
// address: that address gets this many times the usual allowance. A forged token still costs
// only a signature check, and the token (256 bits) cannot be guessed at any rate.
const PER_IP_FACTOR: Partial<Record<RateLimitAction, number>> = { unsubscribe: 50 };

// One limiter per action and limit, per process; the counters live in the database
// (rate-limiter-flexible's Prisma store), so every process shares them.
const limiters = new Map<string, RateLimiterPrisma>();

function limiterFor({ prefix, limit, windowSeconds }: { prefix: string; limit: number; windowSeconds: number }) {
  const id = `${prefix}:${limit}:${windowSeconds}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimiterFlexible", keyPrefix: prefix, points: limit, duration: windowSeconds });
    limiters.set(id, limiter);
  }
  return limiter;
}

/** Counts one attempt under `key`; refused once `limit` attempts fell in the current window. */
export async function consumeRateLimit({ prefix, key, limit, windowSeconds }: { prefix: string; key: string; limit: number; windowSeconds: number }): Promise<RateLimitResult> {
  try {
    await limiterFor({ prefix, limit, windowSeconds }).consume(key);
    return { ok: true };
  } catch (outcome) {
    // The library rejects with its result when the limit is reached, and with an Error when the store failed.
    if (outcome instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
    throw outcome;
  }
}

/** The key an address is counted under: " Victim@Example.org" and "victim@example.org" are one. */
export function rateLimitEmailKey(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase().slice(0, 254);
}

/** The limits every credential check or mail passes: per client address, and per email when there is one. */
export async function checkAuthRateLimit({ action, email, address }: { action: RateLimitAction; email?: string; address: string }): Promise<RateLimitResult> {
  const windowSeconds = env.AUTH_RATE_LIMIT_WINDOW_SECONDS;
  const checks = [consumeRateLimit({ prefix: `${action}:ip`, key: address, limit: env.AUTH_RATE_LIMIT_PER_IP * (PER_IP_FACTOR[action] ?? 1), windowSeconds })];
  if (email) checks.push(consumeRateLimit({ prefix: `${action}:email`, key: rateLimitEmailKey(email), limit: env.AUTH_RATE_LIMIT_PER_EMAIL, windowSeconds }));
  const results = await Promise.all(checks);
  const refused = results.filter((r): r is Extract<RateLimitResult, { ok: false }> => !r.ok);
  return refused.length ? { ok: false, retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) } : { ok: true };
}
