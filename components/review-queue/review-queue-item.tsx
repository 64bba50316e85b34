import { httpUrlOrNull } from "@/lib/domain/safe-url";
import type { ActionState } from "@/lib/validation/action-result";
import type { ReviewQueueItem as Item } from "@/lib/data/review-queue";
import type { Locale } from "@/lib/i18n/config";
import { formatFuzzy } from "@/lib/i18n/format";
import { commonMessages } from "@/lib/i18n/messages/common";
import { ioMessages } from "@/lib/i18n/messages/io";
import { DecisionForm } from "@/components/review-queue/decision-form";
import { decisionFormId } from "@/components/review-queue/form-id";

interface Props {
  item: Item;
  locale: Locale;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
}

/** One queued draft: where it came from, what it names, the assistant's suggestions, decisions. */
export function ReviewQueueItem({ item, locale, action }: Props) {
  const t = ioMessages[locale].queue;
  const types = commonMessages[locale].eventTypes as Record<string, string>;
  const source =
    item.source.kind === "import"
      ? t.fromImport(item.source.file, item.source.line)
      : item.source.kind === "feed"
        ? t.fromFeed(item.source.name)
        : t.fromOther;
  const headingId = `draft-${item.articleId}`;
  return (
    <article
      aria-labelledby={headingId}
      data-testid="queue-item"
      className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
    >
      <h2 id={headingId} lang={item.language} className="text-lg font-semibold">
        {item.title}
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {[item.publisher, item.published ? formatFuzzy(item.published, locale) : t.unpublished, source]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p lang={item.language} className="mt-2 whitespace-pre-line text-sm">
        {item.excerpt}
      </p>
      {item.url ? (
        <p className="mt-2 text-sm">
          <a
            href={httpUrlOrNull(item.url) ?? undefined}
            rel="noopener noreferrer nofollow"
            className="text-blue-700 underline hover:no-underline dark:text-blue-300"
          >
            {t.original}
          </a>
        </p>
      ) : null}
      <p className="mt-2 text-sm">
        {item.labs.length + item.models.length > 0
          ? `${t.mentions}: ${[...item.labs, ...item.models].join(", ")}`
          : t.noMentions}
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">{t.suggestions(item.suggestions.length)}</summary>
        {item.suggestions.length === 0 ? (
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">{t.noSuggestions}</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {item.suggestions.map((s) => (
              <li key={s.index}>
                <label className="mr-2 inline-flex items-center gap-1">
                  {/* Joins the decision form below through the form attribute: ticked ones are recorded on publish. */}
                  <input type="checkbox" name="accept" value={s.index} form={decisionFormId(item.articleId)} data-testid="accept-suggestion" />
                  {t.accept}
                </label>
                <span className="font-medium">{types[s.type] ?? s.type}</span>
                {s.lab || s.labName ? ` · ${s.lab ?? s.labName}` : ""}
                {s.newFromKnowledgeBase ? ` (${t.newFromKnowledgeBase(s.newFromKnowledgeBase.name)})` : ""}
                {s.model ? ` · ${s.model}` : ""}
                {s.occurredText ? ` · ${s.occurredText}` : ""}
                {s.confidence !== null ? ` · ${t.confidence} ${Math.round(s.confidence * 100)}%` : ""}
                {s.matchesEventId ? ` · ${t.matchesEvent(s.matchesEventId)}` : ""}
                <q lang={item.language} className="block italic text-zinc-700 dark:text-zinc-300">
                  {s.quote}
                </q>
              </li>
            ))}
          </ul>
        )}
      </details>
      <DecisionForm
        articleId={item.articleId}
        version={item.version}
        action={action}
        labels={{ publish: t.publish, discard: t.discard, working: t.working, copyOf: t.copyOf, deleted: t.deleted }}
      />
    </article>
  );
}
