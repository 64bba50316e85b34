"use client";

import type { CommitmentRowInput } from "@/lib/validation/article-form";
import { t } from "@/lib/i18n/messages/admin";
import { fieldBinder, type RowProps } from "./form-context";
import { QuoteInput } from "./citation-inputs";
import { RowFrame } from "./row-frame";
import { SelectInput, TextInput } from "./text-input";

/** A model's planned release date as this article reports it. Saved rows are read-only. */
export function CommitmentFields(props: RowProps<CommitmentRowInput>) {
  const { index, row, onChange, errors, options } = props;
  const field = fieldBinder(`commitments.${index}`, row, (patch) => onChange({ ...row, ...patch }), errors);
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
