// npm run bench:reads [-- --lab synthetic-001]
// The reads issue 11 bounded, each run twice through the ORM (the second is timed) beside the sum
// of its statements' raw SQL time under EXPLAIN ANALYZE — what `npm run bench` does per page
// (timeQueries), for these reads alone and without a server. On SLIPWATCH_DATA_DIR / DATABASE_URL.
import { parseArgs } from "node:util";
import pg from "pg";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { captureQueries, loadAverage } from "./capture-queries";

const { values } = parseArgs({ options: { lab: { type: "string", default: "synthetic-001" } } });
const database = await openDatabase(() => {});
try {
  await migrateDatabase(database.url, () => {});
  const { client, captured } = await captureQueries(database.url);
  const { findModelPlans, findTopSlips } = await import("@/lib/data/model-plans");
  const { getSlipChartPage } = await import("@/lib/data/charts");
  const today = new Date().toISOString().slice(0, 10);
  const lab = values.lab ?? "synthetic-001";
  const reads: [string, () => Promise<unknown>][] = [
    ["home: findTopSlips (top 5)", () => findTopSlips({ today, limit: 5 })],
    ["slip board: getSlipChartPage (first 20)", () => getSlipChartPage({}, today)],
    [`lab page: findModelPlans({ lab: ${lab} })`, () => findModelPlans({ lab })],
  ];
  const raw = new pg.Client({ connectionString: database.url });
  await raw.connect();
  console.log(`load average ${loadAverage()}\n`);
  console.log("| read | ORM ms | raw SQL ms (EXPLAIN ANALYZE, sum) | queries | ratio |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [name, run] of reads) {
    await run(); // warm the pool and the buffers
    captured.length = 0;
    const started = performance.now();
    await run();
    const orm = performance.now() - started;
    let sql = 0;
    for (const q of captured) {
      const res = await raw.query<{ "QUERY PLAN": [{ "Execution Time": number; "Planning Time": number }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${q.query}`,
        JSON.parse(q.params) as unknown[],
      );
      const plan = res.rows[0]!["QUERY PLAN"][0];
      sql += plan["Execution Time"] + plan["Planning Time"];
      if (process.env.BENCH_VERBOSE)
        console.log(
          `    ${(plan["Execution Time"] + plan["Planning Time"]).toFixed(1)} ms  ${q.query.replace(/\s+/g, " ").slice(0, 110)}`,
        );
    }
    console.log(
      `| ${name} | ${orm.toFixed(1)} | ${sql.toFixed(1)} | ${captured.length} | ${(orm / Math.max(0.1, sql)).toFixed(2)}x |`,
    );
  }
  console.log(`\nload average at the end ${loadAverage()}`);
  await raw.end();
  await client.$disconnect();
} finally {
  await database.stop();
}
