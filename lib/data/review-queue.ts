import "server-only";
import { requireEditor } from "@/lib/auth/require-editor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor } from "@/lib/domain/cursor";
import type { EventType, FuzzyDateDto } from "@/lib/data/dto";
import { articlesAfter } from "@/lib/data/articles";
import { isoDay, nameSelect, publishedOf } from "@/lib/data/mappers";
import { findOrgByName, getOrgBySlug } from "@/lib/domain/knowledge";

/**
 * The editors' review queue: imported and feed-watched draft articles with the extraction
 * assistant's suggestions, newest publication first. Not cached — editors must see the queue as
 * it is, and it is never public. The caller passes its authorisation check (see
 * lib/auth/require-editor), which runs before any query.
 */

export interface SuggestionDto {
  /** position in the stored list: what the editor's "accept" refers to */
  index: number;
  type: EventType | string;
  lab: string | null;
  labName: string | null;
  model: string | null;
  quote: string;
  confidence: number | null;
  occurredText: string | null;
  matchesEventId: number | null;
  /** a lab the suggestion names that is not stored but in the knowledge base: publishing creates it */
  newFromKnowledgeBase: { slug: string; name: string } | null;
}

export interface ReviewQueueItem {
  articleId: number;
  version: number;
  title: string;
  url: string | null;
  publisher: string | null;
  published: FuzzyDateDto | null;
  language: string;
  excerpt: string;
  source: { kind: "import"; file: string | null; line: number | null } | { kind: "feed"; name: string | null } | { kind: "other" };
  labs: string[];
  models: string[];
  suggestions: SuggestionDto[];
  queuedAt: string;
}

const select = {
  id: true,
  version: true,
  title: true,
  url: true,
  language: true,
  body: true,
  sourceRef: true,
  publishedFrom: true,
  publishedTo: true,
  publishedPrecision: true,
  publishedText: true,
  publisher: nameSelect,
  reviewItem: {
    select: {
      labs: true,
      models: true,
      suggestions: true,
      sourceLine: true,
      createdAt: true,
      importRun: { select: { source: true } },
      feedSource: nameSelect,
    },
  },
} satisfies Prisma.ArticleSelect;

/** Suggestions are stored as the extraction assistant wrote them; read them defensively. */
function toSuggestions(value: Prisma.JsonValue, storedLabs: ReadonlySet<string>): SuggestionDto[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, index) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return [];
    const s = v as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === "string" ? x : null);
    const occurred = s.occurred && typeof s.occurred === "object" ? (s.occurred as Record<string, unknown>) : null;
    return [
      {
        index,
        type: str(s.type) ?? "other",
        lab: str(s.lab),
        labName: str(s.labName),
        model: str(s.model),
        quote: str(s.quote) ?? "",
        confidence: typeof s.confidence === "number" ? s.confidence : null,
        occurredText: occurred ? str(occurred.text) : null,
        matchesEventId: typeof s.matchesEventId === "number" ? s.matchesEventId : null,
        newFromKnowledgeBase: knownButNotStored(str(s.lab), str(s.labName), storedLabs),
      },
    ];
  });
}

function knownButNotStored(lab: string | null, labName: string | null, stored: ReadonlySet<string>) {
  const org = lab ? getOrgBySlug(lab) : labName ? findOrgByName(labName) : null;
  return org && !stored.has(org.slug) ? { slug: org.slug, name: org.name } : null;
}

const EXCERPT = 280;

/** Drafts are unpublished text: the read checks the editor's session itself, not only its page. */
export async function findReviewQueue(
  query: { cursor?: string; limit?: number } = {},
): Promise<{ items: ReviewQueueItem[]; nextCursor: string | null; total: number }> {
  await requireEditor();
  const limit = query.limit ?? 20;
  // Every draft waits here: imported, feed-watched, and saved by hand from the article form (with
  // the events the editor accepted there), so each is published the same way.
  const where: Prisma.ArticleWhereInput = { status: "draft", deletedAt: null };
  const cursor = decodeCursor(query.cursor);
  const paged =
    cursor && typeof cursor[1] === "number"
      ? articlesAfter(where, typeof cursor[0] === "string" ? cursor[0] : null, cursor[1])
      : where;
  const [rows, total, labs] = await Promise.all([
    db.article.findMany({
      where: paged,
      orderBy: [{ publishedFrom: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: limit + 1,
      select,
    }),
    db.article.count({ where }),
    db.lab.findMany({ select: { slug: true } }),
  ]);
  const storedLabs = new Set(labs.map((l) => l.slug));
  const items = rows.slice(0, limit).map((r): ReviewQueueItem => {
    const review = r.reviewItem;
    const source: ReviewQueueItem["source"] = review?.feedSource
      ? { kind: "feed", name: review.feedSource.name }
      : review?.importRun || r.sourceRef?.startsWith("import:")
        ? { kind: "import", file: review?.importRun?.source.split(/[\\/]/).at(-1) ?? null, line: review?.sourceLine ?? null }
        : { kind: "other" };
    return {
      articleId: r.id,
      version: r.version,
      title: r.title,
      url: r.url,
      publisher: r.publisher?.name ?? null,
      published: publishedOf(r),
      language: r.language,
      excerpt: r.body.length > EXCERPT ? `${r.body.slice(0, EXCERPT).trimEnd()}…` : r.body,
      source,
      labs: review?.labs ?? [],
      models: review?.models ?? [],
      suggestions: toSuggestions(review?.suggestions ?? null, storedLabs),
      queuedAt: (review?.createdAt ?? new Date(0)).toISOString(),
    };
  });
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    items,
    total,
    nextCursor: last ? encodeCursor([last.publishedFrom ? isoDay(last.publishedFrom) : "", last.id]) : null,
  };
}
