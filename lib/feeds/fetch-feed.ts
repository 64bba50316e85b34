import { setTimeout as sleep } from "node:timers/promises";

/**
 * One polite HTTP GET of a feed: a time limit per attempt, retries with exponential backoff for
 * what may pass (timeouts, network errors, 429 and 5xx), none for what will not (404, 410 …),
 * conditional requests (ETag / Last-Modified) and a size cap.
 */

export interface FetchFeedOptions {
  timeoutMs?: number;
  /** attempts after the first */
  retries?: number;
  backoffMs?: number;
  maxBytes?: number;
  etag?: string | null;
  lastModified?: string | null;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<unknown>;
}

export type FetchFeedResult =
  | { status: "not_modified"; attempts: number }
  | { status: "ok"; attempts: number; body: string; etag: string | null; lastModified: string | null };

export class FeedFetchError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
  ) {
    super(message);
  }
}

class AttemptError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AttemptError(`feed is larger than ${Math.round(maxBytes / 1024)} KiB`, false);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 1_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const doFetch = options.fetch ?? fetch;
  const wait = options.sleep ?? sleep;
  const headers: Record<string, string> = {
    "User-Agent": "Slipwatch feed watcher",
    Accept: "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
  };
  if (options.etag) headers["If-None-Match"] = options.etag;
  if (options.lastModified) headers["If-Modified-Since"] = options.lastModified;

  for (let attempt = 1; ; attempt++) {
    try {
      const signal = AbortSignal.timeout(timeoutMs);
      let res: Response;
      try {
        res = await doFetch(url, { headers, signal, redirect: "follow" });
      } catch (error) {
        const timedOut = signal.aborted;
        throw new AttemptError(timedOut ? `timed out after ${timeoutMs} ms` : `network error: ${(error as Error).message}`, true);
      }
      if (res.status === 304) return { status: "not_modified", attempts: attempt };
      if (res.status === 429 || res.status >= 500) throw new AttemptError(`HTTP ${res.status}`, true);
      if (!res.ok) throw new AttemptError(`HTTP ${res.status}`, false);
      let body: string;
      try {
        body = await readCapped(res, maxBytes);
      } catch (error) {
        if (error instanceof AttemptError) throw error;
        throw new AttemptError(signal.aborted ? `timed out after ${timeoutMs} ms` : `read error: ${(error as Error).message}`, true);
      }
      return { status: "ok", attempts: attempt, body, etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
    } catch (error) {
      const e = error instanceof AttemptError ? error : new AttemptError(String(error), false);
      if (!e.retryable || attempt > retries) {
        throw new FeedFetchError(attempt > 1 ? `${e.message} (after ${attempt} attempts)` : e.message, attempt);
      }
      await wait(backoffMs * 2 ** (attempt - 1));
    }
  }
}
