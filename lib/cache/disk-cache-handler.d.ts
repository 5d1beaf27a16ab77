// Types for the plain-JavaScript cache handler Next loads itself (see the .js file).
export const LIMIT_KEY: symbol;
export function diskCacheLimit(): number;
export function isStorableKey(key: string): boolean;
export function diskCacheUsage(serverDistDir: string): { entries: number; bytes: number; limit: number };
export default class BoundedDiskCache {
  constructor(ctx: { fs: unknown; serverDistDir: string; flushToDisk?: boolean; maxMemoryCacheSize?: number; revalidatedTags?: string[]; dev?: boolean });
  get(key: string, ctx: { kind: string; isFallback?: boolean }): Promise<{ value: unknown } | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
