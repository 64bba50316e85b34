import type { ChartsMessages } from "../charts";

/**
 * The German for ../charts.ts: a complete object literal of the English shape, never `{ ...en }` (a
 * spread would let a missing string pass the type check and show English). The English object
 * gives each function its parameter types.
 */
export const de: ChartsMessages = {
  index: {
    title: "Diagramme",
    intro: "Was man besser ansieht als liest. Jedes Diagramm gibt es auch als Tabelle und als CSV.",
    slips: {
      title: "Verschobene Starts",
      body: "Der geplante Starttermin jedes Modells, wie er über die Zeit berichtet wurde – längste Verschiebung zuerst.",
    },
    investments: {
      title: "Investitionen",
      body: "Berichtete Investitionen und Capex je Labor und Jahr, mit Übernahmen und Beteiligungen.",
    },
    setbacks: {
      title: "Rückschläge im Zeitverlauf",
      body: "Ereignisse je Monat nach Art, als Anzahl oder Anteil.",
    },
  },
  breadcrumb: "Diagramme",
  filters: {
    legend: "Filter",
    labs: "Labore",
    allLabs: "Alle Labore (keines angehakt)",
    asOf: "Wissensstand vom",
    asOfHint: "Nur was bis zu diesem Tag berichtet war.",
    apply: "Anwenden",
    reset: "Zurücksetzen",
    active: (n) => (n === 1 ? "1 Labor gewählt" : `${n} Labore gewählt`),
  },
  asOfNote: (day) => `Wissensstand vom ${day}.`,
  table: {
    show: "Datentabelle",
    csv: "CSV herunterladen",
    caption: "Die im Diagramm gezeigten Daten",
  },
  empty: {
    title: "Für diese Filter gibt es nichts zu zeichnen.",
    body: "Versuchen Sie andere Labore oder einen späteren Wissensstand, oder setzen Sie die Filter zurück.",
  },
  slips: {
    title: "Verschobene Starts",
    intro:
      "Jeder Balken ist ein geplanter Starttermin, wie eine Quelle ihn berichtet hat, in der Reihenfolge der Pläne: Treppen die Balken nach rechts, hat sich das Modell verschoben. Unscharfe Termine sind als ganzer Zeitraum gezeichnet (Herbst = September bis November); ein auslaufender Pfeil heißt „oder später“ und reicht bis heute. Ein Klick auf einen Balken öffnet den Artikel.",
    today: "heute",
    asOf: "Stand",
    plan: (n) => `Plan ${n}`,
    released: "Erschienen",
    orLater: "oder später",
    reportedBy: "berichtet",
    model: "Modell",
    lab: "Labor",
    planned: "Geplant für",
    period: "Gezeichneter Zeitraum",
    reportedOn: "Berichtet am",
    article: "Artikel",
    runsUntil: "Noch offen am",
    overdue: (days) =>
      days === 1 ? "1 Tag nach dem letzten Plan" : `${days} Tage nach dem letzten Plan`,
    chartLabel: (model) =>
      `Geplante Starttermine von ${model}, wie sie über die Zeit berichtet wurden`,
    barLabel: (plan, when, article) => `Plan ${plan}: ${when}. Quelle: ${article}`,
    range: (first, last, total) => `Modelle ${first}–${last} von ${total}`,
    more: "Weitere Modelle →",
    first: "← Größte Verschiebungen",
  },
  investments: {
    title: "Investitionen",
    intro:
      "Berichtete Investitionsausgaben (Capex) und Investitionen je Labor und Jahr, gestapelt; Übernahmen und Beteiligungen sind die Rauten. Jede Zahl zählt einmal je Ereignis, egal wie viele Artikel sie melden. Börsenwerte und Gehaltspakete werden nie zu den Balken addiert.",
    year: "Jahr",
    lab: "Labor",
    total: "Betrag",
    kind: "Art",
    events: "Ereignisse",
    articles: "Belegende Artikel",
    dealsCaption: "Übernahmen und Beteiligungen (Rauten)",
    barsCaption: "Capex und Investitionen je Labor und Jahr (Balken)",
    date: "Wann",
    target: "Ziel",
    stake: "Anteil",
    deal: "Geschäft",
    moreArticles: (n: number) => (n === 1 ? "und 1 weiterer Artikel" : `und ${n} weitere Artikel`),
    tableYears: "In der Tabelle gezeigtes Jahr",
    tableOneYear: (year: number) =>
      `Die Tabelle ist lang und zeigt daher ein Jahr auf einmal: ${year}. Die CSV enthält alle Jahre.`,
    excluded: (n) =>
      n === 1
        ? "1 berichteter Betrag ist in keinem Balken: ein Börsenwert, ein Gehaltspaket oder über mehrere Jahre."
        : `${n} berichtete Beträge sind in keinem Balken: Börsenwerte, Gehaltspakete oder über mehrere Jahre.`,
    kinds: {
      capex: "Capex",
      multi_year_plan: "Mehrjahresplan",
      investment: "Investition",
      deal_value: "Transaktionswert",
      compensation: "Vergütung",
      market_cap: "Börsenwert",
      valuation: "Bewertung",
      revenue: "Umsatz",
      settlement: "Vergleich",
      fine: "Strafe",
      share_price: "Aktienkurs",
      stake: "Beteiligung",
      other: "Sonstiges",
    },
    chartLabel: "Capex und Investitionen je Labor und Jahr, mit Übernahmen und Beteiligungen",
    dealLabel: (visible, title, amount) =>
      `${visible}: ${title} (${amount}), Artikel öffnen`,
  },
  setbacks: {
    title: "Rückschläge im Zeitverlauf",
    intro:
      "Ereignisse je Monat nach Art, gestapelt. Ein Ereignis mit unscharfem Datum zählt im letzten Monat, in dem es geschehen und schon berichtet sein konnte. Investitionen, Übernahmen und Einstellungen fehlen, solange Sie sie nicht wählen.",
    mode: "Zeigen",
    count: "Anzahl",
    share: "Anteil am Monat",
    month: "Monat",
    total: "Summe",
    types: "Arten",
    allSetbackTypes: "Alle Arten von Rückschlägen (keine angehakt)",
    chartLabel: (mode) =>
      mode === "share" ? "Anteil jeder Ereignisart je Monat" : "Ereignisse je Monat nach Art",
  },
  share: {
    alt: (lab) => `${lab} auf Slipwatch: der Stand auf einen Blick`,
    setbacks: (n) => (n === 1 ? "1 Rückschlag erfasst" : `${n} Rückschläge erfasst`),
    recent: (n, days) =>
      n === 0 ? `keiner in den letzten ${days} Tagen` : `${n} in den letzten ${days} Tagen berichtet`,
    latest: "Zuletzt",
    slipped: "Verschoben",
    spend: (year) => `Ausgaben ${year}`,
    deal: "Größtes Geschäft",
    quiet: "Keine Rückschläge erfasst.",
  },
};
