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
    if (holdsStatusUntilBody(req)) holdStatusUntilBody(req, res);
    else if (holdsResponseUntilEnd(req)) holdResponseUntilEnd(res, () => context.renderFailed === true);
    requestContext.run(context, () => {
      handle(req, res).catch((err: unknown) => {
        logger.error({ requestId, err }, "unhandled request error");
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
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
