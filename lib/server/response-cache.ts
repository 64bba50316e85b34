import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { SESSION_COOKIE_NAME } from "@/lib/auth/admin-gate";

/**
 * The rendered-page cache in our HTTP server (docs/decisions/011-response-cache.md): a reader page
 * load or a read API call that an anonymous client asks for is answered from memory with the bytes
 * Next sent the last time, until a save expires one of the cache tags that response read. The key holds everything the
 * response depends on besides cached data: path, normalised query, encoding, scheme and the UTC day
 * ("today" moves 12-month windows and "days overdue"). Anything request-specific bypasses it.
 */

/** What a page's bytes depend on besides the cached data (see `responseCacheKey`). */
export interface CachedResponse {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** every 'use cache' tag the render read or wrote */
  tags: readonly string[];
  /** when the request that rendered it arrived: a write after that makes it stale */
  renderedAt: number;
}

/** When each tag was last expired by a write (ms since the epoch; 0 = never). */
export type TagClock = (tags: readonly string[]) => number | Promise<number>;

// Request headers of Next's client router (RSC navigations, prefetches) and anything personal.
const BYPASS_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
  "authorization",
];
// Crawlers and link-preview bots get a differently streamed page from Next (metadata in the head,
// "HTML-limited bots"); they go to Next each time rather than share the browsers' bytes.
const BOT_UA =
  /bot|crawl|spider|slurp|google|bing|yandex|baidu|duckduck|sogou|facebook|twitter|linkedin|slack|discord|whatsapp|telegram|skype|preview|lighthouse|archiver|yeti|tumblr|quora|vkshare|applebot|headless/i;
const READER_PAGE = /^\/(?:en|de)(?:\/[^.]*)?$/;
// The JSON read API, but not the streamed exports (large, uncached reads) nor the OpenAPI document
// (its server URL is the request's host).
const READ_API = /^\/api\/v1\/(?!exports(?:\/|$)|openapi\.json$)[^.]*$/;
const MAX_URL_LENGTH = 2048;

/**
 * The cache key of a request, or null when it must go to Next: not a GET of a reader page or the
 * read API, an RSC or prefetch request, an API revalidation (If-None-Match), a signed-in editor (session cookie), a bot, or an overlong URL. Normalises
 * the request's Accept-Encoding to what the key says, so the bytes Next sends match the key.
 */
export function responseCacheKey(req: IncomingMessage, now: number): string | null {
  if (req.method !== "GET") return null;
  const url = req.url ?? "";
  if (url.length > MAX_URL_LENGTH) return null;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  const api = READ_API.test(path);
  if (!api && !READER_PAGE.test(path)) return null;
  for (const name of BYPASS_HEADERS) if (req.headers[name] !== undefined) return null;
  // A revalidation is Next's to answer (a 304 from the body's hash, lib/api/http.ts).
  if (api && req.headers["if-none-match"] !== undefined) return null;
  if (hasSessionCookie(req.headers.cookie)) return null;
  if (BOT_UA.test(req.headers["user-agent"] ?? "")) return null;
  const query = new URLSearchParams(q === -1 ? "" : url.slice(q + 1));
  if (query.has("_rsc")) return null;
  // Same parameters in another order are the same page (values of one name keep their order).
  query.sort();
  const gzip = /\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? ""));
  if (gzip) req.headers["accept-encoding"] = "gzip";
  else delete req.headers["accept-encoding"];
  const https = req.headers["x-forwarded-proto"] === "https"; // set by prepareRequest, never the client's
  const day = new Date(now).toISOString().slice(0, 10);
  return `${day} ${https ? "https" : "http"} ${gzip ? "gzip" : "identity"} ${path}?${query.toString()}`;
}

function hasSessionCookie(cookie: string | undefined): boolean {
  if (!cookie) return false;
  return cookie.split(";").some((part) => part.trim().startsWith(`${SESSION_COOKIE_NAME}=`));
}

// Per-request or per-connection headers never stored; x-request-id is set afresh on every response.
const UNSTORED_HEADERS = new Set([
  "x-request-id",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "x-slipwatch-cache",
]);

/** The headers of a finished response worth keeping, or null when the response must not be kept. */
export function storableHeaders(status: number, headers: OutgoingHttpHeaders): OutgoingHttpHeaders | null {
  if (status !== 200) return null;
  if (headers["set-cookie"] !== undefined) return null;
  const type = String(headers["content-type"] ?? "");
  if (!type.startsWith("text/html") && !type.startsWith("application/json")) return null;
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !UNSTORED_HEADERS.has(name.toLowerCase())) kept[name] = value;
  }
  return kept;
}

/**
 * Copies what a response sends (after Next's compression, so the bytes match the key's encoding)
 * and hands the whole of it to `sent` when it ends. For responses that are not held until their end
 * (the API); reader page loads get theirs from holdResponseUntilEnd.
 */
export function copyResponse(res: ServerResponse, sent: (status: number, body: Buffer) => void): void {
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === "string")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (typeof args[0] !== "function") keep(args[0], args[1]);
    const result = end(...args);
    sent(res.statusCode, Buffer.concat(chunks));
    return result;
  }) as typeof res.end;
}

/**
 * Rendered responses by key, least recently used dropped first beyond `maxBytes`. An entry is
 * served while no tag it read has been expired since its request arrived (per tag: a save for one
 * lab leaves every other page's entry alone), and for at most `maxAgeMs` — a bound on how long a
 * change that reaches the database without expiring a tag (a hand-run SQL fix) can stay unseen.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(
    private readonly options: { maxBytes: number; maxAgeMs: number; tagClock: TagClock; now?: () => number },
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  async get(key: string): Promise<CachedResponse | null> {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const now = (this.options.now ?? Date.now)();
    let expired: number;
    try {
      expired = await this.options.tagClock(entry.tags);
    } catch {
      return null; // the shared clock is unreachable: let Next answer (it treats this as a miss too)
    }
    // ≥: a write in the same millisecond the render began may not be in it.
    if (expired >= entry.renderedAt || now - entry.renderedAt > this.options.maxAgeMs) {
      if (this.entries.get(key) === entry) this.delete(key);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    const size = entrySize(key, entry);
    // One page may take at most an eighth of the cache, so a few huge pages cannot flush the rest.
    if (entry.tags.length === 0 || size > this.options.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.options.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entrySize(key, entry);
  }
}

const entrySize = (key: string, entry: CachedResponse) =>
  entry.body.byteLength + key.length + JSON.stringify(entry.headers).length;
