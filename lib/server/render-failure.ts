/**
 * How a render error reaches the HTTP server. Next reports every server error of a request to
 * `onRequestError` in instrumentation.ts (a documented hook); that code runs inside Next's own
 * bundle, so it cannot share a module with lib/server/http-server.ts. The server installs a marker
 * under a global symbol, and the hook calls it; the marker records the failure on the request's
 * context (AsyncLocalStorage), which the reader-page hold reads when the response ends.
 */
const KEY = Symbol.for("slipwatch.markRenderFailed");

type Store = Record<symbol, (() => void) | undefined>;

export function installRenderFailureMarker(mark: () => void): void {
  (globalThis as unknown as Store)[KEY] = mark;
}

export function markRenderFailed(): void {
  (globalThis as unknown as Store)[KEY]?.();
}
