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

/** The five columns of an event's "occurred" date: selected together, mapped by `occurredOf`. */
export const occurredColumns = {
  occurredFrom: true,
  occurredTo: true,
  occurredPrecision: true,
  occurredOpenEnd: true,
  occurredText: true,
} as const;

/** The five columns of a release commitment's planned date, selected together. */
export const plannedColumns = {
  plannedFrom: true,
  plannedTo: true,
  plannedPrecision: true,
  plannedOpenEnd: true,
  plannedText: true,
} as const;

/** The five columns of a model status change's date, selected together. */
export const statusAtColumns = {
  atFrom: true,
  atTo: true,
  atPrecision: true,
  atOpenEnd: true,
  atText: true,
} as const;

export function occurredOf(row: {
  occurredFrom: Date;
  occurredTo: Date;
  occurredPrecision: DatePrecision;
  occurredOpenEnd: boolean;
  occurredText: string;
}): FuzzyDateDto {
  return fuzzyFrom(
    row.occurredFrom,
    row.occurredTo,
    row.occurredPrecision,
    row.occurredOpenEnd,
    row.occurredText,
  );
}

/** An article's publication date at its precision; null when it is undated. */
export function publishedOf(row: {
  publishedFrom: Date | null;
  publishedTo: Date | null;
  publishedPrecision: DatePrecision | null;
  publishedText: string | null;
}): FuzzyDateDto | null {
  if (!row.publishedFrom || !row.publishedPrecision) return null;
  return fuzzyFrom(
    row.publishedFrom,
    row.publishedTo ?? row.publishedFrom,
    row.publishedPrecision,
    false,
    row.publishedText ?? "",
  );
}

/** An investment's amount with how sure and what kind it is. */
export const amountColumns = {
  amountUsd: true,
  amountUsdMax: true,
  amountQualifier: true,
  amountKind: true,
} as const;

/** The claim's numbers besides the amount: a percent and a headcount with its qualifier. */
export const figureColumns = { percent: true, headcount: true, headcountQualifier: true } as const;

/** What an event claims — title, summary, when, its figures, its status — as the editors write it. */
export const eventClaimColumns = {
  title: true,
  summary: true,
  ...occurredColumns,
  ...amountColumns,
  ...figureColumns,
  status: true,
} as const;

/** A related lab or model as a reference: { slug, name }. */
export const refSelect = { select: { slug: true, name: true } } as const;
export const slugSelect = { select: { slug: true } } as const;
export const nameSelect = { select: { name: true } } as const;
