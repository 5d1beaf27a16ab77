import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Fixed-window counter in the database, so every server process shares it. The increment is a
 * single conditional UPDATE; only opening a new window can race, which admits one extra attempt.
 */
export async function consumeRateLimit({ key, limit, windowSeconds }: { key: string; limit: number; windowSeconds: number }): Promise<RateLimitResult> {
  const now = new Date();
  const increment = () => db.rateLimit.updateMany({ where: { key, resetAt: { gt: now }, count: { lt: limit } }, data: { count: { increment: 1 } } });
  if ((await increment()).count) return { ok: true };
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (row && row.resetAt > now) {
    // Another request may have opened this window after our increment missed the old one: count
    // in it rather than refuse an attempt the limit allows.
    if (row.count < limit && (await increment()).count) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000)) };
  }
  const resetAt = new Date(now.getTime() + windowSeconds * 1000);
  await db.rateLimit.upsert({ where: { key }, create: { key, count: 1, resetAt }, update: { count: 1, resetAt } });
  return { ok: true };
}

export type AuthAction = "sign-in" | "sign-up" | "magic-link" | "reset";

/** The limits every authentication request passes: per email and per client address. */
export async function checkAuthRateLimit({ action, email, address }: { action: AuthAction; email?: string; address: string }): Promise<RateLimitResult> {
  const windowSeconds = env.AUTH_RATE_LIMIT_WINDOW_SECONDS;
  const checks = [consumeRateLimit({ key: `${action}:ip:${address}`, limit: env.AUTH_RATE_LIMIT_PER_IP, windowSeconds })];
  if (email) checks.push(consumeRateLimit({ key: `${action}:email:${email.toLowerCase()}`, limit: env.AUTH_RATE_LIMIT_PER_EMAIL, windowSeconds }));
  const results = await Promise.all(checks);
  const refused = results.filter((r): r is Extract<RateLimitResult, { ok: false }> => !r.ok);
  return refused.length ? { ok: false, retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) } : { ok: true };
}
