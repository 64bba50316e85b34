// npm run db:migrate — apply pending migrations to DATABASE_URL or the embedded database.
import { migrateDatabase, openDatabase } from "@/lib/database/connect";

const log = (line: string) => console.log(`[slipwatch] ${line}`);
const database = await openDatabase(log);
try {
  await migrateDatabase(database.url, log);
} finally {
  await database.stop();
}
