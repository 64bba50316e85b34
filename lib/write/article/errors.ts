import { Prisma } from "@/lib/generated/prisma/client";
import { TurnTimeout } from "@/lib/write/turns";

/**
 * The SQLSTATE of a failed raw statement. Prisma reports those as P2010 and, behind a driver adapter,
 * passes the adapter's error on as `meta.driverAdapterError`, whose `cause.originalCode` is the
 * database's own code (the `DriverAdapterError` type of @prisma/driver-adapter-utils).
 */
function rawStatementState(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  if (error.code !== "P2010") return undefined;
  const adapterError: unknown = error.meta?.driverAdapterError;
  if (typeof adapterError !== "object" || adapterError === null || !("cause" in adapterError))
    return undefined;
  const cause: unknown = adapterError.cause;
  if (typeof cause !== "object" || cause === null || !("originalCode" in cause)) return undefined;
  return typeof cause.originalCode === "string" ? cause.originalCode : undefined;
}

/** A unique index refused the write (Prisma's P2002, or 23505 from a raw statement). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return true;
    if (error.code === "P2010") return JSON.stringify(error.meta ?? {}).includes("23505");
  }
  return false;
}

/**
 * Transient, and nothing was written: no connection or transaction slot in time, a serialisation
 * failure or deadlock, a lock not had within lock_timeout (55P03), or no turn among this process's
 * article saves in time.
 */
export function isBusy(error: unknown): boolean {
  if (error instanceof TurnTimeout) return true;
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    (["P2024", "P2028", "P2034"].includes(error.code) || rawStatementState(error) === "55P03")
  );
}
