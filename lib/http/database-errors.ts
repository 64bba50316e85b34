import { Prisma } from "@/lib/generated/prisma/client";

/** Did this fail because the database cannot be reached (rather than because of the query)? */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    ["P1001", "P1002", "P1008", "P1017", "P2024"].includes(error.code)
  ) {
    return true;
  }
  const text =
    error instanceof Error
      ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}`
      : String(error);
  return /ECONNREFUSED|ECONNRESET|Connection terminated|connection closed|terminating connection|the database system is (starting up|shutting down)/i.test(
    text,
  );
}
