/**
 * Polls `url` until `ok(status)` or `timeoutMs` has passed, and returns the last status (0: it never
 * answered). Each try has its own 10 s limit and reads the body, so a hung answer cannot stall it;
 * redirects are not followed, so a 3xx is seen as such.
 */
export async function waitForStatus(
  url: string,
  ok: (status: number) => boolean,
  timeoutMs = 60_000,
): Promise<number> {
  const until = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      last = res.status;
      if (ok(last)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

/** Waits until a server we started answers `url` with a 2xx; throws if it has not by `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const isOk = (status: number) => status >= 200 && status < 300;
  const last = await waitForStatus(url, isOk, timeoutMs);
  if (!isOk(last)) throw new Error(`server did not answer at ${url} (last status: ${last || "none"})`);
}
