"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "@/lib/actions/auth";
import { t } from "@/lib/i18n/messages/admin";
import { FieldInput, Notice, buttonClass } from "@/components/admin/ui";

const initial: SignInState = { message: null, fieldErrors: {}, email: "" };

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signIn, initial);
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {state.message ? <Notice kind="error" testId="sign-in-error">{state.message}</Notice> : null}
      <input type="hidden" name="next" value={next} />
      <FieldInput id="email" label={t.signIn.email} errors={state.fieldErrors.email} name="email" type="email" autoComplete="username" required defaultValue={state.email} key={state.email} />
      <FieldInput id="password" label={t.signIn.password} errors={state.fieldErrors.password} name="password" type="password" autoComplete="current-password" required />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t.signIn.pending : t.signIn.submit}
      </button>
    </form>
  );
}
