"use client";

import { useActionState } from "react";
import { createUser, type CreateUserState } from "@/lib/actions/users";
import { t } from "@/lib/i18n/messages/admin";
import { Field, Notice, buttonClass, describedBy, inputClass } from "@/components/admin/ui";

const initial: CreateUserState = { ok: false, message: null, fieldErrors: {}, values: { email: "", name: "", role: "editor" } };

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUser, initial);
  const e = state.fieldErrors;
  return (
    <section aria-labelledby="create-user" className="max-w-md space-y-3">
      <h2 id="create-user" className="text-xl font-bold">
        {t.users.create}
      </h2>
      {state.message ? <Notice kind={state.ok ? "success" : "error"} testId="create-user-message">{state.message}</Notice> : null}
      {state.generatedPassword ? (
        <Notice kind="info">
          {t.users.generated} <code data-testid="generated-password">{state.generatedPassword}</code>
        </Notice>
      ) : null}
      {/* key: a successful create resets the fields; a failed one keeps what was typed */}
      <form action={action} className="space-y-3" noValidate key={state.ok ? state.message : "form"}>
        <Field id="new-email" label={t.users.email} errors={e.email}>
          <input id="new-email" name="email" type="email" defaultValue={state.values.email} className={inputClass} {...describedBy("new-email", e.email)} />
        </Field>
        <Field id="new-name" label={t.users.name} errors={e.name}>
          <input id="new-name" name="name" defaultValue={state.values.name} className={inputClass} {...describedBy("new-name", e.name)} />
        </Field>
        <Field id="new-role" label={t.users.role} errors={e.role}>
          <select id="new-role" name="role" defaultValue={state.values.role || "editor"} className={inputClass} {...describedBy("new-role", e.role)}>
            <option value="editor">editor</option>
            <option value="admin">admin</option>
          </select>
        </Field>
        <Field id="new-password" label={t.users.password} hint={t.users.passwordHint} errors={e.password}>
          <input id="new-password" name="password" type="password" autoComplete="new-password" className={inputClass} {...describedBy("new-password", e.password, t.users.passwordHint)} />
        </Field>
        <button type="submit" className={buttonClass} disabled={pending}>
          {t.users.create}
        </button>
      </form>
    </section>
  );
}
