import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";

/**
 * The one Prisma client. In development Next reloads modules, so the client is kept on
 * globalThis to avoid opening a new connection pool on every edit (the create-t3-app pattern).
 * The connection is opened lazily: importing this module never touches the database, so
 * `next build` works without one.
 */
const globalForPrisma = globalThis as unknown as { slipwatchPrisma?: PrismaClient };

export function createPrismaClient(url: string = requireDatabaseUrl()): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  return new PrismaClient({ adapter });
}

function getClient(): PrismaClient {
  globalForPrisma.slipwatchPrisma ??= createPrismaClient();
  return globalForPrisma.slipwatchPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop, receiver) {
    const client = getClient();
    const value = Reflect.get(client, prop, receiver) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
