import type { Locale } from "@/lib/i18n/config";
import { de } from "./de/reader";
import { en } from "./en/reader";

/** Strings of the reader pages (home, labs, models, articles, timeline, search, filters, as-of). */
export type ReaderMessages = typeof en;

export const readerMessages: Record<Locale, ReaderMessages> = { en, de };
