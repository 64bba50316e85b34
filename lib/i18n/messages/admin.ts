import type { Locale } from "@/lib/i18n/config";
import { de } from "./de/admin";
import { en } from "./en/admin";

/**
 * Admin UI strings. The admin's URLs carry no locale: most admin pages render English today, the
 * data-in pages (queue, feeds) follow the reader's saved language. The German set is complete so
 * any admin page can switch by taking `adminMessages[locale]`.
 *
 * The English object (en/admin.ts) is the shape every locale must fill in full. Each locale is a
 * complete object literal — never `{ ...en, … }`: a spread lets a missing German string pass the
 * type check and show English. messages.test.ts checks the German set does not quietly repeat the
 * English one.
 */
export type AdminMessages = typeof en;

export const adminMessages: Record<Locale, AdminMessages> = { en, de };
export const t = adminMessages.en;
