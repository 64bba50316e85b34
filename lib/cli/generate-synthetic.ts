// npm run db:synthetic -- [--tier 10k|100k|1m] [--articles N --events N --labs N --models N --seed N] | --remove
// Loads deterministic synthetic rows (for benchmarks and scale checks) into DATABASE_URL or the
// embedded database with Postgres COPY; a re-run with the same options resumes where an interrupted
// one stopped. --remove deletes them again. The seed and real content are never touched.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { loadSyntheticData, removeSyntheticData, TIERS, type LoadProgress } from "@/prisma/synthetic";

const { values } = parseArgs({
  options: {
    tier: { type: "string" },
    articles: { type: "string" },
    events: { type: "string" },
    labs: { type: "string" },
    models: { type: "string" },
    seed: { type: "string" },
    remove: { type: "boolean", default: false },
  },
});
const int = (s: string | undefined, name: string, fallback: number) => {
  if (s === undefined) return fallback;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${s}"`);
  return n;
};
const tier = TIERS[values.tier ?? "10k"];
if (!tier) throw new Error(`--tier must be one of ${Object.keys(TIERS).join(", ")}`);
const options = {
  articles: int(values.articles, "articles", tier.articles),
  events: int(values.events, "events", tier.events),
  labs: int(values.labs, "labs", tier.labs),
  models: int(values.models, "models", tier.models),
  seed: int(values.seed, "seed", tier.seed),
};

/** One bar per table; rows/s is shown so the COPY rate is visible while it runs. */
function progressBars(): LoadProgress {
  const multi = new cliProgress.MultiBar(
    {
      format: "{table} [{bar}] {value}/{total} · {rate} rows/s · eta {eta_formatted}",
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, { bar: cliProgress.SingleBar; started: number; from: number }>();
  return {
    start(table, total, done) {
      bars.set(table, {
        bar: multi.create(total, done, { table: table.padEnd(8), rate: 0 }),
        started: Date.now(),
        from: done,
      });
    },
    tick(table, rows) {
      const b = bars.get(table);
      if (!b) return;
      b.bar.increment(rows);
      const done = b.bar.getProgress() * b.bar.getTotal() - b.from;
      b.bar.update({ rate: Math.round(done / Math.max(0.001, (Date.now() - b.started) / 1000)) });
    },
    stop() {
      multi.stop();
    },
  };
}

const log = (line: string) => console.log(`[synthetic] ${line}`);
const database = await openDatabase(log);
try {
  await migrateDatabase(database.url, log);
  if (values.remove) {
    await removeSyntheticData(database.url, log);
    log("removed synthetic rows");
  } else {
    log(
      `loading ${options.articles} articles, ${options.events} events (1–5 citations each), ` +
        `${options.labs} labs, ${options.models} models, seed ${options.seed}`,
    );
    const { rows, seconds } = await loadSyntheticData(database.url, options, progressBars(), log);
    log(
      `${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s, indexes included)`,
    );
  }
} finally {
  await database.stop();
}
