"use client";

import { useState, useTransition } from "react";
import { searchEventsToAttach } from "@/lib/actions/articles";
import type { EventPick } from "@/lib/data/admin-events";
import { commonMessages } from "@/lib/i18n/messages/common";
import { t } from "@/lib/i18n/messages/admin";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/admin/ui";
import type { EntityOptions } from "./form-context";
import { typeOptions } from "./options";
import { OptionList, type Options } from "./text-input";

/** Search existing events by lab, model, type and words, and attach one to the article. */
export function EventFinder({
  options,
  onAttach,
  attachedIds,
}: {
  options: EntityOptions;
  onAttach: (e: EventPick) => void;
  attachedIds: Set<number>;
}) {
  const [lab, setLab] = useState("");
  const [model, setModel] = useState("");
  const [type, setType] = useState("");
  const [q, setQ] = useState("");
  const [results, setResults] = useState<EventPick[] | null>(null);
  const [pending, startTransition] = useTransition();
  const search = () =>
    startTransition(async () => {
      setResults(await searchEventsToAttach({ lab, model, type, q }));
    });
  return (
    <section
      aria-labelledby="find-events"
      className="rounded border border-dashed border-zinc-400 p-3 dark:border-zinc-600"
    >
      <h3 id="find-events" className="font-semibold">
        {t.events.find}
      </h3>
      <div className="mt-2 grid gap-2 sm:grid-cols-5">
        <FinderSelect
          id="find-lab"
          label={t.events.lab}
          value={lab}
          onChange={(v) => {
            setLab(v);
            setModel("");
          }}
          options={options.labs.map((l) => ({ value: l.slug, label: l.name }))}
        />
        <FinderSelect
          id="find-model"
          label={t.events.model}
          value={model}
          onChange={setModel}
          options={options.models
            .filter((m) => !lab || m.lab === lab)
            .map((m) => ({ value: m.slug, label: m.name }))}
        />
        <FinderSelect
          id="find-type"
          label={t.events.type}
          value={type}
          onChange={setType}
          options={typeOptions}
        />
        <div>
          <label htmlFor="find-q" className="block text-sm font-medium">
            {t.events.words}
          </label>
          <input
            id="find-q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                search();
              }
            }}
            className={inputClass}
          />
        </div>
        <div className="flex items-end">
          <button type="button" onClick={search} className={buttonClass} disabled={pending}>
            {pending ? t.loading : t.events.search}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {results === null ? null : results.length === 0 ? (
          <p className="mt-2 text-sm">{t.events.noResults}</p>
        ) : (
          <ul
            className="mt-2 divide-y divide-zinc-200 text-sm dark:divide-zinc-800"
            data-testid="event-search-results"
          >
            {results.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <strong>#{e.id}</strong> {e.title}{" "}
                  <span className="text-zinc-700 dark:text-zinc-300">
                    · {commonMessages.en.eventTypes[e.type]} · {e.lab}
                    {e.model ? ` · ${e.model}` : ""} · {e.occurredText}
                  </span>
                </span>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  onClick={() => onAttach(e)}
                  disabled={attachedIds.has(e.id)}
                >
                  {t.events.attach} <span className="sr-only">{e.title}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** One of the finder's filters: a labelled select whose empty choice means "any". */
function FinderSelect({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Options;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass}>
        <option value="">{t.events.any}</option>
        <OptionList options={options} />
      </select>
    </div>
  );
}
