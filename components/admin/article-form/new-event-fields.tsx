"use client";

import type { NewEventRowInput } from "@/lib/validation/article-form";
import { t } from "@/lib/i18n/messages/admin";
import { secondaryButtonClass } from "@/components/admin/ui";
import type { EntityOptions, Errors } from "./form-context";
import {
  amountKindOptions,
  attributionOptions,
  qualifierOptions,
  roleOptions,
  statusOptions,
  typeOptions,
} from "./options";
import { SelectInput, TextInput } from "./text-input";

/** One new event created with this article: its facts and this article's citation of it. */
export function NewEventFields({
  index,
  row,
  onChange,
  onRemove,
  errors,
  options,
  lang,
}: {
  index: number;
  row: NewEventRowInput;
  onChange: (row: NewEventRowInput) => void;
  onRemove: () => void;
  errors: Errors;
  options: EntityOptions;
  lang: string;
}) {
  const p = `newEvents.${index}`;
  const set =
    <K extends keyof NewEventRowInput>(key: K) =>
    (value: string) =>
      onChange({ ...row, [key]: value });
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
        <SelectInput
          path={`${p}.type`}
          label={t.events.type}
          value={String(row.type)}
          onChange={set("type")}
          errors={errors}
          options={typeOptions}
        />
        <SelectInput
          path={`${p}.lab`}
          label={t.events.lab}
          value={String(row.lab)}
          onChange={(v) => onChange({ ...row, lab: v, model: "" })}
          errors={errors}
          options={labOptions}
        />
        <SelectInput
          path={`${p}.model`}
          label={t.events.model}
          value={String(row.model)}
          onChange={set("model")}
          errors={errors}
          options={modelOptions}
        />
        <TextInput
          path={`${p}.title`}
          label={t.events.eventTitle}
          value={row.title}
          onChange={set("title")}
          errors={errors}
          className="sm:col-span-2"
        />
        <SelectInput
          path={`${p}.status`}
          label={t.events.claimStatus}
          value={String(row.status)}
          onChange={set("status")}
          errors={errors}
          options={statusOptions}
        />
        <TextInput
          path={`${p}.summary`}
          label={t.events.summary}
          value={row.summary}
          onChange={set("summary")}
          errors={errors}
          multiline
          rows={2}
          className="sm:col-span-3"
        />
        <TextInput
          path={`${p}.occurredText`}
          label={t.events.occurred}
          hint={t.events.occurredHint}
          value={row.occurredText}
          onChange={set("occurredText")}
          errors={errors}
          className="sm:col-span-2"
        />
        <SelectInput
          path={`${p}.counterparty`}
          label={t.events.counterparty}
          value={String(row.counterparty)}
          onChange={set("counterparty")}
          errors={errors}
          options={[{ value: "", label: t.events.none }, ...labOptions.slice(1)]}
        />
        <TextInput
          path={`${p}.amountUsd`}
          label={t.events.amount}
          hint={t.events.amountHint}
          value={row.amountUsd}
          onChange={set("amountUsd")}
          errors={errors}
        />
        <SelectInput
          path={`${p}.amountQualifier`}
          label={t.events.amountQualifier}
          value={String(row.amountQualifier)}
          onChange={set("amountQualifier")}
          errors={errors}
          options={qualifierOptions}
        />
        <SelectInput
          path={`${p}.amountKind`}
          label={t.events.amountKind}
          value={String(row.amountKind)}
          onChange={set("amountKind")}
          errors={errors}
          options={amountKindOptions}
        />
        <TextInput
          path={`${p}.percent`}
          label={t.events.percent}
          value={row.percent}
          onChange={set("percent")}
          errors={errors}
        />
        <TextInput
          path={`${p}.headcount`}
          label={t.events.headcount}
          value={row.headcount}
          onChange={set("headcount")}
          errors={errors}
        />
        <SelectInput
          path={`${p}.headcountQualifier`}
          label={t.events.headcountQualifier}
          value={String(row.headcountQualifier)}
          onChange={set("headcountQualifier")}
          errors={errors}
          options={qualifierOptions}
        />
        <SelectInput
          path={`${p}.role`}
          label={t.events.role}
          value={String(row.role)}
          onChange={set("role")}
          errors={errors}
          options={roleOptions}
        />
        <SelectInput
          path={`${p}.attribution`}
          label={t.events.attribution}
          value={String(row.attribution)}
          onChange={set("attribution")}
          errors={errors}
          options={attributionOptions}
        />
        <TextInput
          path={`${p}.attributedTo`}
          label={t.events.attributedTo}
          value={row.attributedTo}
          onChange={set("attributedTo")}
          errors={errors}
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
      <button type="button" onClick={onRemove} className={`${secondaryButtonClass} mt-3`}>
        {t.events.remove} <span className="sr-only">{row.title || `#${index + 1}`}</span>
      </button>
    </fieldset>
  );
}
