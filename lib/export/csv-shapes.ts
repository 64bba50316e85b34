import type { ArticleSummary, EventDto } from "@/lib/data/dto";
import type { CsvShape } from "@/lib/export/encode";

/** Flat CSV columns for events and articles; nested citations become ;-joined lists. */

export const eventCsv: CsvShape<EventDto> = {
  columns: [
    "id", "type", "lab", "lab_name", "model", "counterparty", "title", "summary",
    "occurred_from", "occurred_to", "occurred_precision", "occurred_open_end", "occurred_text",
    "amount_usd", "amount_usd_max", "amount_qualifier", "amount_kind", "percent", "headcount", "headcount_qualifier",
    "status", "first_reported_at", "citation_count", "citing_article_ids", "citing_urls",
  ],
  row: (e) => [
    e.id, e.type, e.lab.slug, e.lab.name, e.model?.slug ?? null, e.counterparty?.slug ?? null, e.title, e.summary,
    e.occurred.from, e.occurred.to, e.occurred.precision, e.occurred.openEnd, e.occurred.text,
    e.amountUsd, e.amountUsdMax, e.amountQualifier, e.amountKind, e.percent, e.headcount, e.headcountQualifier,
    e.status, e.firstReportedAt, e.citations.length,
    [...new Set(e.citations.map((c) => c.articleId))].join(";"),
    [...new Set(e.citations.flatMap((c) => (c.url ? [c.url] : [])))].join(";"),
  ],
};

export const articleCsv: CsvShape<ArticleSummary> = {
  columns: [
    "id", "url", "title", "publisher", "original_reporter", "published_from", "published_to",
    "published_precision", "language", "summary_en", "event_count",
  ],
  row: (a) => [
    a.id, a.url, a.title, a.publisher?.slug ?? null, a.originalReporter?.slug ?? null,
    a.published?.from ?? null, a.published?.to ?? null, a.published?.precision ?? null,
    a.language, a.summaryEn, a.eventCount,
  ],
};
