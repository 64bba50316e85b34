import type { Locale } from "@/lib/i18n/config";

/** Axis and table labels shared by server tables and client charts (so not in a "use client" file). */
export function monthName(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(
    Date.parse(`${month}-01T00:00:00Z`),
  );
}
