import { inject } from "vitest";

/** Points lib/db (and anything reading DATABASE_URL) at the test database; call at file top. */
export function connectTestDatabase(): string {
  const url = inject("databaseUrl");
  process.env.DATABASE_URL = url;
  return url;
}

/**
 * connectTestDatabase, then the one Prisma client of lib/db. lib/db reads DATABASE_URL when it is
 * first imported, so it (and every module that uses it) must be imported after this: dynamically.
 */
export async function openTestDatabase() {
  connectTestDatabase();
  const { db } = await import("@/lib/db");
  return db;
}
