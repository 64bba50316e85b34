import type { CommonMessages } from "../common";

/**
 * The German for ../common.ts: a complete object literal of the English shape, never `{ ...en }` (a
 * spread would let a missing string pass the type check and show English). The English object
 * gives each function its parameter types.
 */
export const de: CommonMessages = {
  siteName: "Slipwatch",
  tagline: "Rückschläge bei KI-Laboren, jeder mit Artikel und Zitat belegt.",
  meta: {
    homeTitle: "Slipwatch — Rückschläge bei KI-Laboren",
    description:
      "Slipwatch verfolgt gemeldete Rückschläge bei KI-Laboren — verschobene Veröffentlichungen, schwache Benchmarks, Abgänge, Entlassungen und das Geld dahinter —, jeder mit Artikel und Zitat belegt.",
  },
  skipToContent: "Zum Inhalt springen",
  nav: {
    label: "Hauptnavigation",
    timeline: "Zeitleiste",
    labs: "Labore",
    models: "Modelle",
    articles: "Artikel",
    charts: "Diagramme",
    slips: "Zusagen",
    search: "Suche",
  },
  footer: { api: "JSON-API", about: "Jede Zahl mit Artikel und Zitat belegt." },
  language: { label: "Sprache", en: "English", de: "Deutsch" },
  states: {
    loading: "Wird geladen …",
    empty: "Noch nichts vorhanden.",
    errorTitle: "Beim Laden dieser Seite ist ein Fehler aufgetreten.",
    errorBody: "Bitte versuchen Sie es erneut. Wenn der Fehler bleibt, ist die Datenbank womöglich nicht erreichbar.",
    retry: "Erneut versuchen",
    notFoundTitle: "Nicht gefunden",
    notFoundBody: "Unter dieser Adresse gibt es nichts. Sie wurde vielleicht entfernt oder falsch eingegeben.",
    backHome: "Zur Startseite",
  },
  eventTypes: {
    delay: "Verzögerung",
    benchmark_underperformance: "Schwache Benchmarks",
    architecture_problem: "Architekturproblem",
    departure: "Abgang",
    layoff: "Stellenabbau",
    investment: "Investition",
    acquisition: "Übernahme / Beteiligung",
    hiring: "Einstellungen",
    stock_move: "Kursbewegung",
    controversy: "Kontroverse",
    other: "Sonstiges",
  },
  claimStatus: {
    rumoured: "Gerücht",
    reported: "Berichtet",
    confirmed: "Bestätigt",
    denied: "Dementiert",
    retracted: "Zurückgezogen",
  },
  citationRoles: {
    first_report: "Erstmeldung",
    re_report: "Weitermeldung",
    follow_up: "Nachbericht",
    company_response: "Stellungnahme",
    context: "Kontext",
  },
  attributions: {
    own_reporting: "Eigene Recherche",
    relays_outlet: "Gibt anderes Medium wieder",
    anonymous_sources: "Anonyme Quellen",
    official_statement: "Offizielle Aussage",
    named_source: "Namentliche Quelle",
  },
  modelStatus: {
    announced: "Angekündigt",
    in_development: "In Entwicklung",
    delayed: "Verzögert",
    released: "Veröffentlicht",
    shelved: "Eingestellt",
  },
  citingArticles: (n) => (n === 1 ? "1 Artikel als Beleg" : `${n} Artikel als Beleg`),
  independentSources: (n, names) =>
    `${n === 1 ? "1 unabhängige Quelle" : `${n} unabhängige Quellen`}${names ? ` (${names})` : ""}`,
  articles: (n) => (n === 1 ? "1 Artikel" : `${n} Artikel`),
  backgroundOnly: (n) =>
    n === 1 ? "nur als Hintergrund erwähnt, in 1 Artikel" : `nur als Hintergrund erwähnt, in ${n} Artikeln`,
  unnamedOutlet: "ungenanntes Medium",
  leadArticle: "Leitartikel der Meldung",
  eventDates: {
    occurred: "Geschehen",
    firstReported: "Erstmals berichtet",
    added: "Erfasst",
    lastChanged: "Eintrag zuletzt geändert",
    inferred: "(erschlossen)",
  },
  claimHint: {
    rumoured: "Unbestätigtes Gerücht",
    denied: "Dementiert: nicht in Zählungen und Diagrammen",
    retracted: "Zurückgezogen: nicht in Zählungen und Diagrammen",
  },
  eventPage: "Ereignisseite",
  claimsToggle: {
    leftOut: "Dementierte und zurückgezogene Meldungen sind nicht mitgezählt.",
    included: "Dementierte und zurückgezogene Meldungen sind mitgezählt.",
    include: "Mitzählen",
    leaveOut: "Nicht mitzählen",
  },
  people: (n) => (n === 1 ? "1 Person" : `${n} Personen`),
};
