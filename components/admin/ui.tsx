import type { ComponentProps, ReactNode } from "react";

/** Form building blocks for the admin: a label, the control, a hint and the field's errors. */

export const inputClass =
  "mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1.5 text-sm text-zinc-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 aria-[invalid=true]:border-red-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:aria-[invalid=true]:border-red-400";

export const buttonClass =
  "inline-flex items-center rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 disabled:opacity-60 dark:focus-visible:ring-offset-zinc-950";

export const secondaryButtonClass =
  "inline-flex items-center rounded border border-zinc-400 px-3 py-1.5 text-sm font-medium text-zinc-900 hover:bg-zinc-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800";

export const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:text-brand-100";

/** Errors have ids so the control can point at them with aria-describedby. */
export function errorId(id: string) {
  return `${id}-error`;
}
export function hintId(id: string) {
  return `${id}-hint`;
}

/** aria props for a control: invalid state and the ids of its hint and errors. */
export function describedBy(id: string, errors: string[] | undefined, hint?: ReactNode) {
  const ids = [hint ? hintId(id) : null, errors?.length ? errorId(id) : null].filter(Boolean).join(" ");
  return { "aria-invalid": errors?.length ? true : undefined, "aria-describedby": ids || undefined };
}

export function Field({
  id,
  label,
  hint,
  errors,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={hintId(id)} className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId(id)} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400" data-testid="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function Notice({ kind, children, testId }: { kind: "error" | "success" | "info"; children: ReactNode; testId?: string }) {
  const styles = {
    error: "border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100",
    success: "border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100",
    info: "border-zinc-400 bg-zinc-50 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100",
  }[kind];
  return (
    <div role={kind === "error" ? "alert" : "status"} className={`rounded border-l-4 p-3 text-sm ${styles}`} data-testid={testId}>
      {children}
    </div>
  );
}

/** An uncontrolled input in its Field, for the forms posted to a server action (sign-in, users). */
export function FieldInput({
  id,
  label,
  errors,
  hint,
  ...input
}: { id: string; label: ReactNode; errors?: string[]; hint?: ReactNode } & Omit<ComponentProps<"input">, "id" | "className">) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      <input id={id} className={inputClass} {...input} {...describedBy(id, errors, hint)} />
    </Field>
  );
}
