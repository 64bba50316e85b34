import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventType } from "@/lib/data/dto";
import { amountColumns, figureColumns, isoDay, occurredColumns, occurredOf, slugSelect, toNumber } from "@/lib/data/mappers";
import type { ExistingEventRef } from "@/lib/domain/extract/types";

/** Server-only, uncached event reads for the admin (callers have checked the session). */

export interface EventPick {
  id: number;
  type: EventType;
  title: string;
  lab: string;
  model: string | null;
  occurredText: string;
  occurredFrom: string;
  citationCount: number;
  deleted: boolean;
}

export interface EventSearch {
  lab?: string | null;
  model?: string | null;
  type?: EventType | null;
  q?: string | null;
  includeDeleted?: boolean;
  limit?: number;
}

const pickSelect = {
  id: true,
  type: true,
  title: true,
  occurredText: true,
  occurredFrom: true,
  deletedAt: true,
  lab: slugSelect,
  model: slugSelect,
  _count: { select: { citations: true } },
} satisfies Prisma.EventSelect;

/** Events to attach an article to: by lab, model, type and words in title or summary. */
export async function searchEvents(s: EventSearch): Promise<EventPick[]> {
  const and: Prisma.EventWhereInput[] = [];
  if (!s.includeDeleted) and.push({ deletedAt: null });
  if (s.lab) and.push({ lab: { slug: s.lab } });
  if (s.model) and.push({ model: { slug: s.model } });
  if (s.type) and.push({ type: s.type });
  for (const word of (s.q ?? "").split(/\s+/).filter((w) => w.length > 1).slice(0, 6)) {
    and.push({ OR: [{ title: { contains: word, mode: "insensitive" } }, { summary: { contains: word, mode: "insensitive" } }] });
  }
  const rows = await db.event.findMany({
    where: { AND: and },
    orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
    take: s.limit ?? 20,
    select: pickSelect,
  });
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    title: r.title,
    lab: r.lab.slug,
    model: r.model?.slug ?? null,
    occurredText: r.occurredText,
    occurredFrom: isoDay(r.occurredFrom),
    citationCount: r._count.citations,
    deleted: r.deletedAt !== null,
  }));
}

/**
 * A record as its edit form's string state. The shape is inferred from the mapping below; the
 * form's schema (lib/validation) is checked against it where the two meet (the edit page, the
 * conflict answer of a save), so lib/data does not depend on lib/validation.
 */
export type EventForEdit = NonNullable<Awaited<ReturnType<typeof getEventForEdit>>>;

const numText = (n: number | null) => (n === null ? "" : String(n));

export async function getEventForEdit(id: number, client: Prisma.TransactionClient = db) {
  const e = await client.event.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      deletedAt: true,
      updatedAt: true,
      type: true,
      title: true,
      summary: true,
      occurredText: true,
      occurredFrom: true,
      firstReportedAt: true,
      ...amountColumns,
      ...figureColumns,
      status: true,
      lab: slugSelect,
      model: slugSelect,
      counterparty: slugSelect,
    },
  });
  if (!e) return null;
  return {
    id: e.id,
    version: e.version,
    deletedAt: e.deletedAt?.toISOString() ?? null,
    updatedAt: e.updatedAt.toISOString(),
    form: {
      id: e.id,
      version: e.version,
      type: e.type,
      lab: e.lab.slug,
      model: e.model?.slug ?? "",
      counterparty: e.counterparty?.slug ?? "",
      title: e.title,
      summary: e.summary,
      occurredText: e.occurredText,
      occurredOriginal: e.occurredText,
      // Relative phrases were read against the first report; fall back to the event's own start.
      referenceDate: isoDay(e.firstReportedAt ?? e.occurredFrom),
      amountUsd: numText(toNumber(e.amountUsd)),
      amountUsdMax: numText(toNumber(e.amountUsdMax)),
      amountQualifier: e.amountQualifier ?? ("" as const),
      amountKind: e.amountKind ?? ("" as const),
      percent: numText(toNumber(e.percent)),
      headcount: numText(e.headcount),
      headcountQualifier: e.headcountQualifier ?? ("" as const),
      status: e.status,
    },
  };
}

/** Existing events in the shape the extraction assistant matches proposals against. */
export async function findEventRefsForExtraction(limit = 500): Promise<ExistingEventRef[]> {
  const rows = await db.event.findMany({
    where: { deletedAt: null },
    orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      type: true,
      title: true,
      ...occurredColumns,
      amountUsd: true,
      percent: true,
      headcount: true,
      lab: slugSelect,
      model: slugSelect,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    lab: r.lab.slug,
    model: r.model?.slug ?? null,
    occurred: occurredOf(r),
    amountUsd: toNumber(r.amountUsd),
    percent: toNumber(r.percent),
    headcount: r.headcount,
    title: r.title,
  }));
}
