import type { Locale } from "@/lib/i18n/config";
import { de } from "./de/io";
import { en } from "./en/io";

/** Strings of the data-in pages: the review queue (/admin/queue) and feed status (/admin/feeds). */
export type IoMessages = typeof en;

export const ioMessages: Record<Locale, IoMessages> = { en, de };
