import { localePath, type Locale } from "@/lib/i18n/config";

/**
 * An internal reader link that keeps the "as known on" day, so an analyst who picked a past day
 * stays in that day while following links.
 */
export function readerHref(locale: Locale, path: string, asOf?: string): string {
  const href = localePath(locale, path);
  if (!asOf) return href;
  return `${href}${href.includes("?") ? "&" : "?"}asOf=${asOf}`;
}
