"use client";

import Link from "next/link";
import type { CitationRowInput } from "@/lib/validation/article-form";
import { linkClass } from "@/components/admin/ui";
import { fieldBinder, type RowProps } from "./form-context";
import { CitationInputs, RemoveRowButton } from "./citation-inputs";

/** This article's citation of an existing event: role, quote, attribution. */
export function CitationFields({
  index,
  row,
  onChange,
  onRemove,
  errors,
  lang,
}: Omit<RowProps<CitationRowInput>, "options">) {
  const p = `citations.${index}`;
  const field = fieldBinder(p, row, (patch) => onChange({ ...row, ...patch }), errors);
  const eventId = Number(row.eventId);
  return (
    <fieldset className="rounded border border-zinc-300 p-3 dark:border-zinc-700" data-testid="citation-row">
      <legend className="px-1 text-sm font-semibold">
        <Link href={`/admin/events/${eventId}`} className={linkClass} target="_blank">
          #{eventId} {row.eventTitle}
        </Link>
      </legend>
      {errors[`${p}.eventId`] ? (
        <p className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors[`${p}.eventId`]?.join(" ")}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <CitationInputs field={field} lang={lang} />
      </div>
      <RemoveRowButton onRemove={onRemove} name={`#${eventId}`} />
    </fieldset>
  );
}
