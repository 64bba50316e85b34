"use client";

import type { ReactNode } from "react";
import { Field, describedBy, inputClass } from "@/components/admin/ui";
import { fieldId, type FieldProps } from "./form-context";

/** A select's choices. */
export type Options = readonly { value: string; label: string }[];

/** What every input here takes: its field (path, value, setter, errors), a label, a hint, its place. */
type InputProps = FieldProps & { label: ReactNode; hint?: ReactNode; className?: string };

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
}: InputProps & {
  multiline?: boolean;
  rows?: number;
  type?: "text" | "url" | "date";
  list?: string;
  lang?: string;
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
}: InputProps & { options: Options }) {
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
        <OptionList options={options} />
      </select>
    </Field>
  );
}

/** The <option>s of a select. */
export function OptionList({ options }: { options: Options }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}
