import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import {
  holdResponseUntilEnd,
  holdsResponseUntilEnd,
  holdStatusUntilBody,
  holdsStatusUntilBody,
} from "@/lib/server/hold-status";
import { installRenderFailureMarker } from "@/lib/server/render-failure";
import { hasMalformedPath } from "@/lib/http/request-path";
import { HSTS_HEADER, publicContentSecurityPolicy, SECURITY_HEADERS } from "@/lib/security/headers";
import { prepareRequest, REQUEST_ID_HEADER } from "@/lib/server/prepare-request";
import type { Env } from "@/lib/env";
import { installCacheTagReporter, latestLocalTagExpiry } from "@/lib/cache/cache-bridge.mjs";
import { latestTagExpiry } from "@/lib/cache/redis-cache-handler.mjs";
import { databaseReachable } from "@/lib/http/database-health";
import {
  copyResponse,
  ResponseCache,
  responseCacheKey,
  storableHeaders,
  type CachedResponse,
} from "@/lib/server/response-cache";
import { requestContext, routeConsoleToLogger, type Logger, type RequestContext } from "@/lib/server/logger";

/**
 * Slipwatch's HTTP server: Next's request handler behind a thin layer that knows the socket
 * (`next start` cannot tell the TCP peer from a client-sent x-forwarded-for, which it keeps).
 * Per request it
 * - resolves the client address from the socket and TRUSTED_PROXIES and passes it to the app in
 *   CLIENT_ADDRESS_HEADER, after deleting any such header the client sent;
 * - drops `x-middleware-subrequest`, Next's internal recursion marker that once skipped middleware
 *   (CVE-2025-29927): no client has a reason to send it;
 * - gives the request an id (`x-request-id` on the response, and on every log line it causes);
 * - holds the status line of admin page loads until their body starts, so the 307/403/500 Next
 *   decides while rendering is the status sent, and reader page loads until they end, so a body
 *   that failed to render answers 500 (lib/server/hold-status.ts);
 * - answers anonymous reader page loads and read API calls it has already answered from memory,
 *   until a save expires a tag the response read (lib/server/response-cache.ts, docs/decisions/011-response-cache.md);
 * - refuses a path whose percent-escapes do not decode (Next would answer it with a 500);
 * - logs one line for a response ≥ 500, nothing for the rest.
 */
