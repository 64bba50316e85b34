import type { DatePrecision, FuzzyDateDto } from "@/lib/data/dto";

/** Prisma row fragments → plain DTO values. */

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isoDayOrNull(d: Date | null | undefined): string | null {
  return d ? isoDay(d) : null;
}

export function toNumber(value: { toNumber(): number } | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? value : value.toNumber();
}

export function fuzzyFrom(
  from: Date,
  to: Date,
  precision: DatePrecision,
  openEnd: boolean,
  text: string,
): FuzzyDateDto {
  return { from: isoDay(from), to: isoDay(to), precision, openEnd, text };
}

/** ISO day → Date at UTC midnight, the form @db.Date columns take. */
export function dayToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}
