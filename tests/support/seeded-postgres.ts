import { chmod, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort, startEmbeddedPostgres } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrator";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase, type SeedPacks } from "@/prisma/seed";

/**
 * A throw-away embedded PostgreSQL on a free port, in a new folder below the OS temp folder
 * (`dataRoot`, the data in `dataRoot/pg`), migrated with our migrator and seeded. The caller stops
 * `database` and removes `dataRoot`; `port` lets it start the same data again.
 */
export async function startSeededPostgres(prefix: string, packs: SeedPacks) {
  const dataRoot = await mkdtemp(path.join(os.tmpdir(), prefix));
  // Traversable by the postgres system user (Postgres refuses root), so its data folder stays
  // here rather than moving to a fallback (lib/database/embedded.ts) the caller would not clean up.
  await chmod(dataRoot, 0o755);
  const port = await findFreePort();
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port });
  await migrate(database.url);
  const prisma = createPrismaClient(database.url);
  try {
    await seedDatabase(prisma, { packs });
  } finally {
    await prisma.$disconnect();
  }
  return { dataRoot, port, database };
}
