// npm run db:synthetic -- [--articles N] [--events N] [--labs N] [--seed N] | --remove
// Adds deterministic synthetic rows (for benchmarks and scale checks) to DATABASE_URL or the
// embedded database; --remove deletes them again. The seed content is never touched.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { insertSyntheticData, removeSyntheticData } from "@/prisma/synthetic";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    events: { type: "string", default: "5000" },
    labs: { type: "string", default: "20" },
    seed: { type: "string", default: "42" },
    remove: { type: "boolean", default: false },
  },
});
const int = (s: string, name: string) => {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${s}"`);
  return n;
};

const log = (line: string) => console.log(`[synthetic] ${line}`);
const database = await openDatabase(log);
const prisma = createPrismaClient(database.url);
try {
  await migrateDatabase(database.url, log);
  if (values.remove) {
    await removeSyntheticData(prisma);
    log("removed synthetic rows");
  } else {
    const started = Date.now();
    await insertSyntheticData(prisma, {
      articles: int(values.articles, "articles"),
      events: int(values.events, "events"),
      labs: int(values.labs, "labs"),
      seed: int(values.seed, "seed"),
      log,
    });
    log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await prisma.$disconnect();
  await database.stop();
}
