"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveEvent, type SaveEventResult } from "@/lib/actions/events";
import { fieldErrorsOf } from "@/lib/validation/action-result";
import { t } from "@/lib/i18n/messages/admin";
import { EventFormSchema, type EventFormInput } from "@/lib/validation/event-form";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { Notice, buttonClass, secondaryButtonClass } from "@/components/admin/ui";
import { fieldBinder, fieldId, type EntityOptions, type Errors } from "@/components/admin/article-form/form-context";
import { EventFactInputs } from "@/components/admin/article-form/event-fact-inputs";

const COMPARED = ["type", "lab", "model", "counterparty", "title", "summary", "occurredText", "amountUsd", "amountQualifier", "amountKind", "percent", "headcount", "headcountQualifier", "status"] as const;

/** Edits one event; a save against a stale version is refused and the differences are shown. */
export function EventForm({ initial, options }: { initial: EventFormInput; options: EntityOptions }) {
  const router = useRouter();
  const [form, setForm] = useState<EventFormInput>(initial);
  const [opened, setOpened] = useState<EventFormInput>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<SaveEventResult | null>(null);
  const [pending, start] = useTransition();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = EventFormSchema.safeParse(form);
    if (!parsed.success) {
      const errs = fieldErrorsOf(parsed.error);
      setErrors(errs);
      setResult({ ok: false, message: t.form.fixErrors, fieldErrors: errs });
      const first = Object.keys(errs)[0];
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    start(async () => {
      const res = await saveEvent(form);
      setResult(res);
      setErrors(res.fieldErrors);
      if (res.ok) {
        router.push(`/admin/events/${String(form.id)}?saved=1`);
        router.refresh();
      }
    });
  };

  const labOptions = options.labs.map((l) => ({ value: l.slug, label: l.name }));
  const conflict = result?.conflict;
  const changes = conflict
    ? COMPARED.filter((k) => String(opened[k] ?? "") !== String(conflict.current[k] ?? "")).map((k) => ({
        field: k,
        before: String(opened[k] ?? ""),
        after: String(conflict.current[k] ?? ""),
      }))
    : [];

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div aria-live="polite">
        {result?.message && !conflict ? <Notice kind={result.ok ? "success" : "error"} testId="form-message">{result.message}</Notice> : null}
        {conflict ? (
          <ConflictNotice
            changes={changes}
            actions={
              <>
                <button type="button" className={secondaryButtonClass} onClick={() => { setForm(conflict.current); setOpened(conflict.current); setResult(null); }}>
                  {t.form.conflictReload}
                </button>
                <button type="button" className={secondaryButtonClass} onClick={() => { setForm((f) => ({ ...f, version: conflict.currentVersion })); setOpened(conflict.current); setResult(null); }}>
                  {t.form.conflictOverwrite}
                </button>
              </>
            }
          />
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <EventFactInputs
          field={fieldBinder("", form, (patch) => setForm((f) => ({ ...f, ...patch })), errors)}
          onLabChange={(lab) => setForm((f) => ({ ...f, lab, model: "" }))}
          labOptions={labOptions}
          modelOptions={[
            { value: "", label: t.events.none },
            ...options.models.filter((m) => m.lab === form.lab).map((m) => ({ value: m.slug, label: m.name })),
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