export async function startHttpServer(options: { dev: boolean; env: Env; logger: Logger }): Promise<void> {
  const { dev, env, logger } = options;
  routeConsoleToLogger(logger);
  // Next reports render errors to instrumentation.ts, which marks the request they belong to.
  installRenderFailureMarker(() => {
    const store = requestContext.getStore();
    if (store) store.renderFailed = true;
  });
  const pages = dev || env.SLIPWATCH_RESPONSE_CACHE_MB === 0 ? null : readerPageCache(env);
  const app = next({ dev, dir: process.cwd(), port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const requestId = prepareRequest(req, env.TRUSTED_PROXIES);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    const context: RequestContext = { requestId, errors: 0 };
    res.on("finish", () => {
      // One line per failed request: its error when one was logged, else this summary.
      if (res.statusCode >= 500 && context.errors === 0) {
        logger.error(
          {
            requestId,
            method: req.method,
            path: req.url?.split("?")[0],
            status: res.statusCode,
            ms: Math.round(performance.now() - started),
          },
          "request failed",
        );
      }
    });
    if (hasMalformedPath(req.url)) {
      badRequest(res, req.url?.startsWith("/api/") ?? false, req.headers["x-forwarded-proto"] === "https");
      return;
    }
    const render = (sent?: (status: number, body: Buffer) => void) => {
      if (holdsStatusUntilBody(req)) holdStatusUntilBody(req, res);
      else if (holdsResponseUntilEnd(req)) holdResponseUntilEnd(res, () => context.renderFailed === true, sent);
      else if (sent) copyResponse(res, sent);
      requestContext.run(context, () => {
        handle(req, res).catch((err: unknown) => {
          logger.error({ requestId, err }, "unhandled request error");
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        });
      });
    };
    const key = pages ? responseCacheKey(req, Date.now()) : null;
    if (pages && key) void pages.serve(key, res, context, render);
    else render();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, () => resolve());
  });
  logger.info({ port: env.PORT, dev, trustedProxies: env.TRUSTED_PROXIES }, "listening");
  const stop = () => {
    server.close(() => process.exit(0));
    // Idle keep-alive sockets would hold close() open; requests in flight get a few seconds.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

/**
 * The response cache around Next for reader page loads: a hit is sent from memory; a miss goes to
 * Next with the request's context collecting the cache tags the render reads, and its response is
 * kept when it is a whole 200. Concurrent misses for one key wait for the first render instead of
 * rendering the same page ten times. A hit is only served while the database answers, so an outage
 * still shows the proxy's 503 page (tests/faults).
 */
function readerPageCache(env: Env) {
  const cache = new ResponseCache({
    maxBytes: env.SLIPWATCH_RESPONSE_CACHE_MB * 1024 * 1024,
    maxAgeMs: 60 * 60_000,
    // Several instances: tag expiry times are the Redis handler's, so a save on one instance
    // reaches the rendered pages of all of them; one instance: this process's own.
    tagClock: env.REDIS_URL ? latestTagExpiry : latestLocalTagExpiry,
  });
  installCacheTagReporter((tags) => {
    const collecting = requestContext.getStore()?.cacheTags;
    if (!collecting) return;
    const add = (t: readonly string[]) => t.forEach((tag) => collecting.seen.add(tag));
    if (Array.isArray(tags)) add(tags as readonly string[]);
    else collecting.pending.push((tags as Promise<readonly string[]>).then(add));
  });
  const rendering = new Map<string, Promise<void>>();

  const send = (res: ServerResponse, entry: CachedResponse) => {
    res.statusCode = 200;
    for (const [name, value] of Object.entries(entry.headers)) if (value !== undefined) res.setHeader(name, value);
    res.setHeader("Content-Length", entry.body.byteLength);
    res.setHeader(CACHE_STATUS_HEADER, "HIT");
    res.end(entry.body);
  };

  return {
    async serve(
      key: string,
      res: ServerResponse,
      context: RequestContext,
      render: (sent: (status: number, body: Buffer) => void) => void,
    ): Promise<void> {
      const arrived = Date.now();
      let entry = await cache.get(key);
      const inFlight = rendering.get(key);
      if (!entry && inFlight) {
        await Promise.race([inFlight, new Promise((r) => setTimeout(r, 10_000).unref())]);
        entry = await cache.get(key);
      }
      if (entry && (await databaseReachable())) {
        send(res, entry);
        return;
      }
      res.setHeader(CACHE_STATUS_HEADER, "MISS");
      const collecting = { seen: new Set<string>(), pending: [] as Promise<unknown>[] };
      context.cacheTags = collecting;
      let finished = () => {};
      const done = new Promise<void>((resolve) => (finished = resolve));
      if (!rendering.has(key)) rendering.set(key, done);
      const finish = () => {
        finished();
        if (rendering.get(key) === done) rendering.delete(key);
      };
      let sent = false;
      // A response cut off before it was sent (the client went away) is not kept.
      res.once("close", () => {
        if (!sent) finish();
      });
      render((status, body) => {
        sent = true;
        const headers = storableHeaders(status, res.getHeaders());
        if (!headers || context.renderFailed) return finish();
        // Entries still being written by the render have their tags once they are complete.
        const timeout = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 5_000).unref());
        void Promise.race([Promise.allSettled(collecting.pending), timeout])
          .then((settled) => {
            if (settled === "timeout" || settled.some((s) => s.status === "rejected")) return;
            cache.set(key, { headers, body, tags: [...collecting.seen], renderedAt: arrived });
          })
          .finally(finish);
      });
    },
  };
}

/** Says whether a reader page came from the response cache (HIT) or was rendered (MISS). */
const CACHE_STATUS_HEADER = "X-Slipwatch-Cache";

/** A 400 for a path that cannot be decoded, with the headers every response carries. */
function badRequest(res: ServerResponse, api: boolean, https: boolean): void {
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  if (https) res.setHeader(HSTS_HEADER.key, HSTS_HEADER.value);
  res.setHeader("Content-Security-Policy", publicContentSecurityPolicy(false));
  res.setHeader("Cache-Control", "no-store");
  res.statusCode = 400;
  if (api) {
    res.setHeader("Content-Type", "application/json");
    res.end(
      JSON.stringify({ error: { code: "bad_request", message: "Malformed percent-escape in the path" } }),
    );
  } else {
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.end("400 Bad Request: the address contains a malformed percent-escape.\n");
  }
}
