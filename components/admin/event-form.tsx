"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveEvent, type SaveEventResult } from "@/lib/actions/events";
import { fieldErrorsOf } from "@/lib/validation/action-result";
import { t } from "@/lib/i18n/messages/admin";
import { EventFormSchema, type EventFormInput } from "@/lib/validation/event-form";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { Notice, buttonClass, secondaryButtonClass } from "@/components/admin/ui";
import { fieldId, type EntityOptions, type Errors } from "@/components/admin/article-form/form-context";
import { amountKindOptions, qualifierOptions, statusOptions, typeOptions } from "@/components/admin/article-form/options";
import { SelectInput, TextInput } from "@/components/admin/article-form/text-input";

const COMPARED = ["type", "lab", "model", "counterparty", "title", "summary", "occurredText", "amountUsd", "amountQualifier", "amountKind", "percent", "headcount", "headcountQualifier", "status"] as const;

/** Edits one event; a save against a stale version is refused and the differences are shown. */
export function EventForm({ initial, options }: { initial: EventFormInput; options: EntityOptions }) {
  const router = useRouter();
  const [form, setForm] = useState<EventFormInput>(initial);
  const [opened, setOpened] = useState<EventFormInput>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<SaveEventResult | null>(null);
  const [pending, start] = useTransition();
  const set = (key: keyof EventFormInput) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

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
        <SelectInput path="type" label={t.events.type} value={String(form.type)} onChange={set("type")} errors={errors} options={typeOptions} />
        <SelectInput path="lab" label={t.events.lab} value={String(form.lab)} onChange={(v) => setForm((f) => ({ ...f, lab: v, model: "" }))} errors={errors} options={labOptions} />
        <SelectInput
          path="model"
          label={t.events.model}
          value={String(form.model)}
          onChange={set("model")}
          errors={errors}
          options={[{ value: "", label: t.events.none }, ...options.models.filter((m) => m.lab === form.lab).map((m) => ({ value: m.slug, label: m.name }))]}
        />
        <TextInput path="title" label={t.events.eventTitle} value={form.title} onChange={set("title")} errors={errors} className="sm:col-span-2" />
        <SelectInput path="status" label={t.events.claimStatus} value={String(form.status)} onChange={set("status")} errors={errors} options={statusOptions} />
        <TextInput path="summary" label={t.events.summary} value={form.summary} onChange={set("summary")} errors={errors} multiline rows={3} className="sm:col-span-3" />
        <TextInput path="occurredText" label={t.events.occurred} hint={`Read against ${String(form.referenceDate)}`} value={form.occurredText} onChange={set("occurredText")} errors={errors} className="sm:col-span-2" />
        <SelectInput path="counterparty" label={t.events.counterparty} value={String(form.counterparty)} onChange={set("counterparty")} errors={errors} options={[{ value: "", label: t.events.none }, ...labOptions]} />
        <TextInput path="amountUsd" label={t.events.amount} hint={t.events.amountHint} value={form.amountUsd} onChange={set("amountUsd")} errors={errors} />
        <SelectInput path="amountQualifier" label={t.events.amountQualifier} value={String(form.amountQualifier)} onChange={set("amountQualifier")} errors={errors} options={qualifierOptions} />
        <SelectInput path="amountKind" label={t.events.amountKind} value={String(form.amountKind)} onChange={set("amountKind")} errors={errors} options={amountKindOptions} />
        <TextInput path="percent" label={t.events.percent} value={form.percent} onChange={set("percent")} errors={errors} />
        <TextInput path="headcount" label={t.events.headcount} value={form.headcount} onChange={set("headcount")} errors={errors} />
        <SelectInput path="headcountQualifier" label={t.events.headcountQualifier} value={String(form.headcountQualifier)} onChange={set("headcountQualifier")} errors={errors} options={qualifierOptions} />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t.form.saving : t.eventEdit.save}
      </button>
    </form>
  );
}
