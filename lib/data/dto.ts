import type { DatePrecision, FuzzyDate } from "@/lib/domain/fuzzy-date.types";

/**
 * Plain, serialisable shapes that leave lib/data: numbers instead of Prisma Decimals, ISO day
 * strings instead of Dates. They cross the 'use cache' boundary, the JSON API and the client
 * chart components unchanged.
 */

export {
  AMOUNT_KINDS,
  ATTRIBUTIONS,
  CITATION_ROLES,
  CLAIM_STATUSES,
  EVENT_TYPES,
  MODEL_STATUSES,
  QUALIFIERS,
  type AmountKind,
  type Attribution,
  type CitationRole,
  type ClaimStatus,
  type EventType,
  type ModelStatus,
  type Qualifier,
} from "@/lib/domain/vocabulary";
import type {
  AmountKind,
  Attribution,
  CitationRole,
  ClaimStatus,
  EventType,
  ModelStatus,
  Qualifier,
} from "@/lib/domain/vocabulary";

export type FuzzyDateDto = FuzzyDate;
export type { DatePrecision };

export interface LabRef {
  slug: string;
  name: string;
}
export interface ModelRef {
  slug: string;
  name: string;
}

export interface CitationDto {
  articleId: number;
  url: string | null;
  title: string;
  publisher: string | null;
  language: string;
  /** earliest possible publication day of the article (ISO), null when unknown */
  publishedAt: string | null;
  /** the article's publication date at its real precision, null when unknown */
  published: FuzzyDateDto | null;
  /** derived consistently (lib/domain/corroboration): the earliest original is the first report, relays are re-reports */
  role: CitationRole;
  /** the role as an editor recorded it */
  recordedRole: CitationRole;
  quote: string;
  attribution: Attribution;
  attributedTo: string | null;
}

export interface EventDto {
  id: number;
  type: EventType;
  lab: LabRef;
  model: ModelRef | null;
  counterparty: LabRef | null;
  title: string;
  summary: string;
  occurred: FuzzyDateDto;
  amountUsd: number | null;
  /** the upper bound when the text gave a range ("$60–72 billion"); amountUsd is then the lower */
  amountUsdMax: number | null;
  amountQualifier: Qualifier | null;
  amountKind: AmountKind | null;
  percent: number | null;
  headcount: number | null;
  headcountQualifier: Qualifier | null;
  status: ClaimStatus;
  firstReportedAt: string | null;
  /** the first report's publication date at its real precision (a range when the article is undated) */
  firstReported: FuzzyDateDto | null;
  /** the day from which "as known on" shows the event (last possible day of its first public source) */
  knownFrom: string | null;
  /** when the record was added to Slipwatch and last changed (ISO days) */
  addedAt: string;
  lastChangedAt: string;
  /** optional German wording; English is the fallback */
  titleDe: string | null;
  summaryDe: string | null;
  /** distinct original reporters: relays count for the outlet they relay (lib/domain/corroboration) */
  independentSources: number;
  sources: { name: string; articleIds: number[] }[];
  /** the earliest original article (else the earliest citing one) */
  leadArticleId: number | null;
  /** distinct citing articles */
  articleCount: number;
  version: number;
  citations: CitationDto[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface LabSummary extends LabRef {
  eventCount: number;
}

export interface ModelSummary extends ModelRef {
  lab: LabRef;
  family: string | null;
  status: ModelStatus;
}

export interface LifecycleEntryDto {
  status: ModelStatus;
  at: FuzzyDateDto;
  articleId: number | null;
  note: string | null;
}

export interface CommitmentDto {
  sequence: number;
  planned: FuzzyDateDto;
  reportedAt: string | null;
  articleId: number;
  articleTitle: string;
  quote: string | null;
}

export interface ModelDetail extends ModelSummary {
  aliases: string[];
  description: string | null;
  lifecycle: LifecycleEntryDto[];
  commitments: CommitmentDto[];
}

export interface LabDetail extends LabRef {
  aliases: string[];
  website: string | null;
  country: string | null;
  description: string | null;
  models: ModelSummary[];
}

export interface PublisherRef {
  slug: string;
  name: string;
}

export interface ArticleSummary {
  id: number;
  url: string | null;
  title: string;
  publisher: PublisherRef | null;
  originalReporter: PublisherRef | null;
  published: FuzzyDateDto | null;
  language: string;
  summaryEn: string | null;
  eventCount: number;
}

export interface ArticleEventDto {
  id: number;
  type: EventType;
  title: string;
  lab: LabRef;
  model: ModelRef | null;
  occurred: FuzzyDateDto;
  status: ClaimStatus;
  role: CitationRole;
  quote: string;
  attribution: Attribution;
  attributedTo: string | null;
}

export interface ArticleDetail extends ArticleSummary {
  author: string | null;
  /** only the opening of the page is stored; the full text is at `url` */
  isExcerpt: boolean;
  body: string;
  status: "draft" | "published";
  contentHash: string;
  version: number;
  events: ArticleEventDto[];
}
