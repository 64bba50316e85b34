// Types for cache-bridge.mjs (plain JavaScript because Next loads the cache handlers by path).
export type TagReporter = (tags: readonly string[] | Promise<readonly string[]>) => void;
export function installCacheTagReporter(reporter: TagReporter): void;
export function reportCacheTags(tags: readonly string[] | Promise<readonly string[]>): void;
export function localTagExpiries(): Map<string, number>;
export function latestLocalTagExpiry(tags: readonly string[]): number;
