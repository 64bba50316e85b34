import "server-only";
import { db } from "@/lib/db";
import { cached, tags } from "@/lib/data/cache";
import type { EventType, Qualifier } from "@/lib/data/dto";
import { amountColumns, dayToDate, nameSelect, occurredColumns, occurredOf, toNumber } from "@/lib/data/mappers";
import { countedEventWhere, publicArticleWhere, publicEventWhere } from "@/lib/data/visibility";
import type { AmountFact } from "@/lib/domain/lab-figures";
import { corroborate } from "@/lib/domain/corroboration";
import type { ClaimScope } from "@/lib/domain/claim-status";
import type { StatusEvent } from "@/lib/domain/lab-status";
import { SETBACK_TYPES } from "@/lib/domain/event-types";

/** The aggregates behind a lab page's key figures; no list here grows with the article count. */
export interface LabFacts {
  /** investment events with an amount (a lab reports a few per year) */
  amounts: AmountFact[];
  /** setbacks per type whose date overlaps [since, until] */
  setbacksByType: { type: EventType; count: number }[];
  /** people is a lower bound ("at least") when any departure gave no exact number */
  departures: { events: number; people: number; peopleQualifier: Qualifier };
  latestSetback: StatusEvent | null;
}

export async function getLabFacts(
  slug: string,
  opts: { asOf?: string; since: string; until: string; claims?: ClaimScope },
): Promise<LabFacts> {
  "use cache";
  cached(tags.lab(slug));
  // Figures count: denied and retracted claims stay out unless the reader includes them.
  const base = {
    AND: [publicEventWhere(opts.asOf), opts.claims === "all" ? {} : countedEventWhere()],
    lab: { slug },
  };
  const setbackTypes = [...SETBACK_TYPES];
  const [amountRows, byType, departures, peopleMixed, latest] = await Promise.all([
    db.event.findMany({
      where: { ...base, type: "investment", amountUsd: { not: null } },
      orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
      take: 200,
      select: {
        id: true,
        ...occurredColumns,
        ...amountColumns,
      },
    }),
    db.event.groupBy({
      by: ["type"],
      where: {
        ...base,
        type: { in: setbackTypes },
        occurredTo: { gte: dayToDate(opts.since) },
        occurredFrom: { lte: dayToDate(opts.until) },
      },
      _count: { _all: true },
    }),
    db.event.aggregate({
      where: { ...base, type: "departure" },
      _count: { _all: true },
      _sum: { headcount: true },
    }),
    // "At least 7" plus "1" plus "several" is "at least 8": any vague or missing count makes a lower bound.
    db.event.count({
      where: {
        ...base,
        type: "departure",
        OR: [{ headcount: null }, { headcountQualifier: { in: ["at_least", "more_than", "about"] } }],
      },
    }),
    db.event.findFirst({
      where: { ...base, type: { in: setbackTypes } },
      orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
      select: {
        id: true,
        type: true,
        title: true,
        ...occurredColumns,
        citations: {
          where: { article: publicArticleWhere(opts.asOf) },
          select: {
            articleId: true,
            role: true,
            attribution: true,
            attributedTo: true,
            article: { select: { publisher: nameSelect, originalReporter: nameSelect } },
          },
        },
      },
    }),
  ]);
  return {
    amounts: amountRows.map((r) => ({
      eventId: r.id,
      occurred: occurredOf(r),
      amountUsd: toNumber(r.amountUsd) ?? 0,
      qualifier: r.amountQualifier,
      kind: r.amountKind,
    })),
    setbacksByType: byType
      .map((g) => ({ type: g.type, count: g._count._all }))
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    departures: {
      events: departures._count._all,
      people: departures._sum.headcount ?? 0,
      peopleQualifier: peopleMixed > 0 ? "at_least" : "exact",
    },
    latestSetback: latest
      ? {
          id: latest.id,
          type: latest.type,
          title: latest.title,
          occurred: occurredOf(latest),
          // Support in independent sources: relays of one outlet are one source.
          reportCount: corroborate(
            latest.citations.map((c) => ({
              articleId: c.articleId,
              publishedFrom: null,
              publishedTo: null,
              publisher: c.article.publisher?.name ?? null,
              originalReporter: c.article.originalReporter?.name ?? null,
              attribution: c.attribution,
              attributedTo: c.attributedTo,
              role: c.role,
            })),
          ).independentSources,
        }
      : null,
  };
}
