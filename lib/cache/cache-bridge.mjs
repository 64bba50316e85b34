// @ts-check
// How the 'use cache' handlers (loaded by Next by path, inside its own module graph) talk to our
// HTTP server (lib/server/, loaded by tsx: another module graph in the same process). Module state
// is not shared between the two, so the bridge lives under global symbols:
// - the server installs a reporter; a handler reports the tags of every entry a render reads or
//   writes, which the reporter adds to the running request (AsyncLocalStorage), so the server
//   knows which tags a rendered response depends on (lib/server/response-cache.ts);
// - without Redis, tag expiry times live in one in-process map that the in-memory handler writes
//   when a save expires tags and the response cache reads.

const REPORTER = Symbol.for("slipwatch.reportCacheTags");
const EXPIRIES = Symbol.for("slipwatch.tagExpiries");

/** @typedef {(tags: readonly string[] | Promise<readonly string[]>) => void} TagReporter */

/** @param {TagReporter} reporter */
export function installCacheTagReporter(reporter) {
  /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[REPORTER] = reporter;
}

/** Called by a cache handler for every entry a render reads (a hit) or writes. */
/** @param {readonly string[] | Promise<readonly string[]>} tags */
export function reportCacheTags(tags) {
  const reporter = /** @type {TagReporter | undefined} */ (
    /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[REPORTER]
  );
  reporter?.(tags);
}

/** This process's tag expiry times (ms since the epoch), for the in-memory set-up. */
/** @returns {Map<string, number>} */
export function localTagExpiries() {
  const g = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));
  g[EXPIRIES] ??= new Map();
  return /** @type {Map<string, number>} */ (g[EXPIRIES]);
}

/** The latest expiry of any of `tags` in this process (0: never expired). */
/** @param {readonly string[]} tags */
export function latestLocalTagExpiry(tags) {
  const expiries = localTagExpiries();
  let latest = 0;
  for (const tag of tags) latest = Math.max(latest, expiries.get(tag) ?? 0);
  return latest;
}
