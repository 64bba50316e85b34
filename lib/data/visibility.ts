import type { Prisma } from "@/lib/generated/prisma/client";
import { dayToDate } from "@/lib/data/mappers";
import { NOT_COUNTED_STATUSES } from "@/lib/domain/claim-status";

/**
 * What the public may see, and what was known on a past day — the one home of both rules
 * (docs/decisions/007-as-of-without-hindsight.md). Every public read builds its `where` from
 * these, so a draft or deleted article, or a record first reported after `asOf`, leaks nowhere.
 *
 * An article counts once it is published and not deleted; as of day D only when it had certainly
 * appeared by D: the LAST possible day of its fuzzy publication date is on or before D (an
 * article dated "15–31 May 2025" counts from 31 May). Undated articles never count as of a day.
 */
export function publicArticleWhere(asOf?: string): Prisma.ArticleWhereInput {
  const base: Prisma.ArticleWhereInput = { deletedAt: null, status: "published" };
  if (!asOf) return base;
  const d = dayToDate(asOf);
  return {
    ...base,
    OR: [{ publishedTo: { lte: d } }, { publishedTo: null, publishedFrom: { lte: d } }],
  };
}

/**
 * An event is public when it is not deleted and at least one public article cites it; as of D when
 * its `knownFrom` (the last possible day of its earliest public citing article, kept by
 * lib/write/first-reported.ts) is on or before D.
 */
export function publicEventWhere(asOf?: string): Prisma.EventWhereInput {
  return { deletedAt: null, knownFrom: asOf ? { lte: dayToDate(asOf) } : { not: null } };
}

/** Denied and retracted claims stay on record but are no setbacks: counts leave them out. */
export function countedEventWhere(): Prisma.EventWhereInput {
  return { status: { notIn: [...NOT_COUNTED_STATUSES] } };
}

/** A lifecycle step counts when its reporting article does; an unsourced one once it ended. */
export function publicStatusChangeWhere(asOf?: string): Prisma.ModelStatusChangeWhereInput {
  return {
    OR: [
      { article: publicArticleWhere(asOf) },
      { articleId: null, ...(asOf ? { atTo: { lte: dayToDate(asOf) } } : {}) },
    ],
  };
}

/** A planned release date counts when the article that reported it does. */
export function publicCommitmentWhere(asOf?: string): Prisma.ReleaseCommitmentWhereInput {
  return { article: publicArticleWhere(asOf) };
}

/**
 * A model is known when something public reports it: a lifecycle step, a planned date or an
 * event. A model nothing reports (curated background such as GPT-4) is reference data and always
 * listed; it can reveal nothing that was reported later.
 */
export function knownModelWhere(asOf?: string): Prisma.ModelWhereInput {
  return {
    OR: [
      { statusHistory: { some: { articleId: { not: null }, ...publicStatusChangeWhere(asOf) } } },
      { commitments: { some: publicCommitmentWhere(asOf) } },
      { events: { some: publicEventWhere(asOf) } },
      {
        statusHistory: { none: { articleId: { not: null } } },
        commitments: { none: {} },
        events: { none: { deletedAt: null } },
      },
    ],
  };
}
