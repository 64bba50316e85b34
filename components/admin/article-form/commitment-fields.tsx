"use client";

import type { CommitmentRowInput } from "@/lib/validation/article-form";
import { t } from "@/lib/i18n/messages/admin";
import { rowBinder, type RowProps } from "./form-context";
import { QuoteInput } from "./citation-inputs";
import { RowFrame } from "./row-frame";
import { SelectInput, TextInput } from "./text-input";

/** A model's planned release date as this article reports it. Saved rows are read-only. */
export function CommitmentFields(props: RowProps<CommitmentRowInput>) {
  const { index, row, options } = props;
  const field = rowBinder("commitments", props);
  const modelOptions = [
    { value: "", label: "—" },
    ...options.models.map((m) => ({ value: m.slug, label: m.name })),
  ];
  const name = `${t.events.commitment} #${index + 1}`;
  return (
    <RowFrame
      testId="commitment-row"
      legend={name}
      removeName={name}
      onRemove={props.onRemove}
      readOnly={row.id !== undefined}
    >
      <SelectInput {...field("model")} label={t.events.model} options={modelOptions} />
      <TextInput
        {...field("plannedText")}
        label={t.events.planned}
        hint={t.events.occurredHint}
        className="sm:col-span-2"
      />
      <QuoteInput field={field} lang={props.lang} />
    </RowFrame>
  );
}
