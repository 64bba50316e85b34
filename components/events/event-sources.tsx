import type { EventDto } from "@/lib/data/dto";
import type { Locale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";

/**
 * "1 independent source (The Wall Street Journal) · 3 articles"; an event no article reports as
 * news (only cited as context) says so rather than "0 independent sources".
 */
export function corroborationText(event: EventDto, locale: Locale): string {
  const t = commonMessages[locale];
  if (event.independentSources === 0 && event.articleCount > 0) return t.backgroundOnly(event.articleCount);
  const names = event.sources.map((s) => s.name || t.unnamedOutlet).join(", ");
  return `${t.independentSources(event.independentSources, names)} · ${t.articles(event.articleCount)}`;
}
