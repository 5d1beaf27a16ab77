// Types for the plain-JavaScript cache handler Next loads itself (see the .js file).
/** A page, route answer or cached data, as Next hands it to a cache handler. */
export type CachedValue = { kind: string; html?: string; rscData?: Buffer; segmentData?: Map<string, Buffer>; headers?: Record<string, string>; status?: number; [key: string]: unknown };
export const OPTIONS_KEY: symbol;
export const ENTRY_TTL_MS: number;
export function keysFor(prefix: string, buildId: string): { tags: string; entry: (key: string) => string; lock: (key: string) => string };
export function toWire(value: unknown): string;
export function fromWire(text: string): CachedValue;
export function redisCacheUsage(): { entries: number; bytes: number; connected: boolean };
export function expireTagsInRedis(options: { url: string; tags: string[]; prefix?: string }): Promise<void>;
export default class RedisCache {
  constructor(ctx: { serverDistDir?: string; [key: string]: unknown });
  get(key: string, ctx: { kind: string; tags?: string[]; softTags?: string[]; [key: string]: unknown }): Promise<{ lastModified: number; value: CachedValue; cacheControl?: unknown } | null>;
  set(key: string, data: CachedValue | null, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export function redisMemoryWarning(config: { maxmemory: number; policy: string }): string | null;
export function checkRedisMemory(options: { url: string }): Promise<string | null>;
