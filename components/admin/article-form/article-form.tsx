"use client";

import Link from "next/link";
import { useEffect, useMemo, useState, useTransition } from "react";
import { checkArticleDuplicates, saveArticle } from "@/lib/actions/articles";
import { suggestFromText } from "@/lib/actions/suggest";
import type { DuplicateArticle } from "@/lib/data/admin-articles";
import type { EventPick } from "@/lib/data/admin-events";
import { detectLanguage } from "@/lib/domain/language";
import { commonMessages } from "@/lib/i18n/messages/common";
import { t } from "@/lib/i18n/messages/admin";
import {
  ArticleFormSchema,
  emptyNewEvent,
  suggestionToNewEventRow,
  type ArticleFormInput,
  type NewEventRowInput,
} from "@/lib/validation/article-form";
import { Notice, buttonClass, linkClass, secondaryButtonClass } from "@/components/admin/ui";
import { CitationFields } from "./citation-fields";
import { CommitmentFields } from "./commitment-fields";
import { articleChanges } from "./conflict";
import { EventFinder } from "./event-finder";
import { fieldBinder, newKey, type EntityOptions } from "./form-context";
import type { KnowledgeBaseAdditions } from "@/lib/domain/knowledge/resolve";
import { NewEventFields } from "./new-event-fields";
import { Suggestions, type SuggestionView } from "./suggestions";
import { SelectInput, TextInput } from "./text-input";
import { SaveMessage, useVersionedForm } from "./versioned-form";

/** The lists of rows in the events panel. */
type RowList = "citations" | "newEvents" | "commitments";

/**
 * The article form with its events panel. All input lives in this component's state, so a
 * rejected save (bad field, duplicate, conflict) never loses what the editor typed. The same zod
 * schema runs here before sending and in the server action before writing.
 */
