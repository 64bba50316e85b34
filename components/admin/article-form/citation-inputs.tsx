"use client";

import { t } from "@/lib/i18n/messages/admin";
import type { FieldBinder } from "./form-context";
import { attributionOptions, roleOptions } from "./options";
import { SelectInput, TextInput } from "./text-input";

/** How this article cites an event — role, attribution, quote — for attached and new events alike. */
export function CitationInputs({
  field,
  lang,
}: {
  field: FieldBinder<"role" | "attribution" | "attributedTo" | "quote">;
  lang: string;
}) {
  return (
    <>
      <SelectInput {...field("role")} label={t.events.role} options={roleOptions} />
      <SelectInput {...field("attribution")} label={t.events.attribution} options={attributionOptions} />
      <TextInput {...field("attributedTo")} label={t.events.attributedTo} />
      <QuoteInput field={field} lang={lang} />
    </>
  );
}

/** The quote from the article, in the article's language, across the row. */
export function QuoteInput({ field, lang }: { field: FieldBinder<"quote">; lang: string }) {
  return (
    <TextInput
      {...field("quote")}
      label={t.events.quote}
      multiline
      rows={2}
      lang={lang}
      className="sm:col-span-3"
    />
  );
}
