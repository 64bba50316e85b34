// @ts-check
// What both 'use cache' handlers (memory-cache-handler.mjs, redis-cache-handler.mjs) do alike:
// turn an entry's stream into bytes and back, report the tags of what is stored to the running
// request, and let a get wait for a set of the same key still in flight (the handler contract).
import { reportCacheTags } from "./cache-bridge.mjs";

/** @typedef {import("next/dist/server/lib/cache-handlers/types").CacheEntry} CacheEntry */

/** @param {ReadableStream<Uint8Array>} stream */
export async function readAll(stream) {
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

/** A stored entry's bytes as the stream Next reads an entry's value from. */
/** @param {Buffer} bytes */
export function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

/** One handler's writes in flight, by cache key. */
export function writesInFlight() {
  /** @type {Map<string, Promise<void>>} */
  const pending = new Map();
  return {
    /** Resolves once a set of `key` still being stored has finished. */
    /** @param {string} key */
    settled(key) {
      return pending.get(key);
    },
    /**
     * Reports the entry's tags, then stores it with `store` once Next has produced it; a failure
     * is logged and the entry simply not cached.
     * @param {string} key @param {Promise<CacheEntry>} pendingEntry
     * @param {(entry: CacheEntry) => Promise<void>} store
     */
    async set(key, pendingEntry, store) {
      reportCacheTags(pendingEntry.then((e) => e.tags));
      const done = pendingEntry.then(store).catch((error) => {
        console.error("[cache] set failed:", error instanceof Error ? error.message : error);
      });
      pending.set(key, done);
      try {
        await done;
      } finally {
        if (pending.get(key) === done) pending.delete(key);
      }
    },
  };
}
