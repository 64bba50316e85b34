"use client";

import Link from "next/link";
import type { CitationRowInput } from "@/lib/validation/article-form";
import { t } from "@/lib/i18n/messages/admin";
import { linkClass, secondaryButtonClass } from "@/components/admin/ui";
import type { Errors } from "./form-context";
import { attributionOptions, roleOptions } from "./options";
import { SelectInput, TextInput } from "./text-input";

/** This article's citation of an existing event: role, quote, attribution. */
export function CitationFields({
  index,
  row,
  onChange,
  onRemove,
  errors,
  lang,
}: {
  index: number;
  row: CitationRowInput;
  onChange: (row: CitationRowInput) => void;
  onRemove: () => void;
  errors: Errors;
  lang: string;
}) {
  const p = `citations.${index}`;
  const set =
    <K extends keyof CitationRowInput>(key: K) =>
    (value: string) =>
      onChange({ ...row, [key]: value });
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
        <SelectInput
          path={`${p}.role`}
          label={t.events.role}
          value={String(row.role)}
          onChange={set("role")}
          errors={errors}
          options={roleOptions}
        />
        <SelectInput
          path={`${p}.attribution`}
          label={t.events.attribution}
          value={String(row.attribution)}
          onChange={set("attribution")}
          errors={errors}
          options={attributionOptions}
        />
        <TextInput
          path={`${p}.attributedTo`}
          label={t.events.attributedTo}
          value={row.attributedTo}
          onChange={set("attributedTo")}
          errors={errors}
        />
        <TextInput
          path={`${p}.quote`}
          label={t.events.quote}
          value={row.quote}
          onChange={set("quote")}
          errors={errors}
          multiline
          rows={2}
          lang={lang}
          className="sm:col-span-3"
        />
      </div>
      <button type="button" onClick={onRemove} className={`${secondaryButtonClass} mt-3`}>
        {t.events.remove} <span className="sr-only">#{eventId}</span>
      </button>
    </fieldset>
  );
}
