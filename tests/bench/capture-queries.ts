/**
 * What the bench scripts share: a Prisma client that records every statement the lib/data reads
 * send (to time them again under EXPLAIN ANALYZE), and the machine's load to print beside timings.
 */
import os from "node:os";

/**
 * Opens the bench's own client on `url` and puts it where lib/db looks for its client, so the
 * lib/data modules imported after this call query through it. `captured` fills as they run.
 */
export async function captureQueries(url: string) {
  process.env.DATABASE_URL = url;
  const { PrismaClient } = await import("@/lib/generated/prisma/client");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10 }),
    log: [{ emit: "event", level: "query" }],
  });
  const captured: { query: string; params: string }[] = [];
  client.$on("query", (e) => captured.push({ query: e.query, params: e.params }));
  (globalThis as unknown as { slipwatchPrisma?: unknown }).slipwatchPrisma = client;
  return { client, captured };
}

/** The 1, 5 and 15 minute load averages, "0.52 / 0.61 / 0.70". */
export const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");
