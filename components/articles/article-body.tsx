import type { ArticleEventDto } from "@/lib/data/dto";
import { highlightQuotes } from "@/lib/domain/quote-highlight";

/**
 * The article's original text as React text (escaped, never HTML), with every sentence quoted
 * by one of its events wrapped in <mark>. Each mark says which events it supports, and links
 * to them further down the page.
 */
export function ArticleBody({
  body,
  language,
  events,
}: {
  body: string;
  language: string;
  events: readonly ArticleEventDto[];
}) {
  const quotes = events.map((e, i) => ({ id: i, quote: e.quote }));
  const { segments } = highlightQuotes(body, quotes);
  return (
    <div lang={language} className="whitespace-pre-line leading-relaxed" data-testid="article-body">
      {segments.map((s, i) => {
        if (s.quoteIds.length === 0) return <span key={i}>{s.text}</span>;
        const ids = [
          ...new Set(s.quoteIds.map((q) => events[q]?.id).filter((x): x is number => x !== undefined)),
        ];
        const titles = [...new Set(s.quoteIds.map((q) => events[q]?.title).filter(Boolean))].join(" · ");
        return (
          <mark key={i} title={titles} data-event-ids={ids.join(",")} data-testid="quote-mark">
            {s.text}
          </mark>
        );
      })}
    </div>
  );
}
