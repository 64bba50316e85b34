/**
 * Money events for the investments chart's unit tests: a Meta investment of 2025 cited by one
 * article, every field overridable, so each test names only what it is about.
 */
import type { MoneyEventInput } from "@/lib/domain/chart-investments";
import { fuzzyYear } from "@/lib/domain/fuzzy-date";

export const meta = { slug: "meta", name: "Meta" };

/** A citation of article `articleId`, published (by default) on 15 May 2025. */
export const cite = (articleId: number, publishedAt = "2025-05-15") => ({
  articleId,
  title: `A${articleId}`,
  language: "de",
  publishedAt,
});

export function moneyEvent(partial: Partial<MoneyEventInput> & Pick<MoneyEventInput, "id">): MoneyEventInput {
  return {
    type: "investment",
    title: `event ${partial.id}`,
    lab: meta,
    counterparty: null,
    occurred: fuzzyYear(2025),
    amountUsd: null,
    amountQualifier: null,
    amountKind: null,
    percent: null,
    citations: [cite(1)],
    ...partial,
  };
}
