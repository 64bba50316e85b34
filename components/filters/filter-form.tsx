import Link from "next/link";
import type { ReactNode } from "react";
import { HiddenParams } from "@/components/filters/hidden-params";
import type { LabRef, PublisherRef } from "@/lib/data/dto";
import { CLAIM_STATUSES, EVENT_TYPES } from "@/lib/domain/vocabulary";
import { commonMessages } from "@/lib/i18n/messages/common";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { LANGUAGES } from "@/lib/validation/article-filters";
import type { ReaderPageContext } from "@/lib/i18n/reader-page";

export type FilterField = "lab" | "type" | "status" | "lang" | "publisher" | "dates";

/**
 * The shared filter panel: a plain GET form of checkboxes and date inputs. The state lives only
 * in the URL, so a link reproduces the view, back/forward work, and everything is reachable by
 * keyboard (Tab, Space, Enter) with no script at all.
 */
export function FilterForm({
  ctx,
  fields,
  labs = [],
  publishers = [],
}: {
  /** the reader page's locale, filters, path and query */
  ctx: Pick<ReaderPageContext, "locale" | "filters" | "path" | "query">;
  fields: readonly FilterField[];
  labs?: readonly LabRef[];
  publishers?: readonly PublisherRef[];
}) {
  const { locale, filters, path, query: params } = ctx;
  const t = readerMessages[locale].filters;
  const c = commonMessages[locale];
  const a = readerMessages[locale].articles;
  // The checkbox filters by their param; a group with nothing to choose (no labs yet) is not shown.
  const groups = {
    lab: { legend: t.company, options: labs.map((l) => ({ value: l.slug, label: l.name })) },
    type: { legend: t.eventType, options: EVENT_TYPES.map((v) => ({ value: v, label: c.eventTypes[v] })) },
    status: { legend: t.status, options: CLAIM_STATUSES.map((v) => ({ value: v, label: c.claimStatus[v] })) },
    lang: { legend: t.language, options: LANGUAGES.map((v) => ({ value: v, label: a.languages[v] ?? v })) },
    publisher: { legend: t.publisher, options: publishers.map((p) => ({ value: p.slug, label: p.name })) },
  } satisfies Record<Exclude<FilterField, "dates">, unknown>;
  const shown = (name: keyof typeof groups) => fields.includes(name) && groups[name].options.length > 0;
  const group = (name: keyof typeof groups) =>
    shown(name) ? <CheckboxGroup {...groups[name]} name={name} selected={filters[name]} /> : null;
  const active =
    (Object.keys(groups) as (keyof typeof groups)[]).reduce(
      (n, name) => n + (fields.includes(name) ? filters[name].length : 0),
      0,
    ) + (fields.includes("dates") ? Number(Boolean(filters.from)) + Number(Boolean(filters.to)) : 0);
  const keep = new URLSearchParams();
  if (filters.asOf) keep.set("asOf", filters.asOf);
  if (filters.q) keep.set("q", filters.q);
  const clearHref = keep.size ? `${path}?${keep.toString()}` : path;
  const owned = ["lab", "type", "status", "lang", "publisher", "from", "to", "cursor"];
  return (
    <details
      open={active > 0}
      data-testid="filters"
      className="rounded-lg border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <summary className="cursor-pointer select-none px-4 py-2 font-medium">
        {t.title}
        {active > 0 ? (
          <span className="ml-2 text-sm font-normal text-zinc-700 dark:text-zinc-300">
            ({t.active(active)})
          </span>
        ) : null}
      </summary>
      <form
        method="get"
        action={path}
        className="space-y-4 border-t border-zinc-200 px-4 py-3 dark:border-zinc-800"
      >
        <HiddenParams params={params} omit={owned} />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {group("lab")}
          {group("type")}
          <div className="space-y-4">
            {group("status")}
            {group("lang")}
            {group("publisher")}
            {fields.includes("dates") ? (
              <fieldset>
                <legend className="mb-1 text-sm font-semibold">{t.dateRange}</legend>
                <div className="flex flex-wrap gap-2">
                  <DateInput name="from" label={t.from} value={filters.from} />
                  <DateInput name="to" label={t.to} value={filters.to} />
                </div>
              </fieldset>
            ) : null}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t.apply}
          </button>
          <Link href={clearHref} className="text-sm underline">
            {t.clear}
          </Link>
        </div>
      </form>
    </details>
  );
}

function CheckboxGroup({
  legend,
  name,
  options,
  selected,
}: {
  legend: ReactNode;
  name: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <ul className="space-y-0.5 text-sm">
        {options.map((o) => (
          <li key={o.value}>
            <label className="inline-flex min-h-6 items-center gap-2">
              <input
                type="checkbox"
                name={name}
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                className="size-4 accent-brand-700"
              />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function DateInput({ name, label, value }: { name: string; label: string; value: string | undefined }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span>{label}</span>
      <input
        type="date"
        name={name}
        defaultValue={value ?? ""}
        className="rounded border border-zinc-400 bg-white px-2 py-1 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
      />
    </label>
  );
}
