import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Admin pages render per request behind an empty prerendered shell (`instant = false` in
 * app/admin/layout.tsx): Next sends that empty shell, then resumes the render into the same
 * response. When the page redirects, calls forbidden() or throws, Next sets the response's status
 * to 307, 403 or 500 — but by then an empty first write has already sent the status line with
 * 200. The body is the same either way; only the status is lost.
 *
 * So for admin page loads the status line waits for the first byte of the body: an empty write
 * sends nothing, and `writeHead` (which Node calls implicitly on the first write) is held until
 * there is something to send or the response ends, and then sends the status the response has
 * at that moment. Reader pages are untouched: their prerendered shell is not empty, it is sent
 * at once with its 200, and they stay cached (see docs/decisions/008-real-status-codes.md).
 */
export function holdsStatusUntilBody(req: IncomingMessage): boolean {
  const path = pageLoadPath(req);
  return path !== null && (path === "/admin" || path.startsWith("/admin/"));
}

/**
 * The path of a document load (GET or HEAD), or null for anything else. RSC navigations and
 * prefetches are left alone: their 200 is part of the router's protocol.
 */
function pageLoadPath(req: IncomingMessage): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (req.headers.rsc !== undefined || req.headers["next-router-prefetch"] !== undefined) return null;
  return (req.url ?? "").split("?")[0] ?? "";
}

type Writer = (chunk: unknown, ...rest: unknown[]) => boolean;
type Ender = (...args: unknown[]) => ServerResponse;
type HeadWriter = (...args: unknown[]) => ServerResponse;

const isEmpty = (chunk: unknown) =>
  chunk === undefined ||
  chunk === null ||
  (typeof chunk === "string"
    ? chunk.length === 0
    : chunk instanceof Uint8Array
      ? chunk.byteLength === 0
      : false);

/**
 * Replaces res.writeHead: until `released()`, a call sends nothing and is kept (`held()`), its status
 * set on res.statusCode so that a later change (a redirect, a failed render) wins. Returns the
 * original writeHead, for sending the kept head.
 */
function holdWriteHead(res: ServerResponse, released: () => boolean) {
  const writeHead = res.writeHead.bind(res) as HeadWriter;
  let held: unknown[] | null = null;
  res.writeHead = ((...args: unknown[]) => {
    if (released()) return writeHead(...args);
    if (typeof args[0] === "number") res.statusCode = args[0];
    held = args;
    return res;
  }) as typeof res.writeHead;
  return { writeHead, held: () => held };
}

/**
 * The headers of a kept writeHead(status, [reason,] [headers]) call, without its status and reason
 * phrase: both belonged to the status as it was then, and the head is sent with the status as it
 * is when it goes out.
 */
function headersOf(head: unknown[]): unknown[] {
  const [, ...rest] = head;
  return typeof rest[0] === "string" ? rest.slice(1) : rest;
}

/** Calls a write's or end's callback (if it was given one) as if the data had gone out. */
function acknowledge(args: unknown[]): void {
  const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
  if (callback) queueMicrotask(callback);
}

export function holdStatusUntilBody(req: IncomingMessage, res: ServerResponse): void {
  // Next compresses inside its handler and would send a gzip header for an empty write; these few
  // admin pages go uncompressed instead (they are small and served to a handful of editors).
  delete req.headers["accept-encoding"];

  const write = res.write.bind(res) as Writer;
  const end = res.end.bind(res) as Ender;
  const flushHeaders = res.flushHeaders.bind(res);
  let sent = false;
  const { writeHead, held } = holdWriteHead(res, () => sent);

  const release = () => {
    if (sent) return;
    sent = true;
    const head = held();
    // The status as it is now, not as it was when the head was first asked for.
    if (head) writeHead(res.statusCode, ...headersOf(head));
  };

  res.flushHeaders = () => {
    if (sent) flushHeaders();
  };

  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!sent && isEmpty(chunk)) {
      acknowledge(rest);
      return true;
    }
    release();
    return write(chunk, ...rest);
  }) as typeof res.write;

  res.end = ((...args: unknown[]) => {
    release();
    return end(...args);
  }) as typeof res.end;
}

/**
 * Reader page loads (/en…, /de…): their prerendered shell goes out at once with a 200, and the
 * page body streams after it, so a body that fails to render would still answer 200. For these
 * the whole response is held until it ends, and a page whose render failed (`failed()`, set from
 * Next's onRequestError) is sent with 500. The body is the same friendly error page either way.
 * The cost: the shell no longer reaches the browser before the body; bodies are cached, so for all
 * but the first render after a save the difference is small (docs/decisions/008-real-status-codes.md).
 */
export function holdsResponseUntilEnd(req: IncomingMessage): boolean {
  const path = pageLoadPath(req);
  return path !== null && /^\/(?:en|de)(?:\/|$)/.test(path);
}

export function holdResponseUntilEnd(
  res: ServerResponse,
  failed: () => boolean,
  /** called once the held response is sent, with its final status and whole body (the response cache keeps it) */
  sent?: (status: number, body: Buffer) => void,
): void {
  const write = res.write.bind(res) as Writer;
  const end = res.end.bind(res) as Ender;
  const chunks: { chunk: unknown; encoding?: BufferEncoding }[] = [];
  let done = false;
  const { writeHead, held } = holdWriteHead(res, () => done);

  res.flushHeaders = () => {};

  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (done) return write(chunk, ...rest);
    if (!isEmpty(chunk))
      chunks.push({ chunk, encoding: typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : undefined });
    acknowledge(rest);
    return true;
  }) as typeof res.write;

  res.end = ((...args: unknown[]) => {
    if (done) return end(...args);
    done = true;
    const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
    const last = typeof args[0] === "function" ? undefined : args[0];
    if (!isEmpty(last))
      chunks.push({
        chunk: last,
        encoding: typeof args[1] === "string" ? (args[1] as BufferEncoding) : undefined,
      });
    if (res.statusCode === 200 && failed()) res.statusCode = 500;
    const head = held();
    if (head) writeHead(res.statusCode, ...headersOf(head));
    for (const { chunk, encoding } of chunks) {
      if (encoding) write(chunk, encoding);
      else write(chunk);
    }
    const result = callback ? end(callback) : end();
    sent?.(
      res.statusCode,
      Buffer.concat(
        chunks.map(({ chunk, encoding }) =>
          typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array),
        ),
      ),
    );
    return result;
  }) as typeof res.end;
}
