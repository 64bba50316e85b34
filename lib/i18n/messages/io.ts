import type { Locale } from "@/lib/i18n/config";

/** Strings of the data-in pages: the review queue (/admin/queue) and feed status (/admin/feeds). */
const en = {
  queue: {
    title: "Review queue",
    intro:
      "Drafts wait here: imported, feed-watched and saved by hand. Tick the suggestions that are right, then publish what belongs in Slipwatch (the ticked suggestions become its events) and discard the rest.",
    count: (n: number) => (n === 1 ? "1 draft waiting" : `${n} drafts waiting`),
    empty: "The queue is empty. Import files with npm run import, or let npm run watch-feeds collect articles.",
    fromImport: (file: string | null, line: number | null) => `Imported from ${file ?? "a file"}${line ? `, line ${line}` : ""}`,
    fromFeed: (name: string | null) => `From the feed ${name ?? ""}`.trim(),
    fromOther: "Added by hand",
    unpublished: "No publication date",
    mentions: "Mentions",
    noMentions: "No tracked lab or model named",
    suggestions: (n: number) => (n === 1 ? "1 suggested event" : `${n} suggested events`),
    noSuggestions: "The assistant proposed no events for this text.",
    confidence: "confidence",
    matchesEvent: (id: number) => `re-reports event #${id}`,
    accept: "Accept on publish",
    newFromKnowledgeBase: (name: string) => `new from knowledge base: ${name}, created on publish`,
    original: "Original article",
    publish: "Publish",
    discard: "Discard",
    working: "Saving…",
    next: "Older drafts",
    first: "Back to the newest",
  },
  feeds: {
    title: "Feed status",
    intro: "Publishers' feeds polled by npm run watch-feeds. Articles naming a tracked lab or model are queued for review.",
    empty: "No feeds configured. Run npm run watch-feeds -- --config feeds.json.",
    name: "Feed",
    status: "Status",
    lastPolled: "Last polled",
    lastSuccess: "Last success",
    failures: "Failures in a row",
    attempts: "Attempts",
    items: "Items seen / queued",
    disabled: "disabled",
    never: "Never polled",
    ok: "OK",
    error: "Error",
  },
  denied: {
    title: "Editors only",
    body: "This page needs an editor's sign-in. If you are one, sign in and try again.",
    retry: "Try again",
  },
};

export type IoMessages = typeof en;

const de: IoMessages = {
  queue: {
    title: "Prüfschlange",
    intro:
      "Hier warten Entwürfe: importierte, aus Feeds gesammelte und von Hand gespeicherte. Haken Sie die zutreffenden Vorschläge an, veröffentlichen Sie dann, was zu Slipwatch gehört (die angehakten Vorschläge werden seine Ereignisse), und verwerfen Sie den Rest.",
    count: (n: number) => (n === 1 ? "1 Entwurf wartet" : `${n} Entwürfe warten`),
    empty: "Die Schlange ist leer. Dateien mit npm run import importieren oder npm run watch-feeds Artikel sammeln lassen.",
    fromImport: (file: string | null, line: number | null) => `Importiert aus ${file ?? "einer Datei"}${line ? `, Zeile ${line}` : ""}`,
    fromFeed: (name: string | null) => `Aus dem Feed ${name ?? ""}`.trim(),
    fromOther: "Von Hand angelegt",
    unpublished: "Ohne Erscheinungsdatum",
    mentions: "Nennt",
    noMentions: "Nennt kein beobachtetes Labor und kein Modell",
    suggestions: (n: number) => (n === 1 ? "1 vorgeschlagenes Ereignis" : `${n} vorgeschlagene Ereignisse`),
    noSuggestions: "Der Assistent hat für diesen Text keine Ereignisse vorgeschlagen.",
    confidence: "Sicherheit",
    matchesEvent: (id: number) => `berichtet erneut über Ereignis #${id}`,
    accept: "Beim Veröffentlichen übernehmen",
    newFromKnowledgeBase: (name: string) => `neu aus der Wissensbasis: ${name}, wird beim Veröffentlichen angelegt`,
    original: "Originalartikel",
    publish: "Veröffentlichen",
    discard: "Verwerfen",
    working: "Wird gespeichert …",
    next: "Ältere Entwürfe",
    first: "Zurück zu den neuesten",
  },
  feeds: {
    title: "Feed-Status",
    intro: "Feeds der Verlage, die npm run watch-feeds abfragt. Artikel, die ein beobachtetes Labor oder Modell nennen, kommen in die Prüfschlange.",
    empty: "Keine Feeds eingerichtet. npm run watch-feeds -- --config feeds.json ausführen.",
    name: "Feed",
    status: "Status",
    lastPolled: "Zuletzt abgefragt",
    lastSuccess: "Zuletzt erfolgreich",
    failures: "Fehler in Folge",
    attempts: "Versuche",
    items: "Einträge gesehen / eingereiht",
    disabled: "abgeschaltet",
    never: "Noch nie abgefragt",
    ok: "OK",
    error: "Fehler",
  },
  denied: {
    title: "Nur für die Redaktion",
    body: "Diese Seite erfordert eine Anmeldung als Redakteurin oder Redakteur. Bitte anmelden und erneut versuchen.",
    retry: "Erneut versuchen",
  },
};

export const ioMessages: Record<Locale, IoMessages> = { en, de };
