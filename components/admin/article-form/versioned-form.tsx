"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { z } from "zod";
import { t } from "@/lib/i18n/messages/admin";
import { fieldErrorsOf, type ActionResult } from "@/lib/validation/action-result";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { Notice } from "@/components/admin/ui";
import type { FieldChange } from "./conflict";
import { fieldId, type Errors } from "./form-context";

// The live region above the form, which takes the focus when no field shows the error.
const MESSAGE_ID = "form-message";

/** A save's answer as the edit forms read it: message, field errors, or the version stored now. */
export interface SaveResult<F> extends ActionResult {
  conflict?: { current: F; currentVersion: number };
}

/**
 * The state of an edit form under optimistic locking (the article form and the event form): the
 * input, the version the editor opened (a conflict is shown against it), the errors and the last
 * answer, with the steps both forms take around a save.
 */
export function useVersionedForm<F extends { version?: unknown }>(initial: F, schema: z.ZodType) {
  const [form, setForm] = useState<F>(initial);
  const [opened, setOpened] = useState<F>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<SaveResult<F> | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const conflict = result?.conflict;

  // After the render that shows them: the first field with an error, else the message above the form.
  const focusFirstError = (errs: Errors) => {
    const first = Object.keys(errs)[0];
    requestAnimationFrame(() => {
      const el = first ? document.getElementById(fieldId(first)) : null;
      (el ?? document.getElementById(MESSAGE_ID))?.focus();
    });
  };

  // The schema the server runs, run here first for instant feedback; false when it showed errors.
  const check = (): boolean => {
    const parsed = schema.safeParse(form);
    if (parsed.success) return true;
    const errs = fieldErrorsOf(parsed.error);
    setErrors(errs);
    setResult({ ok: false, message: t.form.fixErrors, fieldErrors: errs });
    focusFirstError(errs);
    return false;
  };

  return {
    form,
    setForm,
    opened,
    errors,
    setErrors,
    result,
    conflict,
    pending,
    /**
     * The form's submit handler: check, send through `save`, show the answer. A save that
     * `savedPath` names a page for goes there (with ?saved=1); anything else stays, with the
     * focus on the first error, after `refused` has seen the answer.
     */
    submitWith<R extends SaveResult<F>>(
      save: (form: F) => Promise<R>,
      savedPath: (res: R) => string | null,
      refused?: (res: R) => void,
    ) {
      return (event: React.FormEvent) => {
        event.preventDefault();
        if (!check()) return;
        startTransition(async () => {
          const res = await save(form);
          setResult(res);
          setErrors(res.fieldErrors);
          const path = res.ok ? savedPath(res) : null;
          if (path) {
            router.push(`${path}?saved=1`);
            router.refresh();
            return;
          }
          refused?.(res);
          focusFirstError(res.fieldErrors);
        });
      };
    },
    /** Out of a conflict by taking the stored version. */
    reload() {
      if (!conflict) return;
      setForm(conflict.current);
      setOpened(conflict.current);
      setResult(null);
    },
    /** Out of a conflict by keeping this input and saving it over the stored version. */
    overwrite() {
      if (!conflict) return;
      setForm((f) => ({ ...f, version: conflict.currentVersion }));
      setOpened(conflict.current);
      setResult(null);
    },
  };
}

export type VersionedForm<F> = ReturnType<typeof useVersionedForm<F & { version?: unknown }>>;

/** The live region above an edit form: the save's message, or the conflict with its two ways out. */
export function SaveMessage<F extends { version?: unknown }>({
  state,
  changes,
}: {
  state: VersionedForm<F>;
  /** what differs between the version the editor opened and the one stored now */
  changes: (opened: F, current: F) => FieldChange[];
}) {
  const { result, conflict } = state;
  return (
    <div id={MESSAGE_ID} tabIndex={-1} aria-live="polite">
      {result?.message && !conflict ? (
        <Notice kind={result.ok ? "success" : "error"} testId="form-message">
          {result.message}
        </Notice>
      ) : null}
      {conflict ? (
        <ConflictNotice
          changes={changes(state.opened, conflict.current)}
          onReload={state.reload}
          onOverwrite={state.overwrite}
        />
      ) : null}
    </div>
  );
}
