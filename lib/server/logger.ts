import { AsyncLocalStorage } from "node:async_hooks";
import { format } from "node:util";
import pino from "pino";

/**
 * The server's structured log: one JSON line per event (pino), each error with the id of the
 * request it happened in. Successful requests are not logged — per-request lines buried the
 * errors that matter (issue 12) — only responses ≥ 500 and errors.
 */
export interface RequestContext {
  requestId: string;
  errors: number;
  /** set when Next reported a render error for this request (lib/server/render-failure.ts) */
  renderFailed?: boolean;
  /**
   * A reader page load the response cache may keep: the tags of every 'use cache' entry its render
   * read or wrote (lib/cache/cache-bridge.mjs), and those still being written.
   */
  cacheTags?: { seen: Set<string>; pending: Promise<unknown>[] };
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function createLogger(level: string, file?: string) {
  const destination = file ? pino.destination({ dest: file, sync: true }) : pino.destination(1);
  return pino(
    {
      level,
      base: undefined,
      // The request id of whatever request is running when a line is written.
      mixin: () => {
        const requestId = requestContext.getStore()?.requestId;
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;

/**
 * Next and React report errors through console.error / console.warn, several lines each (stack,
 * digest, component stack). Route them through the logger so each is one line with its request id.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const toLine = (args: unknown[]) => {
    const err = args.find((a): a is Error => a instanceof Error);
    const msg = format(...args.map((a) => (a instanceof Error ? a.message : a)));
    return { err, msg };
  };
  console.error = (...args: unknown[]) => {
    const { err, msg } = toLine(args);
    const store = requestContext.getStore();
    if (store) store.errors += 1;
    logger.error(err ? { err } : {}, msg);
  };
  console.warn = (...args: unknown[]) => {
    const { err, msg } = toLine(args);
    logger.warn(err ? { err } : {}, msg);
  };
}
