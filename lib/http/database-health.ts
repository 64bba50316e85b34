import { tcpReachable } from "@/lib/database/probe";

/**
 * Is the database reachable? A TCP connect to DATABASE_URL's host and port, remembered briefly,
 * so the proxy can answer 503 before a page starts streaming (after that its status is fixed at
 * 200). A connect is cheap and needs no pool; a database that accepts connections but fails
 * queries is left to the routes' own error handling.
 */
const UP_FOR_MS = 2_000;
const DOWN_FOR_MS = 250;
const CONNECT_TIMEOUT_MS = 500;

interface Probe {
  up: boolean;
  at: number;
  pending: Promise<boolean> | null;
}

const state = globalThis as unknown as { slipwatchDbProbe?: Probe };

function target(): { host: string; port: number } | null {
  const raw = process.env.DATABASE_URL;
  if (!raw) return null;
  try {
    const url = new URL(raw);
    const host = url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1";
    return { host, port: Number(url.port || 5432) };
  } catch {
    return null;
  }
}

export async function databaseReachable(now = Date.now()): Promise<boolean> {
  const to = target();
  if (!to) return true; // nothing to probe (a build, or a URL we cannot read): let the route answer
  const probe = (state.slipwatchDbProbe ??= { up: true, at: 0, pending: null });
  const fresh = now - probe.at < (probe.up ? UP_FOR_MS : DOWN_FOR_MS);
  if (fresh) return probe.up;
  probe.pending ??= tcpReachable(to.host, to.port, CONNECT_TIMEOUT_MS).then((up) => {
    probe.up = up;
    probe.at = Date.now();
    probe.pending = null;
    return up;
  });
  return probe.pending;
}
