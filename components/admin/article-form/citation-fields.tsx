"use client";

import Link from "next/link";
import type { CitationRowInput } from "@/lib/validation/article-form";
import { linkClass } from "@/components/admin/ui";
import { rowBinder, type RowProps } from "./form-context";
import { CitationInputs } from "./citation-inputs";
import { RowFrame } from "./row-frame";

/** This article's citation of an existing event: role, quote, attribution. */
export function CitationFields(props: RowProps<CitationRowInput>) {
  const { index, row, errors } = props;
  const p = `citations.${index}`;
  const field = rowBinder("citations", props);
  const eventId = Number(row.eventId);
  const eventErrors = errors[`${p}.eventId`];
  return (
    <RowFrame
      testId="citation-row"
      legend={
        <Link href={`/admin/events/${eventId}`} className={linkClass} target="_blank">
          #{eventId} {row.eventTitle}
        </Link>
      }
      removeName={`#${eventId}`}
      onRemove={props.onRemove}
      notice={
        eventErrors ? (
          <p className="text-sm font-medium text-red-700 dark:text-red-400">{eventErrors.join(" ")}</p>
        ) : null
      }
    >
      <CitationInputs field={field} lang={props.lang} />
    </RowFrame>
  );
}
