"use client";

import type { ReactNode } from "react";
import { t } from "@/lib/i18n/messages/admin";
import type { FieldBinder } from "./form-context";
import { amountKindOptions, qualifierOptions, statusOptions, typeOptions } from "./options";
import { SelectInput, TextInput } from "./text-input";

type Option = { value: string; label: string };

export type EventFactKey =
  | "type"
  | "lab"
  | "model"
  | "title"
  | "status"
  | "summary"
  | "occurredText"
  | "counterparty"
  | "amountUsd"
  | "amountUsdMax"
  | "amountQualifier"
  | "amountKind"
  | "percent"
  | "headcount"
  | "headcountQualifier";

/**
 * An event's facts as the editor enters them — the one block behind the event form and the
 * article form's new events. Changing the lab clears the model (`onLabChange`), since models
 * belong to a lab.
 */
export function EventFactInputs({
  field,
  onLabChange,
  labOptions,
  modelOptions,
  summaryRows,
  occurredHint,
}: {
  field: FieldBinder<EventFactKey>;
  onLabChange: (lab: string) => void;
  labOptions: readonly Option[];
  modelOptions: readonly Option[];
  summaryRows: number;
  occurredHint: ReactNode;
}) {
  return (
    <>
      <SelectInput {...field("type")} label={t.events.type} options={typeOptions} />
      <SelectInput {...field("lab")} onChange={onLabChange} label={t.events.lab} options={labOptions} />
      <SelectInput {...field("model")} label={t.events.model} options={modelOptions} />
      <TextInput {...field("title")} label={t.events.eventTitle} className="sm:col-span-2" />
      <SelectInput {...field("status")} label={t.events.claimStatus} options={statusOptions} />
      <TextInput
        {...field("summary")}
        label={t.events.summary}
        multiline
        rows={summaryRows}
        className="sm:col-span-3"
      />
      <TextInput
        {...field("occurredText")}
        label={t.events.occurred}
        hint={occurredHint}
        className="sm:col-span-2"
      />
      <SelectInput
        {...field("counterparty")}
        label={t.events.counterparty}
        options={[{ value: "", label: t.events.none }, ...labOptions.filter((o) => o.value !== "")]}
      />
      <TextInput {...field("amountUsd")} label={t.events.amount} hint={t.events.amountHint} />
      <TextInput {...field("amountUsdMax")} label={t.events.amountMax} hint={t.events.amountMaxHint} />
      <SelectInput
        {...field("amountQualifier")}
        label={t.events.amountQualifier}
        options={qualifierOptions}
      />
      <SelectInput {...field("amountKind")} label={t.events.amountKind} options={amountKindOptions} />
      <TextInput {...field("percent")} label={t.events.percent} />
      <TextInput {...field("headcount")} label={t.events.headcount} />
      <SelectInput
        {...field("headcountQualifier")}
        label={t.events.headcountQualifier}
        options={qualifierOptions}
      />
    </>
  );
}
