import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/auth/client-address";

/** What our HTTP server (lib/server/http-server.ts) does to each request before Next sees it. */
export const REQUEST_ID_HEADER = "x-request-id";

export function prepareRequest(req: IncomingMessage, trustedProxies: number): string {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  delete req.headers["x-middleware-subrequest"];
  if (trustedProxies === 0) {
    // No proxy in front: forwarded headers are the client's own claims. The scheme comes from the
    // socket (HSTS is sent only over https) and the host from Host; Next fills the rest.
    for (const name of [
      "x-forwarded-for",
      "x-forwarded-host",
      "x-forwarded-port",
      "x-forwarded-proto",
      "forwarded",
      "x-real-ip",
    ]) {
      delete req.headers[name];
    }
    req.headers["x-forwarded-proto"] = "encrypted" in req.socket && req.socket.encrypted ? "https" : "http";
  }
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    req.socket.remoteAddress,
    req.headers["x-forwarded-for"],
    trustedProxies,
  );
  const requestId = randomUUID();
  req.headers[REQUEST_ID_HEADER] = requestId;
  return requestId;
}
