import type { Locale } from "@/lib/i18n/config";
import { de } from "./de/scorecard";
import { en } from "./en/scorecard";

/**
 * Strings of the commitment scorecard (lab page, /slips leaderboard) and the lab comparison
 * (/compare). The rule beside each ruling is worded by lib/i18n/scorecard-rule.ts from `rule`.
 */
export type ScorecardMessages = typeof en;

export const scorecardMessages: Record<Locale, ScorecardMessages> = { en, de };
