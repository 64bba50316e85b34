import type { Locale } from "@/lib/i18n/config";
import { de } from "./de/charts";
import { en } from "./en/charts";

/** Strings of the chart pages, the chart CSV downloads' links and the labs' share cards. */
export type ChartsMessages = typeof en;

export const chartsMessages: Record<Locale, ChartsMessages> = { en, de };
