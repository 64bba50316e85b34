// @ts-check
// The 'use cache' handler for several app instances: entries and tag expirations live in Redis
// (REDIS_URL), so a save on one instance expires the cached pages and data of all of them on their
// next request. next.config.ts installs it only when REDIS_URL is set; without it each instance
// keeps its own (memory-cache-handler.mjs). Plain .mjs because Next loads it by path, outside the bundler.
import { createClient } from "redis";
import { reportCacheTags } from "./cache-bridge.mjs";
import { readAll, streamOf, writesInFlight } from "./entry-io.mjs";

const PREFIX = process.env.SLIPWATCH_CACHE_PREFIX ?? "slipwatch:";
// Entries are kept at most this long even when cacheLife("max") allows more: Redis owns eviction.
const MAX_TTL_SECONDS = 7 * 24 * 3600;

/** @type {ReturnType<typeof createClient> | undefined} */
let client;
/** @type {Promise<ReturnType<typeof createClient>> | undefined} */
let connecting;

function redis() {
  if (client?.isReady) return Promise.resolve(client);
  connecting ??= (async () => {
    const c = createClient({ url: process.env.REDIS_URL });
    // A lost connection is retried by the client; a read during the outage is a cache miss.
    c.on("error", (error) => console.error("[cache] redis:", error instanceof Error ? error.message : error));
    await c.connect();
    client = c;
    return c;
  })().finally(() => {
    connecting = undefined;
  });
  return connecting;
}

const writes = writesInFlight();

/**
 * The latest expiry (ms) of any of the tags, on any instance. Also read by the server's response
 * cache (lib/server/response-cache.ts), so a save on one instance expires rendered pages on all.
 * @param {readonly string[]} tags @returns {Promise<number>}
 */
export async function latestTagExpiry(tags) {
  if (tags.length === 0) return 0;
  const r = await redis();
  const values = await r.mGet(tags.map((t) => `${PREFIX}tag:${t}`));
  return values.reduce((max, v) => Math.max(max, v ? Number(v) : 0), 0);
}

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  async get(cacheKey, softTags) {
    await writes.settled(cacheKey);
    try {
      const r = await redis();
      const raw = await r.get(`${PREFIX}entry:${cacheKey}`);
      if (!raw) return undefined;
      const entry = JSON.parse(raw);
      // Expired by a write on any instance since the entry was stored: a miss, rendered afresh.
      if ((await latestTagExpiry([...entry.tags, ...softTags])) > entry.timestamp) return undefined;
      reportCacheTags(entry.tags);
      return { ...entry, value: streamOf(Buffer.from(entry.value, "base64")) };
    } catch (error) {
      console.error(
        "[cache] get failed, treating as a miss:",
        error instanceof Error ? error.message : error,
      );
      return undefined;
    }
  },

  async set(cacheKey, pendingEntry) {
    await writes.set(cacheKey, pendingEntry, async (entry) => {
      const value = await readAll(entry.value);
      const ttl = Math.max(1, Math.min(MAX_TTL_SECONDS, Math.floor(entry.expire)));
      const r = await redis();
      await r.set(
        `${PREFIX}entry:${cacheKey}`,
        JSON.stringify({
          tags: entry.tags,
          stale: entry.stale,
          timestamp: entry.timestamp,
          expire: entry.expire,
          revalidate: entry.revalidate,
          value: value.toString("base64"),
        }),
        { EX: ttl },
      );
    });
  },

  // Tags are read from Redis on every get, so there is no local manifest to refresh.
  async refreshTags() {},

  // Infinity: Next passes the soft tags to get, which checks them against Redis itself.
  async getExpiration() {
    return Infinity;
  },

  async updateTags(tags) {
    if (tags.length === 0) return;
    const r = await redis();
    const now = String(Date.now());
    await r.mSet(tags.map((t) => /** @type {[string, string]} */ ([`${PREFIX}tag:${t}`, now])));
  },
};

export default handler;
