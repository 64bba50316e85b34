"use client";

import type { CommitmentRowInput } from "@/lib/validation/article-form";
import { t } from "@/lib/i18n/messages/admin";
import { fieldBinder, type RowProps } from "./form-context";
import { QuoteInput, RemoveRowButton } from "./citation-inputs";
import { SelectInput, TextInput } from "./text-input";

/** A model's planned release date as this article reports it. Saved rows are read-only. */
export function CommitmentFields({
  index,
  row,
  onChange,
  onRemove,
  errors,
  options,
  lang,
}: RowProps<CommitmentRowInput>) {
  const p = `commitments.${index}`;
  const saved = row.id !== undefined;
  const field = fieldBinder(p, row, (patch) => onChange({ ...row, ...patch }), errors);
  const modelOptions = [
    { value: "", label: "—" },
    ...options.models.map((m) => ({ value: m.slug, label: m.name })),
  ];
  return (
    <div className="rounded border border-zinc-300 p-3 dark:border-zinc-700" data-testid="commitment-row">
      <fieldset disabled={saved}>
        <legend className="px-1 text-sm font-semibold">
          {t.events.commitments} #{index + 1}
        </legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectInput {...field("model")} label={t.events.model} options={modelOptions} />
          <TextInput
            {...field("plannedText")}
            label={t.events.planned}
            hint={t.events.occurredHint}
            className="sm:col-span-2"
          />
          <QuoteInput field={field} lang={lang} />
        </div>
      </fieldset>
      <RemoveRowButton onRemove={onRemove} name={`${t.events.commitments} #${index + 1}`} />
    </div>
  );
}
