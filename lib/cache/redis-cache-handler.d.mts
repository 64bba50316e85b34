// Types for redis-cache-handler.mjs (plain JavaScript because Next loads it by path).
import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";
export function latestTagExpiry(tags: readonly string[]): Promise<number>;
declare const handler: CacheHandler;
export default handler;
