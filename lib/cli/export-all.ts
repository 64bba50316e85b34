// npm run export:all [-- --out FILE] — write a complete, versioned JSON snapshot of the database.
// Written to FILE.partial and renamed at the end, so a half-written snapshot never looks complete.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { writeSnapshot } from "@/lib/export/snapshot";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
const out = values.out ?? `slipwatch-snapshot-${stamp}.json`;
const log = (line: string) => console.error(`[slipwatch] ${line}`);

const database = await openDatabase(log);
const prisma = createPrismaClient(database.url);
const partial = `${out}.partial`;
let code = 0;
try {
  await migrateDatabase(database.url, log);
  const stream = createWriteStream(partial);
  const stats = await writeSnapshot(prisma, stream, { onTable: (name, rows) => log(`${name}: ${rows} rows`) });
  stream.end();
  await finished(stream);
  await rename(partial, out);
  const total = stats.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`wrote ${out}: ${stats.tables.length} tables, ${total} rows`);
} catch (error) {
  code = 1;
  await rm(partial, { force: true });
  console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await prisma.$disconnect();
  await database.stop();
}
process.exit(code);
