/** Whether a sentence tells background (an earlier, already-known fact) rather than news. */
import { addDays } from "../fuzzy-date";
import type { FuzzyDate } from "../fuzzy-date.types";
import { ALREADY_CLAUSE, BACKGROUND_DAYS, BACKGROUND_WORDS } from "./rules";

export function isBackground(
  sentence: string,
  date: FuzzyDate | null,
  articleDate: string | undefined,
): boolean {
  // "seit 2023", "mittlerweile", "für 2024 vorgesehen": a period running up to the news, or a plan
  const ongoing =
    /\b(?:seit|since|over the past|in the past (?:few|several)|in den (?:vergangenen|letzten)|mittlerweile|inzwischen|now|vorgesehen|geplant|plant|plans?|planned|expected|erwartet)\b/iu;
  if (
    date &&
    articleDate &&
    !date.openEnd &&
    date.to < addDays(articleDate, -BACKGROUND_DAYS) &&
    !ongoing.test(sentence)
  )
    return true;
  if (BACKGROUND_WORDS.test(sentence)) return true;
  return /already|bereits/iu.test(sentence) && ALREADY_CLAUSE.test(sentence);
}
