"use client";

import type { NewEventRowInput } from "@/lib/validation/article-form";
import { t } from "@/lib/i18n/messages/admin";
import { rowBinder, type RowProps } from "./form-context";
import { CitationInputs } from "./citation-inputs";
import { EventFactInputs } from "./event-fact-inputs";
import { RowFrame } from "./row-frame";

/** One new event created with this article: its facts and this article's citation of it. */
export function NewEventFields(props: RowProps<NewEventRowInput>) {
  const { index, row, onChange, options } = props;
  const field = rowBinder("newEvents", props);
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
    <RowFrame
      testId="new-event"
      legend={`${t.events.newEvent} #${index + 1}`}
      removeName={row.title || `#${index + 1}`}
      onRemove={props.onRemove}
    >
      <EventFactInputs
        field={field}
        onLabChange={(lab) => onChange({ ...row, lab, model: "" })}
        labOptions={labOptions}
        modelOptions={modelOptions}
        summaryRows={2}
        occurredHint={t.events.occurredHint}
      />
      <CitationInputs field={field} lang={props.lang} />
    </RowFrame>
  );
}
