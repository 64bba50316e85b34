import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  holdResponseUntilEnd,
  holdsResponseUntilEnd,
  holdStatusUntilBody,
  holdsStatusUntilBody,
} from "./hold-status";

/** A real HTTP server whose handler behaves like Next resuming an admin page with an empty shell. */
async function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (holdsStatusUntilBody(req)) holdStatusUntilBody(req, res);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; encoding?: string; headers: IncomingMessage["headers"] }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          encoding: res.headers["content-encoding"] as string | undefined,
          headers: res.headers,
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/** Empty shell first (status 200 as stored), the status decided later, then the body. */
function resumeLike(status: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = 200;
    res.setHeader("content-type", "text/html");
    res.write(new Uint8Array(0));
    res.flushHeaders();
    setTimeout(() => {
      res.statusCode = status;
      res.end(`<html>${status}</html>`);
    }, 10);
  };
}

describe("holdStatusUntilBody", () => {
  it("sends the status the admin page ends with, not the one it had at its empty first write", async () => {
    const s = await serve(resumeLike(403));
    close = s.close;
    const res = await get(`${s.url}/admin/users`, { "accept-encoding": "gzip" });
    expect(res.status).toBe(403);
    expect(res.body).toBe("<html>403</html>");
    expect(res.encoding).toBeUndefined();
  });

  it("keeps an early writeHead from fixing the status", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      setTimeout(() => {
        res.statusCode = 500;
        res.write("<html>");
        res.end("</html>");
      }, 10);
    });
    close = s.close;
    const res = await get(`${s.url}/admin`);
    expect(res.status).toBe(500);
    expect(res.body).toBe("<html></html>");
  });

  it("keeps the headers of an early writeHead that gave a reason phrase, with the final status", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, "OK", { "content-type": "text/html", "x-kept": "yes" });
      setTimeout(() => {
        res.statusCode = 307;
        res.end("<html>moved</html>");
      }, 10);
    });
    close = s.close;
    const res = await get(`${s.url}/admin/articles`);
    expect(res.status).toBe(307);
    expect(res.headers["x-kept"]).toBe("yes");
    expect(res.headers["content-type"]).toBe("text/html");
  });

  it("leaves reader pages, RSC requests and writes alone: their first write fixes the status", async () => {
    const s = await serve(resumeLike(500));
    close = s.close;
    expect((await get(`${s.url}/en/labs/meta`)).status).toBe(200);
    expect((await get(`${s.url}/admin/users`, { rsc: "1" })).status).toBe(200);
    expect(holdsStatusUntilBody({ method: "POST", url: "/admin", headers: {} } as IncomingMessage)).toBe(
      false,
    );
    expect(
      holdsStatusUntilBody({ method: "GET", url: "/administrator", headers: {} } as IncomingMessage),
    ).toBe(false);
    expect(holdsStatusUntilBody({ method: "GET", url: "/admin?x=1", headers: {} } as IncomingMessage)).toBe(
      true,
    );
  });
});

describe("holdResponseUntilEnd (reader pages)", () => {
  /** The shell with its 200 first, then the body; `fail` says whether Next reported a render error. */
  async function serveReader(fail: boolean, sent?: (status: number, body: Buffer) => void) {
    let failed = false;
    const server = createServer((req, res) => {
      if (holdsResponseUntilEnd(req)) holdResponseUntilEnd(res, () => failed, sent);
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><header>shell</header>");
      setTimeout(() => {
        failed = fail;
        res.write("<main>body</main>", "utf8");
        res.end("</html>");
      }, 10);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    return `http://127.0.0.1:${port}`;
  }

  it("answers 500 when the body failed to render after the shell, with the whole page", async () => {
    const url = await serveReader(true);
    const res = await get(`${url}/de/labs/meta`);
    expect(res.status).toBe(500);
    expect(res.body).toBe("<html><header>shell</header><main>body</main></html>");
  });

  it("keeps the 200 and every byte of a page that rendered", async () => {
    const url = await serveReader(false);
    const res = await get(`${url}/en`);
    expect(res.status).toBe(200);
    expect(res.body).toBe("<html><header>shell</header><main>body</main></html>");
  });

  it("hands the response cache the status and whole body it sent", async () => {
    const seen: { status: number; body: string }[] = [];
    const url = await serveReader(true, (status, body) => seen.push({ status, body: body.toString("utf8") }));
    await get(`${url}/en`);
    expect(seen).toEqual([{ status: 500, body: "<html><header>shell</header><main>body</main></html>" }]);
  });

  it("holds only reader page loads", () => {
    const at = (url: string, headers: Record<string, string> = {}, method = "GET") =>
      holdsResponseUntilEnd({ method, url, headers } as unknown as IncomingMessage);
    expect(at("/en")).toBe(true);
    expect(at("/de/labs/meta?asOf=2025-05-10")).toBe(true);
    expect(at("/en/labs/meta", { rsc: "1" })).toBe(false);
    expect(at("/api/v1/events")).toBe(false);
    expect(at("/admin")).toBe(false);
    expect(at("/english")).toBe(false);
    expect(at("/en", {}, "POST")).toBe(false);
  });
});
