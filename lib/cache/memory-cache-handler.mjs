// @ts-check
// The 'use cache' handler for one instance (no REDIS_URL): entries in memory, least recently used
// dropped first beyond MAX_BYTES, as Next's built-in handler does. Ours instead of the built-in one
// for two things the server's response cache needs (docs/decisions/011-response-cache.md): the tags
// of every entry a render reads or writes are reported to the running request, and tag expiry
// times are kept where the server can read them (lib/cache/cache-bridge.mjs).
import { latestLocalTagExpiry, localTagExpiries, reportCacheTags } from "./cache-bridge.mjs";

const MAX_BYTES = 64 * 1024 * 1024;

/** @typedef {Omit<import("next/dist/server/lib/cache-handlers/types").CacheEntry, "value"> & { bytes: Buffer }} Stored */

/** @type {Map<string, Stored>} insertion order = least recently used first */
const entries = new Map();
let totalBytes = 0;
/** @type {Map<string, Promise<void>>} a get during a set waits for it, as the contract asks */
const pending = new Map();

/** @param {string} key */
function drop(key) {
  const old = entries.get(key);
  if (!old) return;
  entries.delete(key);
  totalBytes -= old.bytes.byteLength + key.length;
}

async function readAll(/** @type {ReadableStream<Uint8Array>} */ stream) {
  /** @type {Uint8Array[]} */
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  async get(cacheKey, softTags) {
    await pending.get(cacheKey);
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
    return {
      ...meta,
      value: new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(bytes));
          controller.close();
        },
      }),
    };
  },

  async set(cacheKey, pendingEntry) {
    reportCacheTags(pendingEntry.then((e) => e.tags));
    const done = (async () => {
      const entry = await pendingEntry;
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
    })().catch((error) => {
      console.error("[cache] set failed:", error instanceof Error ? error.message : error);
    });
    pending.set(cacheKey, done);
    try {
      await done;
    } finally {
      if (pending.get(cacheKey) === done) pending.delete(cacheKey);
    }
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
