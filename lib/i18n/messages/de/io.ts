import type { IoMessages } from "../io";

/**
 * The German for ../io.ts: a complete object literal of the English shape, never `{ ...en }` (a
 * spread would let a missing string pass the type check and show English). The English object
 * gives each function its parameter types.
 */
export const de: IoMessages = {
  queue: {
    title: "Prüfschlange",
    intro:
      "Hier warten Entwürfe: importierte, aus Feeds gesammelte und von Hand gespeicherte. Haken Sie die zutreffenden Vorschläge an, veröffentlichen Sie dann, was zu Slipwatch gehört (die angehakten Vorschläge werden seine Ereignisse), und verwerfen Sie den Rest.",
    count: (n) => (n === 1 ? "1 Entwurf wartet" : `${n} Entwürfe warten`),
    empty: "Die Schlange ist leer. Dateien mit npm run import importieren oder npm run watch-feeds Artikel sammeln lassen.",
    fromImport: (file, line) => `Importiert aus ${file ?? "einer Datei"}${line ? `, Zeile ${line}` : ""}`,
    fromFeed: (name) => `Aus dem Feed ${name ?? ""}`.trim(),
    fromOther: "Von Hand angelegt",
    unpublished: "Ohne Erscheinungsdatum",
    mentions: "Nennt",
    noMentions: "Nennt kein beobachtetes Labor und kein Modell",
    suggestions: (n) => (n === 1 ? "1 vorgeschlagenes Ereignis" : `${n} vorgeschlagene Ereignisse`),
    noSuggestions: "Der Assistent hat für diesen Text keine Ereignisse vorgeschlagen.",
    confidence: "Sicherheit",
    matchesEvent: (id) => `berichtet erneut über Ereignis #${id}`,
    accept: "Beim Veröffentlichen übernehmen",
    newFromKnowledgeBase: (name) => `neu aus der Wissensbasis: ${name}, wird beim Veröffentlichen angelegt`,
    original: "Originalartikel",
    publish: "Veröffentlichen",
    discard: "Verwerfen",
    working: "Wird gespeichert …",
    copyOf: "Schon in Slipwatch:",
    deleted: "(gelöscht)",
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
