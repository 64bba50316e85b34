import type { Locale } from "@/lib/i18n/config";
import { de } from "./de/common";
import { en } from "./en/common";

/**
 * Strings shared by every reader page. Each area of the app keeps its own messages file
 * (reader.ts, charts.ts, admin.ts …) in this shape: an English object in en/, whose type is the
 * shape, and a German one with exactly the same keys in de/ (the type says so), joined here.
 */
export type CommonMessages = typeof en;

export const commonMessages: Record<Locale, CommonMessages> = { en, de };
