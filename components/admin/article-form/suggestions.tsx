"use client";

import type { ExtractedEvent } from "@/lib/domain/extract/types";
import type { KnowledgeBaseAdditions } from "@/lib/domain/knowledge/resolve";
import { commonMessages } from "@/lib/i18n/messages/common";
import { t } from "@/lib/i18n/messages/admin";
import { secondaryButtonClass } from "@/components/admin/ui";

export interface SuggestionView {
  unknownLabs: string[];
  unknownModels: string[];
  events: ExtractedEvent[];
  /** named labs and models not stored yet but in the knowledge base: saving creates them */
  knowledgeBase: KnowledgeBaseAdditions;
}

/** The extractor's proposals: each is added to the form (then editable) or dismissed. */
export function Suggestions({
  view,
  onAccept,
  onReject,
}: {
  view: SuggestionView;
  onAccept: (index: number) => void;
  onReject: (index: number) => void;
}) {
  const unknown = [...view.unknownLabs, ...view.unknownModels];
  // Background (earlier facts given as context) is kept apart and not proposed by default.
  const indexed = view.events.map((e, i) => ({ e, i }));
  const news = indexed.filter(({ e }) => !e.background);
  const background = indexed.filter(({ e }) => e.background);
  const fromKb = new Map(
    [...view.knowledgeBase.labs, ...view.knowledgeBase.models].map((e) => [e.slug, e.name]),
  );
  const newMark = (slug: string | null | undefined) =>
    slug && fromKb.has(slug) ? ` (${t.suggest.newFromKnowledgeBase})` : "";
  return (
    <section
      aria-labelledby="suggestions-heading"
      className="rounded border border-brand-600 p-3"
      data-testid="suggestions"
    >
      <h3 id="suggestions-heading" className="font-semibold">
        {t.suggest.heading}
      </h3>
      {unknown.length > 0 ? <p className="mt-1 text-sm">{t.suggest.unknown(unknown.join(", "))}</p> : null}
      {fromKb.size > 0 ? (
        <p className="mt-1 text-sm" data-testid="knowledge-base-note">
          {t.suggest.fromKnowledgeBase([...fromKb.values()].join(", "))}
        </p>
      ) : null}
      {news.length === 0 ? (
        <p className="mt-1 text-sm">{t.suggest.none}</p>
      ) : (
        <SuggestionList items={news} onAccept={onAccept} onReject={onReject} newMark={newMark} />
      )}
      {background.length > 0 ? (
        <details className="mt-3" data-testid="suggestions-background">
          <summary className="cursor-pointer text-sm">{t.suggest.background(background.length)}</summary>
          <SuggestionList items={background} onAccept={onAccept} onReject={onReject} newMark={newMark} />
        </details>
      ) : null}
    </section>
  );
}

function SuggestionList({
  items,
  onAccept,
  onReject,
  newMark,
}: {
  items: { e: ExtractedEvent; i: number }[];
  onAccept: (index: number) => void;
  onReject: (index: number) => void;
  newMark: (slug: string | null | undefined) => string;
}) {
  return (
    <ul className="mt-2 space-y-2">
      {items.map(({ e, i }) => (
        <li
          key={`${i}-${e.quote.slice(0, 20)}`}
          className="rounded bg-zinc-50 p-2 text-sm dark:bg-zinc-900"
          data-testid="suggestion"
        >
          <div className="font-medium">
            {commonMessages.en.eventTypes[e.type]} · {e.lab ?? e.labName ?? "?"}
            {e.labIsNew && !newMark(e.lab) ? ` (${t.suggest.newLab})` : newMark(e.lab)}
            {e.model || e.modelName ? ` · ${e.model ?? e.modelName}${newMark(e.model)}` : ""}
            {e.counterparty || e.counterpartyName ? ` → ${e.counterparty ?? e.counterpartyName}` : ""}
            {e.occurred ? ` · ${e.occurred.text}` : ""}
            {e.amountUsd !== null
              ? ` · ${t.suggest.qualifiers[e.amountQualifier ?? "exact"]}$${e.amountUsd.toLocaleString("en-US")}${e.amountUsdMax ? `–${e.amountUsdMax.toLocaleString("en-US")}` : ""}${e.amountKind ? ` (${e.amountKind.replace("_", " ")})` : ""}`
              : ""}
            {e.percent !== null ? ` · ${e.percent}%` : ""}
            {e.headcount !== null
              ? ` · ${t.suggest.qualifiers[e.headcountQualifier ?? "exact"]}${e.headcount} people`
              : ""}
          </div>
          {e.matchesEventId ? <div>{t.suggest.matches(e.matchesEventId)}</div> : null}
          <blockquote className="mt-1 italic">„{e.quote}“</blockquote>
          <div className="mt-2 flex gap-2">
            <button type="button" className={secondaryButtonClass} onClick={() => onAccept(i)}>
              {t.suggest.accept}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => onReject(i)}>
              {t.suggest.reject}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
