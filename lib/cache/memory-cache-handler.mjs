// @ts-check
// The 'use cache' handler for one instance (no REDIS_URL): entries in memory, least recently used
// dropped first beyond MAX_BYTES, as Next's built-in handler does. Ours instead of the built-in one
// for two things the server's response cache needs (docs/decisions/011-response-cache.md): the tags
// of every entry a render reads or writes are reported to the running request, and tag expiry
// times are kept where the server can read them (lib/cache/cache-bridge.mjs).
import { latestLocalTagExpiry, localTagExpiries, reportCacheTags } from "./cache-bridge.mjs";
import { readAll, streamOf, writesInFlight } from "./entry-io.mjs";

const MAX_BYTES = 64 * 1024 * 1024;

/** @typedef {Omit<import("next/dist/server/lib/cache-handlers/types").CacheEntry, "value"> & { bytes: Buffer }} Stored */

/** @type {Map<string, Stored>} insertion order = least recently used first */
const entries = new Map();
let totalBytes = 0;
const writes = writesInFlight();

/** @param {string} key */
function drop(key) {
  const old = entries.get(key);
  if (!old) return;
  entries.delete(key);
  totalBytes -= old.bytes.byteLength + key.length;
}

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  async get(cacheKey, softTags) {
    await writes.settled(cacheKey);
    const entry = entries.get(cacheKey);
    if (!entry) return undefined;
    // Past its revalidate time, or a tag expired since it was stored: a miss, rendered afresh
    // (like Next's in-memory handler, no stale-while-revalidate for an in-memory store).
    if (Date.now() > entry.timestamp + entry.revalidate * 1000) {
      drop(cacheKey);
      return undefined;
    }
    if (latestLocalTagExpiry([...entry.tags, ...softTags]) > entry.timestamp) {
      drop(cacheKey);
      return undefined;
    }
    entries.delete(cacheKey);
    entries.set(cacheKey, entry);
    reportCacheTags(entry.tags);
    const { bytes, ...meta } = entry;
    return { ...meta, value: streamOf(bytes) };
  },

  async set(cacheKey, pendingEntry) {
    await writes.set(cacheKey, pendingEntry, async (entry) => {
      // expire 0 marks a dynamic entry that Next never reads back (as its own handler skips it).
      if (entry.expire === 0) return;
      const bytes = await readAll(entry.value);
      drop(cacheKey);
      entries.set(cacheKey, {
        tags: entry.tags,
        stale: entry.stale,
        timestamp: entry.timestamp,
        expire: entry.expire,
        revalidate: entry.revalidate,
        bytes,
      });
      totalBytes += bytes.byteLength + cacheKey.length;
      for (const key of entries.keys()) {
        if (totalBytes <= MAX_BYTES) break;
        drop(key);
      }
    });
  },

  async refreshTags() {},

  // Infinity: Next passes the soft tags to get, which checks them itself (as the Redis handler does).
  async getExpiration() {
    return Infinity;
  },

  async updateTags(tags) {
    const now = Date.now();
    const expiries = localTagExpiries();
    for (const tag of tags) expiries.set(tag, now);
  },
};

export default handler;
