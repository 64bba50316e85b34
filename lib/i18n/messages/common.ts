import type {
  Attribution,
  CitationRole,
  ClaimStatus,
  EventType,
  ModelStatus,
} from "@/lib/domain/vocabulary";
import type { Locale } from "@/lib/i18n/config";

/**
 * Strings shared by every reader page. Each area of the app keeps its own messages file
 * (reader.ts, charts.ts, admin.ts …) in this shape: an English object, and a German one that
 * must have exactly the same keys (the type says so).
 */
const en = {
  siteName: "Slipwatch",
  tagline: "Setbacks at AI labs, each traced to its article and quote.",
  meta: {
    homeTitle: "Slipwatch — setbacks at AI labs",
    description:
      "Slipwatch tracks reported setbacks at AI labs — release delays, weak benchmarks, departures, layoffs and the money behind them — each traced to its article and quote.",
  },
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    timeline: "Timeline",
    labs: "Labs",
    models: "Models",
    articles: "Articles",
    charts: "Charts",
    slips: "Scorecards",
    search: "Search",
  },
  footer: { api: "JSON API", about: "Every figure traced to its article and quote." },
  language: { label: "Language", en: "English", de: "Deutsch" },
  states: {
    loading: "Loading…",
    empty: "Nothing to show yet.",
    errorTitle: "Something went wrong loading this page.",
    errorBody: "Please try again. If it keeps happening, the database may be unavailable.",
    retry: "Try again",
    notFoundTitle: "Not found",
    notFoundBody: "There is nothing at this address. It may have been removed or mistyped.",
    backHome: "Back to the start page",
  },
  eventTypes: {
    delay: "Delay",
    benchmark_underperformance: "Weak benchmarks",
    architecture_problem: "Architecture problem",
    departure: "Departure",
    layoff: "Layoffs",
    investment: "Investment",
    acquisition: "Acquisition / stake",
    hiring: "Hiring",
    stock_move: "Stock move",
    controversy: "Controversy",
    other: "Other",
  } satisfies Record<EventType, string>,
  claimStatus: {
    rumoured: "Rumoured",
    reported: "Reported",
    confirmed: "Confirmed",
    denied: "Denied",
    retracted: "Retracted",
  } satisfies Record<ClaimStatus, string>,
  citationRoles: {
    first_report: "First report",
    re_report: "Re-report",
    follow_up: "Follow-up",
    company_response: "Company response",
    context: "Context",
  } satisfies Record<CitationRole, string>,
  attributions: {
    own_reporting: "Own reporting",
    relays_outlet: "Relays another outlet",
    anonymous_sources: "Anonymous sources",
    official_statement: "Official statement",
    named_source: "Named source",
  } satisfies Record<Attribution, string>,
  modelStatus: {
    announced: "Announced",
    in_development: "In development",
    delayed: "Delayed",
    released: "Released",
    shelved: "Shelved",
  } satisfies Record<ModelStatus, string>,
  citingArticles: (n: number) => (n === 1 ? "1 citing article" : `${n} citing articles`),
  people: (n: number) => (n === 1 ? "1 person" : `${n} people`),
  independentSources: (n: number, names: string) =>
    `${n === 1 ? "1 independent source" : `${n} independent sources`}${names ? ` (${names})` : ""}`,
  articles: (n: number) => (n === 1 ? "1 article" : `${n} articles`),
  unnamedOutlet: "unnamed outlet",
  leadArticle: "Lead article",
  eventDates: {
    occurred: "Happened",
    firstReported: "First reported",
    added: "Added",
    lastChanged: "Record last changed",
    inferred: "(inferred)",
  },
  claimHint: {
    rumoured: "Unconfirmed rumour",
    denied: "Denied: left out of counts and charts",
    retracted: "Retracted: left out of counts and charts",
  },
  eventPage: "Event page",
  claimsToggle: {
    leftOut: "Denied and retracted claims are left out of these counts.",
    included: "Denied and retracted claims are included in these counts.",
    include: "Include them",
    leaveOut: "Leave them out",
  },
};

export type CommonMessages = typeof en;

const de: CommonMessages = {
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
  citingArticles: (n: number) => (n === 1 ? "1 Artikel als Beleg" : `${n} Artikel als Beleg`),
  independentSources: (n: number, names: string) =>
    `${n === 1 ? "1 unabhängige Quelle" : `${n} unabhängige Quellen`}${names ? ` (${names})` : ""}`,
  articles: (n: number) => (n === 1 ? "1 Artikel" : `${n} Artikel`),
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
  people: (n: number) => (n === 1 ? "1 Person" : `${n} Personen`),
};

export const commonMessages: Record<Locale, CommonMessages> = { en, de };
