// npm run import:all -- FILE [--replace] — restore a snapshot from `npm run export:all` into an
// empty database (--replace deletes the current content first, in the same transaction).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { restoreSnapshot } from "@/lib/import/restore-snapshot";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: "boolean", default: false } } });
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error("usage: npm run import:all -- SNAPSHOT.json [--replace]");
  process.exit(64);
}
const log = (line: string) => console.error(`[slipwatch] ${line}`);

const database = await openDatabase(log);
const prisma = createPrismaClient(database.url);
let code = 0;
try {
  // Migrate only: seeding an empty database here would make it non-empty before the restore.
  await migrateDatabase(database.url, log);
  const stats = await restoreSnapshot(prisma, file, {
    replace: values.replace,
    onTable: (name, rows) => log(`${name}: ${rows} rows`),
  });
  const total = stats.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`restored ${file}: ${stats.tables.length} tables, ${total} rows`);
} catch (error) {
  code = 1;
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await prisma.$disconnect();
  await database.stop();
}
process.exit(code);
