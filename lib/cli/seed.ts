// npm run db:seed [-- --reset] — load the seed articles and facts into an empty database.
// --reset first deletes all content (labs, models, articles, events …; users are kept).
// SLIPWATCH_SEED=base loads only the five seed articles (default "all": with the starter pack).
import { createPrismaClient } from "@/lib/db";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { parseEnv } from "@/lib/env";
import { isSeeded, seedDatabase } from "@/prisma/seed";

const log = (line: string) => console.log(`[slipwatch] ${line}`);
const reset = process.argv.includes("--reset");
const database = await openDatabase(log);
const prisma = createPrismaClient(database.url);
try {
  await migrateDatabase(database.url, log);
  if (reset) {
    await prisma.$executeRawUnsafe(
      `TRUNCATE citations, release_commitments, model_status_changes, events, articles, models, labs, publishers RESTART IDENTITY CASCADE`,
    );
    log("deleted all content");
  }
  if (await isSeeded(prisma)) {
    log("database already has content; nothing seeded (use `npm run db:seed -- --reset` to start over)");
  } else {
    const counts = await seedDatabase(prisma, { packs: parseEnv().SLIPWATCH_SEED });
    log(`seeded ${counts.articles} articles and ${counts.events} events`);
  }
} finally {
  await prisma.$disconnect();
  await database.stop();
}
