"use client";

import { useActionState } from "react";
import { createUser, type CreateUserState } from "@/lib/actions/users";
import { t } from "@/lib/i18n/messages/admin";
import { Field, FieldInput, Notice, buttonClass, describedBy, inputClass } from "@/components/admin/ui";

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
        <FieldInput id="new-email" label={t.users.email} errors={e.email} name="email" type="email" defaultValue={state.values.email} />
        <FieldInput id="new-name" label={t.users.name} errors={e.name} name="name" defaultValue={state.values.name} />
        <Field id="new-role" label={t.users.role} errors={e.role}>
          <select id="new-role" name="role" defaultValue={state.values.role || "editor"} className={inputClass} {...describedBy("new-role", e.role)}>
            <option value="editor">editor</option>
            <option value="admin">admin</option>
          </select>
        </Field>
        <FieldInput id="new-password" label={t.users.password} hint={t.users.passwordHint} errors={e.password} name="password" type="password" autoComplete="new-password" />
        <button type="submit" className={buttonClass} disabled={pending}>
          {t.users.create}
        </button>
      </form>
    </section>
  );
}