export function ArticleForm({
  initial,
  options,
  publishers,
}: {
  initial: ArticleFormInput;
  options: EntityOptions;
  publishers: string[];
}) {
  const state = useVersionedForm(initial, ArticleFormSchema);
  const { form, setForm, errors, setErrors, pending } = state;
  const [duplicates, setDuplicates] = useState<DuplicateArticle[]>([]);
  const [suggestions, setSuggestions] = useState<SuggestionView | null>(null);
  // Labs and models suggestions named from the knowledge base: offered in the selects, created on save.
  const [knowledgeBase, setKnowledgeBase] = useState<KnowledgeBaseAdditions>({ labs: [], models: [] });
  const entityOptions = useMemo<EntityOptions>(() => {
    const mark = (name: string) => `${name} (${t.suggest.newFromKnowledgeBase})`;
    const labs = knowledgeBase.labs.filter((l) => !options.labs.some((o) => o.slug === l.slug));
    const models = knowledgeBase.models.filter((m) => !options.models.some((o) => o.slug === m.slug));
    return {
      labs: [...options.labs, ...labs.map((l) => ({ slug: l.slug, name: mark(l.name), aliases: [] }))],
      models: [
        ...options.models,
        ...models.map((m) => ({ slug: m.slug, name: mark(m.name), aliases: [], lab: m.lab })),
      ],
    };
  }, [options, knowledgeBase]);
  const [languageTouched, setLanguageTouched] = useState(Boolean(initial.id));
  const [suggesting, startSuggest] = useTransition();
  const articleId = initial.id === undefined ? undefined : Number(initial.id);

  const set =
    <K extends keyof ArticleFormInput>(key: K) =>
    (value: ArticleFormInput[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  // The select values are the schema's options, which it checks again on submit.
  const field = fieldBinder("", form, (patch) => setForm((f) => ({ ...f, ...patch })), errors);

  // Known-URL / duplicate-text check while typing, debounced so it runs once the editor pauses.
  useEffect(() => {
    const nothingToCheck = !form.url && form.body.trim().length < 200;
    const timer = setTimeout(() => {
      if (nothingToCheck) {
        setDuplicates([]);
        return;
      }
      checkArticleDuplicates({ url: form.url, body: form.body, excludeId: articleId })
        .then(setDuplicates)
        .catch(() => setDuplicates([]));
    }, 400);
    return () => clearTimeout(timer);
  }, [form.url, form.body, articleId]);

  const onBodyChange = (body: string) => {
    setForm((f) => {
      const detected = languageTouched ? null : detectLanguage(body);
      return { ...f, body, ...(detected ? { language: detected } : {}) };
    });
  };

  const updateRow =
    <K extends RowList>(key: K, index: number) =>
    (row: ArticleFormInput[K][number]) =>
      setForm((f) => ({ ...f, [key]: f[key].map((r, i) => (i === index ? row : r)) }));
  const removeRow = (key: RowList, index: number) =>
    setForm((f) => ({ ...f, [key]: f[key].filter((_, i) => i !== index) }));
  const addRow = <K extends RowList>(key: K, row: ArticleFormInput[K][number]) =>
    setForm((f) => ({ ...f, [key]: [...f[key], row] }));

  const attach = (e: EventPick) =>
    setForm((f) => ({
      ...f,
      citations: [
        ...f.citations,
        {
          eventId: e.id,
          eventTitle: e.title,
          role: f.citations.length === 0 ? "re_report" : "follow_up",
          quote: "",
          attribution: "own_reporting",
          attributedTo: "",
        },
      ],
    }));
  const attachedIds = useMemo(() => new Set(form.citations.map((c) => Number(c.eventId))), [form.citations]);

  const submit = state.submitWith(
    saveArticle,
    (res) => (res.articleId ? `/admin/articles/${res.articleId}` : null),
    (res) => {
      if (res.duplicates) setDuplicates(res.duplicates);
    },
  );

  const runSuggest = () =>
    startSuggest(async () => {
      const res = await suggestFromText({
        body: form.body,
        language: form.language as "de" | "en",
        publishedDate: form.publishedDate,
      });
      if (!res.ok) {
        setErrors((e) => ({ ...e, body: [res.message] }));
        return;
      }
      const kb = res.result.knowledgeBase;
      setSuggestions({
        unknownLabs: res.result.unknownLabs,
        unknownModels: res.result.unknownModels,
        events: res.result.events,
        knowledgeBase: kb,
      });
      setKnowledgeBase((old) => ({
        labs: [...old.labs, ...kb.labs.filter((l) => !old.labs.some((o) => o.slug === l.slug))],
        models: [...old.models, ...kb.models.filter((m) => !old.models.some((o) => o.slug === m.slug))],
      }));
    });

  const acceptSuggestion = (index: number) => {
    const s = suggestions?.events[index];
    if (!s) return;
    if (s.matchesEventId) {
      addRow("citations", {
        eventId: s.matchesEventId,
        eventTitle: "",
        role: "re_report",
        quote: s.quote,
        attribution: s.reportedBy ? "relays_outlet" : "own_reporting",
        attributedTo: s.reportedBy ?? "",
      });
    } else {
      const row: NewEventRowInput = suggestionToNewEventRow(s, {
        key: newKey("s"),
        publishedDate: form.publishedDate || null,
        language: form.language === "en" ? "en" : "de",
        typeLabel: commonMessages.en.eventTypes[s.type],
      });
      addRow("newEvents", row);
    }
    rejectSuggestion(index);
  };
  const rejectSuggestion = (index: number) =>
    setSuggestions((v) => (v ? { ...v, events: v.events.filter((_, i) => i !== index) } : v));

  const lang = String(form.language);
  // What each row component of the events panel takes (RowProps), for row `index` of list `key`.
  const rowProps = <K extends RowList>(key: K, index: number, row: ArticleFormInput[K][number]) => ({
    index,
    row,
    onChange: updateRow(key, index),
    onRemove: () => removeRow(key, index),
    errors,
    options: entityOptions,
    lang,
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-describedby="form-message">
      <SaveMessage state={state} changes={articleChanges} />

      {duplicates.length > 0 ? (
        <Notice kind="error" testId="duplicate-notice">
          {t.form.duplicateFound}{" "}
          {duplicates.map((d) => (
            <span key={d.id} className="mr-2">
              <Link href={`/admin/articles/${d.id}`} className={linkClass}>
                {d.title}
              </Link>{" "}
              ({d.by === "url" ? t.form.duplicateByUrl : t.form.duplicateByText})
              {d.deleted ? ` ${t.form.deletedSuffix}` : ""}
            </span>
          ))}
        </Notice>
      ) : null}

      <section aria-labelledby="article-fields" className="grid gap-4 sm:grid-cols-2">
        <h2 id="article-fields" className="sr-only">
          Article
        </h2>
        <TextInput {...field("url")} label={t.form.url} type="url" className="sm:col-span-2" />
        <TextInput {...field("title")} label={t.form.title} lang={lang} className="sm:col-span-2" />
        <TextInput
          {...field("publisher")}
          label={t.form.publisher}
          hint={t.form.publisherHint}
          list="publisher-names"
        />
        <TextInput
          {...field("originalReporter")}
          label={t.form.originalReporter}
          hint={t.form.originalReporterHint}
          list="publisher-names"
        />
        <datalist id="publisher-names">
          {publishers.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <div className="grid grid-cols-2 gap-3">
          <TextInput {...field("publishedDate")} label={t.form.publishedDate} type="date" />
          <SelectInput
            {...field("publishedPrecision")}
            label={t.form.publishedPrecision}
            options={[
              { value: "day", label: "Day" },
              { value: "month", label: "Month" },
              { value: "year", label: "Year" },
            ]}
          />
        </div>
        <div className="grid grid-cols-2 gap-3">
          <SelectInput
            path="language"
            label={t.form.language}
            hint={languageTouched ? undefined : t.form.languageDetected}
            value={lang}
            onChange={(v) => {
              setLanguageTouched(true);
              set("language")(v as ArticleFormInput["language"]);
            }}
            errors={errors}
            options={[
              { value: "de", label: "Deutsch" },
              { value: "en", label: "English" },
            ]}
          />
          <SelectInput
            {...field("status")}
            label={t.form.status}
            options={[
              { value: "draft", label: t.form.draft },
              { value: "published", label: t.form.published },
            ]}
          />
        </div>
        <TextInput {...field("author")} label={t.form.author} />
        <TextInput
          path="body"
          label={t.form.body}
          value={form.body}
          onChange={onBodyChange}
          errors={errors}
          multiline
          rows={14}
          lang={lang}
          className="sm:col-span-2"
        />
        <TextInput
          {...field("summaryEn")}
          label={t.form.summaryEn}
          multiline
          rows={3}
          lang="en"
          className="sm:col-span-2"
        />
      </section>

      <section aria-labelledby="events-panel" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="events-panel" className="text-xl font-bold">
            {t.events.panel}
          </h2>
          <button type="button" className={secondaryButtonClass} onClick={runSuggest} disabled={suggesting}>
            {suggesting ? t.suggest.running : t.suggest.button}
          </button>
        </div>
        {suggestions ? (
          <Suggestions view={suggestions} onAccept={acceptSuggestion} onReject={rejectSuggestion} />
        ) : null}

        <h3 className="font-semibold">{t.events.attached}</h3>
        {form.citations.length === 0 ? <p className="text-sm">{t.events.noneAttached}</p> : null}
        {form.citations.map((c, i) => (
          <CitationFields key={`${String(c.eventId)}-${i}`} {...rowProps("citations", i, c)} />
        ))}
        <EventFinder options={options} onAttach={attach} attachedIds={attachedIds} />

        <h3 className="font-semibold">{t.events.newEvents}</h3>
        {form.newEvents.map((e, i) => (
          <NewEventFields key={e.key} {...rowProps("newEvents", i, e)} />
        ))}
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => addRow("newEvents", emptyNewEvent(newKey("e")))}
        >
          {t.events.addNewEvent}
        </button>

        <h3 className="font-semibold">{t.events.commitments}</h3>
        {form.commitments.length === 0 ? <p className="text-sm">{t.events.noCommitments}</p> : null}
        {form.commitments.map((c, i) => (
          <CommitmentFields key={c.key} {...rowProps("commitments", i, c)} />
        ))}
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => addRow("commitments", { key: newKey("c"), model: "", plannedText: "", quote: "" })}
        >
          {t.events.addCommitment}
        </button>
      </section>

      <div className="sticky bottom-0 border-t border-zinc-200 bg-white py-3 dark:border-zinc-800 dark:bg-zinc-950">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? t.form.saving : t.form.save}
        </button>
      </div>
    </form>
  );
}
