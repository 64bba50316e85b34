import { Prisma } from "@/lib/generated/prisma/client";

/** A unique index refused the write (Prisma's P2002, or 23505 from a raw statement). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return true;
    if (error.code === "P2010") return JSON.stringify(error.meta ?? {}).includes("23505");
  }
  return false;
}

/** Transient: no connection or transaction slot in time, a serialisation failure or deadlock. */
export function isBusy(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError && ["P2024", "P2028", "P2034"].includes(error.code)
  );
}
