"use client";

import type { CommitmentRowInput } from "@/lib/validation/article-form";
import { t } from "@/lib/i18n/messages/admin";
import { secondaryButtonClass } from "@/components/admin/ui";
import type { EntityOptions, Errors } from "./form-context";
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
}: {
  index: number;
  row: CommitmentRowInput;
  onChange: (row: CommitmentRowInput) => void;
  onRemove: () => void;
  errors: Errors;
  options: EntityOptions;
  lang: string;
}) {
  const p = `commitments.${index}`;
  const saved = row.id !== undefined;
  const set =
    <K extends keyof CommitmentRowInput>(key: K) =>
    (value: string) =>
      onChange({ ...row, [key]: value });
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
          <SelectInput
            path={`${p}.model`}
            label={t.events.model}
            value={String(row.model)}
            onChange={set("model")}
            errors={errors}
            options={modelOptions}
          />
          <TextInput
            path={`${p}.plannedText`}
            label={t.events.planned}
            hint={t.events.occurredHint}
            value={row.plannedText}
            onChange={set("plannedText")}
            errors={errors}
            className="sm:col-span-2"
          />
          <TextInput
            path={`${p}.quote`}
            label={t.events.quote}
            value={row.quote}
            onChange={set("quote")}
            errors={errors}
            multiline
            rows={2}
            lang={lang}
            className="sm:col-span-3"
          />
        </div>
      </fieldset>
      <button type="button" onClick={onRemove} className={`${secondaryButtonClass} mt-3`}>
        {t.events.remove} <span className="sr-only">{`${t.events.commitments} #${index + 1}`}</span>
      </button>
    </div>
  );
}
