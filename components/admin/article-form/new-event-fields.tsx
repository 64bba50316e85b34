"use client";

import type { NewEventRowInput } from "@/lib/validation/article-form";
import { t } from "@/lib/i18n/messages/admin";
import { fieldBinder, type RowProps } from "./form-context";
import { CitationInputs, RemoveRowButton } from "./citation-inputs";
import { EventFactInputs } from "./event-fact-inputs";

/** One new event created with this article: its facts and this article's citation of it. */
export function NewEventFields({
  index,
  row,
  onChange,
  onRemove,
  errors,
  options,
  lang,
}: RowProps<NewEventRowInput>) {
  const field = fieldBinder(`newEvents.${index}`, row, (patch) => onChange({ ...row, ...patch }), errors);
  const labOptions = [
    { value: "", label: "—" },
    ...options.labs.map((l) => ({ value: l.slug, label: l.name })),
  ];
  const modelOptions = [
    { value: "", label: t.events.none },
    ...options.models
      .filter((m) => !row.lab || m.lab === row.lab)
      .map((m) => ({ value: m.slug, label: m.name })),
  ];
  return (
    <fieldset className="rounded border border-zinc-300 p-3 dark:border-zinc-700" data-testid="new-event">
      <legend className="px-1 text-sm font-semibold">
        {t.events.newEvents} #{index + 1}
      </legend>
      <div className="grid gap-3 sm:grid-cols-3">
        <EventFactInputs
          field={field}
          onLabChange={(lab) => onChange({ ...row, lab, model: "" })}
          labOptions={labOptions}
          modelOptions={modelOptions}
          summaryRows={2}
          occurredHint={t.events.occurredHint}
        />
        <CitationInputs field={field} lang={lang} />
      </div>
      <RemoveRowButton onRemove={onRemove} name={row.title || `#${index + 1}`} />
    </fieldset>
  );
}
