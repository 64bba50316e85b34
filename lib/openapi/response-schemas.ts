import { z } from "zod";
import {
  AMOUNT_KINDS, ATTRIBUTIONS, CITATION_ROLES, CLAIM_STATUSES, EVENT_TYPES, MODEL_STATUSES, QUALIFIERS,
  type ArticleDetail, type ArticleSummary, type EventDto, type LabDetail, type LabSummary, type ModelDetail,
  type ModelSummary, type Page,
} from "@/lib/data/dto";
import type { SearchHit } from "@/lib/data/articles";
import { DATE_PRECISIONS } from "@/lib/domain/fuzzy-date";
import { RULINGS, RULING_REASONS, SCORECARD_SORTS } from "@/lib/domain/scorecard";
import type { LabScorecardJson } from "@/lib/i18n/scorecard-rule";

/**
 * The JSON the API answers with, as zod schemas: the OpenAPI document is generated from them, and
 * the integration tests parse real responses with them (strict objects, so an undocumented field
 * fails). The type checks at the bottom keep them equal to the DTO types in lib/data/dto.ts.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: "date" });

export const FuzzyDateSchema = z
  .strictObject({
    from: isoDay,
    to: isoDay,
    precision: z.enum(DATE_PRECISIONS),
    openEnd: z.boolean(),
    text: z.string(),
  })
  .meta({ id: "FuzzyDate", description: "A reported date as a range with its precision, e.g. fall 2025 or later." });

const LabRefSchema = z.strictObject({ slug: z.string(), name: z.string() }).meta({ id: "LabRef" });
const ModelRefSchema = z.strictObject({ slug: z.string(), name: z.string() }).meta({ id: "ModelRef" });
const PublisherRefSchema = z.strictObject({ slug: z.string(), name: z.string() }).meta({ id: "PublisherRef" });
const qualifier = z.enum(QUALIFIERS).nullable();

export const CitationSchema = z
  .strictObject({
    articleId: z.number().int(),
    url: z.string().nullable(),
    title: z.string(),
    publisher: z.string().nullable(),
    language: z.string(),
    publishedAt: isoDay.nullable(),
    published: FuzzyDateSchema.nullable(),
    role: z.enum(CITATION_ROLES).describe("derived: the earliest original article is first_report, relays are re_report, later originals follow_up"),
    recordedRole: z.enum(CITATION_ROLES),
    quote: z.string(),
    attribution: z.enum(ATTRIBUTIONS),
    attributedTo: z.string().nullable(),
  })
  .meta({ id: "Citation" });

export const EventSchema = z
  .strictObject({
    id: z.number().int(),
    type: z.enum(EVENT_TYPES),
    lab: LabRefSchema,
    model: ModelRefSchema.nullable(),
    counterparty: LabRefSchema.nullable(),
    title: z.string(),
    summary: z.string(),
    occurred: FuzzyDateSchema,
    amountUsd: z.number().nullable(),
    amountUsdMax: z
      .number()
      .nullable()
      .meta({ description: "Upper bound when the text gave a range; amountUsd is then the lower bound" }),
    amountQualifier: qualifier,
    amountKind: z.enum(AMOUNT_KINDS).nullable(),
    percent: z.number().nullable(),
    headcount: z.number().int().nullable(),
    headcountQualifier: qualifier,
    status: z.enum(CLAIM_STATUSES),
    firstReportedAt: isoDay.nullable(),
    firstReported: FuzzyDateSchema.nullable(),
    knownFrom: isoDay.nullable().describe("asOf shows the event from this day: the last possible publication day of its first public source"),
    addedAt: isoDay,
    lastChangedAt: isoDay,
    titleDe: z.string().nullable(),
    summaryDe: z.string().nullable(),
    independentSources: z.number().int().describe("distinct original reporters; an article relaying an outlet counts for that outlet"),
    sources: z.array(z.strictObject({ name: z.string(), articleIds: z.array(z.number().int()) })),
    leadArticleId: z.number().int().nullable().describe("the earliest original article, else the earliest citing one"),
    articleCount: z.number().int(),
    version: z.number().int(),
    citations: z.array(CitationSchema),
  })
  .meta({ id: "Event" });

const page = <T extends z.ZodType>(item: T, id: string) =>
  z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() }).meta({ id, description: "pass nextCursor as cursor for the next page; null on the last" });

export const EventPageSchema = page(EventSchema, "EventPage");

export const LabSummarySchema = z.strictObject({ slug: z.string(), name: z.string(), eventCount: z.number().int() }).meta({ id: "LabSummary" });
export const LabListSchema = z.strictObject({ items: z.array(LabSummarySchema) }).meta({ id: "LabList" });

export const ModelSummarySchema = z
  .strictObject({ slug: z.string(), name: z.string(), lab: LabRefSchema, family: z.string().nullable(), status: z.enum(MODEL_STATUSES) })
  .meta({ id: "ModelSummary" });
export const ModelListSchema = z.strictObject({ items: z.array(ModelSummarySchema) }).meta({ id: "ModelList" });

export const RulingSchema = z
  .strictObject({
    sequence: z.number().int().describe("1 for the first reported plan, then one more per revision"),
    planned: FuzzyDateSchema,
    reportedAt: isoDay.nullable(),
    deadline: isoDay.describe("the last day of the planned period: the day the commitment is judged by"),
    ruling: z.enum(RULINGS).describe("met, missed, open, or unknown (released on an undated day after the period ended)"),
    reason: z.enum(RULING_REASONS),
    daysLate: z.number().int().describe("days from the deadline to the release (shipped late) or to today (not shipped); else 0"),
    superseded: z.boolean().describe("a later plan replaced this one"),
    rule: z.string().describe("the rule in words, e.g. planned by end of April 2025; shipped —: missed, period ended 30 April 2025"),
  })
  .meta({ id: "CommitmentRuling" });

export const LabScorecardSchema = z
  .strictObject({
    lab: LabRefSchema,
    met: z.number().int(),
    missed: z.number().int(),
    open: z.number().int(),
    unknown: z.number().int(),
    resolved: z.number().int().describe("met + missed"),
    keptPercent: z.number().int().nullable().describe("met / resolved as a whole percent; null with nothing resolved"),
    slipDays: z.number().int().describe("per model, first deadline → release (or → the plan in force's deadline), summed"),
    overdueDays: z.number().int().describe("days past the plan in force of models still not out, summed"),
    overdueModels: z.number().int(),
    models: z.array(
      z.strictObject({
        model: ModelRefSchema,
        released: FuzzyDateSchema.nullable(),
        releasedDateUnknown: z.boolean(),
        rulings: z.array(RulingSchema),
        slipDays: z.number().int(),
        overdueDays: z.number().int(),
      }),
    ),
  })
  .meta({ id: "LabScorecard", description: "Release commitments kept and missed, each with the rule that decided it." });

export const ScorecardListSchema = z
  .strictObject({
    today: isoDay.describe("the day commitments are judged on: asOf, or today"),
    asOf: isoDay.nullable(),
    sort: z.enum(SCORECARD_SORTS),
    items: z.array(LabScorecardSchema),
  })
  .meta({ id: "ScorecardList" });

export const LabDetailSchema = z
  .strictObject({
    slug: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    website: z.string().nullable(),
    country: z.string().nullable(),
    description: z.string().nullable(),
    models: z.array(ModelSummarySchema),
    scorecard: LabScorecardSchema,
  })
  .meta({ id: "LabDetail" });

export const ModelDetailSchema = z
  .strictObject({
    slug: z.string(),
    name: z.string(),
    lab: LabRefSchema,
    family: z.string().nullable(),
    status: z.enum(MODEL_STATUSES),
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    lifecycle: z.array(
      z.strictObject({ status: z.enum(MODEL_STATUSES), at: FuzzyDateSchema, articleId: z.number().int().nullable(), note: z.string().nullable() }),
    ),
    commitments: z.array(
      z.strictObject({
        sequence: z.number().int(),
        planned: FuzzyDateSchema,
        reportedAt: isoDay.nullable(),
        articleId: z.number().int(),
        articleTitle: z.string(),
        quote: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "ModelDetail" });

const articleSummaryShape = {
  id: z.number().int(),
  url: z.string().nullable(),
  title: z.string(),
  publisher: PublisherRefSchema.nullable(),
  originalReporter: PublisherRefSchema.nullable(),
  published: FuzzyDateSchema.nullable(),
  language: z.string(),
  summaryEn: z.string().nullable(),
  eventCount: z.number().int(),
};
export const ArticleSummarySchema = z.strictObject(articleSummaryShape).meta({ id: "ArticleSummary" });
export const ArticlePageSchema = page(ArticleSummarySchema, "ArticlePage");

export const SearchHitSchema = z
  .strictObject({ ...articleSummaryShape, snippet: z.string().describe("matched words sit between U+0002 and U+0003") })
  .meta({ id: "SearchHit" });
export const SearchPageSchema = page(SearchHitSchema, "SearchPage");

export const ArticleDetailSchema = z
  .strictObject({
    ...articleSummaryShape,
    author: z.string().nullable(),
    isExcerpt: z.boolean().describe("only the opening of the page is stored; the full text is at url"),
    body: z.string(),
    status: z.enum(["draft", "published"]),
    contentHash: z.string(),
    version: z.number().int(),
    events: z.array(
      z.strictObject({
        id: z.number().int(),
        type: z.enum(EVENT_TYPES),
        title: z.string(),
        lab: LabRefSchema,
        model: ModelRefSchema.nullable(),
        occurred: FuzzyDateSchema,
        status: z.enum(CLAIM_STATUSES),
        role: z.enum(CITATION_ROLES),
        quote: z.string(),
        attribution: z.enum(ATTRIBUTIONS),
        attributedTo: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "ArticleDetail" });

export const ApiErrorSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: "Error" });

// Both directions, so a field added to a DTO but not here (or the reverse) fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const check = <T extends true>(): T | undefined => undefined;
check<Same<z.output<typeof EventSchema>, EventDto>>();
check<Same<z.output<typeof EventPageSchema>, Page<EventDto>>>();
check<Same<z.output<typeof LabSummarySchema>, LabSummary>>();
check<Same<z.output<typeof LabDetailSchema>, LabDetail & { scorecard: LabScorecardJson }>>();
check<Same<z.output<typeof LabScorecardSchema>, LabScorecardJson>>();
check<Same<z.output<typeof ModelSummarySchema>, ModelSummary>>();
check<Same<z.output<typeof ModelDetailSchema>, ModelDetail>>();
check<Same<z.output<typeof ArticleSummarySchema>, ArticleSummary>>();
check<Same<z.output<typeof ArticleDetailSchema>, ArticleDetail>>();
check<Same<z.output<typeof SearchHitSchema>, SearchHit>>();
