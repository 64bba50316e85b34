// npm run watch-feeds [-- --config feeds.json] [--once] [--interval-minutes 15] [--timeout-ms 10000] [--retries 2]
// Polls the configured publishers' RSS/Atom feeds and queues articles that name a tracked lab or
// model as drafts for review. Optional: the rest of Slipwatch runs without it.
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { FeedConfigSchema, upsertFeedSources } from "@/lib/feeds/feed-config";
import { pollAllFeeds, type FeedPollResult } from "@/lib/feeds/watch-feeds";

const { values } = parseArgs({
  options: {
    config: { type: "string" },
    once: { type: "boolean", default: false },
    "interval-minutes": { type: "string", default: "15" },
    "timeout-ms": { type: "string", default: "10000" },
    retries: { type: "string", default: "2" },
  },
});
const num = (name: string, value: string | undefined, min: number, max: number) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`--${name} must be a number from ${min} to ${max}`);
    process.exit(64);
  }
  return n;
};
const intervalMs = num("interval-minutes", values["interval-minutes"], 1, 24 * 60) * 60_000;
const timeoutMs = num("timeout-ms", values["timeout-ms"], 100, 120_000);
const retries = num("retries", values.retries, 0, 10);
const log = (line: string) => console.log(`[watch-feeds] ${line}`);

function describe(r: FeedPollResult): string {
  if (r.status === "error") return `${r.slug}: error — ${r.error}`;
  if (r.status === "not_modified") return `${r.slug}: unchanged`;
  return `${r.slug}: ${r.items} items, ${r.queued} queued, ${r.unrelated} not about tracked labs, ${r.known} already known${r.invalid ? `, ${r.invalid} unusable` : ""}`;
}

const database = await openDatabase(log);
const prisma = createPrismaClient(database.url);
const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop.abort());
let code = 0;
try {
  await migrateDatabase(database.url, log);
  if (values.config) {
    const parsed = FeedConfigSchema.safeParse(JSON.parse(await readFile(values.config, "utf8")));
    if (!parsed.success) throw new Error(`${values.config}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    await upsertFeedSources(prisma, parsed.data);
    log(`${parsed.data.length} feeds configured from ${values.config}`);
  }
  if ((await prisma.feedSource.count({ where: { enabled: true } })) === 0) {
    log("no feeds configured; pass --config feeds.json ([{ slug, name, url, language? }])");
  }
  while (!stop.signal.aborted) {
    const results = await pollAllFeeds(prisma, { timeoutMs, retries });
    for (const r of results) log(describe(r));
    if (values.once) {
      code = results.some((r) => r.status === "error") ? 2 : 0;
      break;
    }
    await sleep(intervalMs, undefined, { signal: stop.signal }).catch(() => undefined);
  }
} catch (error) {
  code = 1;
  console.error(`[watch-feeds] ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await prisma.$disconnect();
  await database.stop();
}
process.exit(code);
