// npm run user:create -- --email a@b.c --role admin|editor [--name "…"] [--password …]
// Creates a user on DATABASE_URL or the embedded database; prints a generated password once.
import { parseArgs } from "node:util";
import { createAccount } from "@/lib/auth/user-accounts";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { createPrismaClient } from "@/lib/db";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string", default: "editor" },
    name: { type: "string" },
    password: { type: "string" },
  },
});

if (!values.email || (values.role !== "admin" && values.role !== "editor")) {
  console.error("usage: npm run user:create -- --email someone@example.com --role admin|editor [--name NAME] [--password PASSWORD]");
  process.exit(2);
}

const log = (line: string) => console.log(`[slipwatch] ${line}`);
const database = await openDatabase(log);
let code = 0;
try {
  await migrateDatabase(database.url, log);
  const prisma = createPrismaClient(database.url);
  try {
    const created = await createAccount(prisma, {
      email: values.email,
      role: values.role,
      name: values.name ?? null,
      password: values.password,
    });
    log(`created ${values.role} ${values.email.toLowerCase()} (id ${created.id})`);
    if (created.generated) log(`password (shown once, store it now): ${created.password}`);
  } finally {
    await prisma.$disconnect();
  }
} catch (error) {
  console.error(`[slipwatch] ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
