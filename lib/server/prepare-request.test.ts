import { Socket } from "node:net";
import { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { prepareRequest } from "./prepare-request";

function request(headers: Record<string, string>, peer = "203.0.113.9"): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: peer });
  const req = new IncomingMessage(socket);
  req.headers = { ...headers };
  return req;
}

describe("prepareRequest", () => {
  it("without trusted proxies replaces every forwarded claim with what the socket says", () => {
    const req = request({
      "x-forwarded-for": "1.2.3.4",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
      "x-slipwatch-client-address": "9.9.9.9",
      "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy",
    });
    const id = prepareRequest(req, 0);
    expect(req.headers["x-slipwatch-client-address"]).toBe("203.0.113.9");
    expect(req.headers["x-forwarded-proto"]).toBe("http"); // so no HSTS over plain http
    expect(req.headers["x-forwarded-host"]).toBeUndefined();
    expect(req.headers["x-forwarded-for"]).toBeUndefined(); // Next fills it from the socket
    expect(req.headers["x-middleware-subrequest"]).toBeUndefined();
    expect(req.headers["x-request-id"]).toBe(id);
  });

  it("behind a trusted proxy keeps its forwarded headers and takes the client it names", () => {
    const req = request(
      { "x-forwarded-for": "6.6.6.6, 198.51.100.7", "x-forwarded-proto": "https" },
      "10.0.0.2",
    );
    prepareRequest(req, 1);
    expect(req.headers["x-slipwatch-client-address"]).toBe("198.51.100.7");
    expect(req.headers["x-forwarded-proto"]).toBe("https");
  });
});
