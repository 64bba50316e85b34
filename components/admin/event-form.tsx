"use client";

import { saveEvent } from "@/lib/actions/events";
import { t } from "@/lib/i18n/messages/admin";
import { EventFormSchema, type EventFormInput } from "@/lib/validation/event-form";
import { buttonClass } from "@/components/admin/ui";
import { fieldBinder, type EntityOptions } from "@/components/admin/article-form/form-context";
import { EventFactInputs } from "@/components/admin/article-form/event-fact-inputs";
import { fieldChanges } from "@/components/admin/article-form/conflict";
import { SaveMessage, useVersionedForm } from "@/components/admin/article-form/versioned-form";

const COMPARED = [
  "type",
  "lab",
  "model",
  "counterparty",
  "title",
  "summary",
  "occurredText",
  "amountUsd",
  "amountUsdMax",
  "amountQualifier",
  "amountKind",
  "percent",
  "headcount",
  "headcountQualifier",
  "status",
] as const;

/** Edits one event; a save against a stale version is refused and the differences are shown. */
export function EventForm({ initial, options }: { initial: EventFormInput; options: EntityOptions }) {
  const state = useVersionedForm(initial, EventFormSchema);
  const { form, setForm, errors, pending } = state;
  const submit = state.submitWith(saveEvent, () => `/admin/events/${String(form.id)}`);

  const labOptions = options.labs.map((l) => ({ value: l.slug, label: l.name }));

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-describedby="form-message">
      <SaveMessage state={state} changes={(opened, current) => fieldChanges(opened, current, COMPARED)} />
      <div className="grid gap-3 sm:grid-cols-3">
        <EventFactInputs
          field={fieldBinder("", form, (patch) => setForm((f) => ({ ...f, ...patch })), errors)}
          onLabChange={(lab) => setForm((f) => ({ ...f, lab, model: "" }))}
          labOptions={labOptions}
          modelOptions={[
            { value: "", label: t.events.none },
            ...options.models
              .filter((m) => m.lab === form.lab)
              .map((m) => ({ value: m.slug, label: m.name })),
          ]}
          summaryRows={3}
          occurredHint={`Read against ${String(form.referenceDate)}`}
        />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t.form.saving : t.eventEdit.save}
      </button>
    </form>
  );
}
