"use client";

import type { ReactNode } from "react";
import { Field, describedBy, inputClass } from "@/components/admin/ui";
import { fieldId, type Errors } from "./form-context";

/** A labelled text input or textarea bound to one path of the form state, with its errors. */
export function TextInput({
  path,
  label,
  value,
  onChange,
  errors,
  hint,
  multiline,
  rows,
  type = "text",
  list,
  lang,
  className,
}: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  errors: Errors;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "url" | "date";
  list?: string;
  lang?: string;
  className?: string;
}) {
  const id = fieldId(path);
  const aria = describedBy(id, errors[path], hint);
  return (
    <Field id={id} label={label} hint={hint} errors={errors[path]} className={className}>
      {multiline ? (
        <textarea
          id={id}
          name={path}
          value={value}
          rows={rows ?? 3}
          lang={lang}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass}
          {...aria}
        />
      ) : (
        <input
          id={id}
          name={path}
          type={type}
          value={value}
          list={list}
          lang={lang}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass}
          {...aria}
        />
      )}
    </Field>
  );
}

export function SelectInput({
  path,
  label,
  value,
  onChange,
  errors,
  options,
  hint,
  className,
}: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  errors: Errors;
  options: readonly { value: string; label: string }[];
  hint?: ReactNode;
  className?: string;
}) {
  const id = fieldId(path);
  return (
    <Field id={id} label={label} hint={hint} errors={errors[path]} className={className}>
      <select
        id={id}
        name={path}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
        {...describedBy(id, errors[path], hint)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
