import type { Locale } from "@/lib/i18n/config";

/** Strings of the chart pages, the chart CSV downloads' links and the labs' share cards. */
const en = {
  index: {
    title: "Charts",
    intro:
      "Where the coverage is better looked at than read. Every chart has its data as a table and as CSV.",
    slips: {
      title: "Release slips",
      body: "Each model's planned release date as reported over time, longest slip first.",
    },
    investments: {
      title: "Investments",
      body: "Reported capex and investment per lab and year, with acquisitions and stakes.",
    },
    setbacks: { title: "Setbacks over time", body: "Events per month by type, as counts or as shares." },
  },
  breadcrumb: "Charts",
  filters: {
    legend: "Filter",
    labs: "Labs",
    allLabs: "All labs (none ticked)",
    asOf: "As known on",
    asOfHint: "Only what had been reported by this day.",
    apply: "Apply",
    reset: "Reset",
    active: (n: number) => (n === 1 ? "1 lab chosen" : `${n} labs chosen`),
  },
  asOfNote: (day: string) => `As known on ${day}.`,
  table: {
    show: "Data table",
    csv: "Download CSV",
    caption: "The data drawn in the chart",
  },
  empty: {
    title: "Nothing to draw for these filters.",
    body: "Try other labs or a later “as known on” day, or reset the filters.",
  },
  slips: {
    title: "Release slips",
    intro:
      "Each bar is one planned release date as a source reported it, in the order the plans were held: a model whose bars step to the right has slipped. Fuzzy dates are drawn as the whole period they allow (fall = September to November); a fading arrow means “or later”, running on to today. Click a bar for its article.",
    today: "today",
    asOf: "as of",
    plan: (n: number) => `Plan ${n}`,
    released: "Released",
    orLater: "or later",
    reportedBy: "reported",
    model: "Model",
    lab: "Lab",
    planned: "Planned for",
    period: "Period drawn",
    reportedOn: "Reported on",
    article: "Article",
    runsUntil: "Still open on",
    overdue: (days: number) =>
      days === 1 ? "1 day past the latest plan" : `${days} days past the latest plan`,
    chartLabel: (model: string) => `Planned release dates of ${model} as reported over time`,
    barLabel: (plan: number, when: string, article: string) => `Plan ${plan}: ${when}. Source: ${article}`,
    range: (first: number, last: number, total: number) => `Models ${first}–${last} of ${total}`,
    more: "Next models →",
    first: "← Largest slips",
  },
  investments: {
    title: "Investments",
    intro:
      "Reported capital expenditure and investment per lab and year, stacked; acquisitions and stakes are the diamonds. Each figure is counted once per event, however many articles report it. Market values and pay packages are never added to the bars.",
    year: "Year",
    lab: "Lab",
    total: "Amount",
    kind: "Kind",
    events: "Events",
    articles: "Citing articles",
    dealsCaption: "Acquisitions and stakes (diamonds)",
    barsCaption: "Capex and investment per lab and year (bars)",
    date: "When",
    target: "Target",
    stake: "Stake",
    deal: "Deal",
    excluded: (n: number) =>
      n === 1
        ? "1 reported amount is not added to any bar: it is a market value, a pay package or spans several years."
        : `${n} reported amounts are not added to any bar: they are market values, pay packages or span several years.`,
    kinds: {
      capex: "Capex",
      investment: "Investment",
      deal_value: "Deal value",
      compensation: "Compensation",
      market_cap: "Market value",
      valuation: "Valuation",
      revenue: "Revenue",
      settlement: "Settlement",
      fine: "Fine",
      share_price: "Share price",
      stake: "Stake",
      other: "Other",
    },
    chartLabel: "Capex and investment per lab and year, with acquisitions and stakes",
    // Starts with the text drawn beside the diamond, so the link's name includes what is seen.
    dealLabel: (visible: string, title: string, amount: string) =>
      `${visible}: ${title} (${amount}), open the article`,
  },
  setbacks: {
    title: "Setbacks over time",
    intro:
      "Events per month by type, stacked. An event whose date is a range is counted in the last month it can have happened in and still been reported. Investments, acquisitions and hiring are left out unless you pick them.",
    mode: "Show",
    count: "Counts",
    share: "Share of month",
    month: "Month",
    total: "Total",
    types: "Types",
    allSetbackTypes: "All setback types (none ticked)",
    chartLabel: (mode: "count" | "share"): string =>
      mode === "share" ? "Share of each event type per month" : "Events per month by type",
  },
  share: {
    alt: (lab: string) => `${lab} on Slipwatch: its state at a glance`,
    setbacks: (n: number) => (n === 1 ? "1 setback on record" : `${n} setbacks on record`),
    recent: (n: number, days: number) =>
      n === 0 ? `none reported in the last ${days} days` : `${n} reported in the last ${days} days`,
    latest: "Latest",
    slipped: "Slipped",
    spend: (year: number) => `Spending ${year}`,
    deal: "Biggest deal",
    quiet: "No setbacks on record.",
  },
};

export type ChartsMessages = typeof en;

const de: ChartsMessages = {
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
    active: (n: number) => (n === 1 ? "1 Labor gewählt" : `${n} Labore gewählt`),
  },
  asOfNote: (day: string) => `Wissensstand vom ${day}.`,
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
    plan: (n: number) => `Plan ${n}`,
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
    overdue: (days: number) =>
      days === 1 ? "1 Tag nach dem letzten Plan" : `${days} Tage nach dem letzten Plan`,
    chartLabel: (model: string) =>
      `Geplante Starttermine von ${model}, wie sie über die Zeit berichtet wurden`,
    barLabel: (plan: number, when: string, article: string) => `Plan ${plan}: ${when}. Quelle: ${article}`,
    range: (first: number, last: number, total: number) => `Modelle ${first}–${last} von ${total}`,
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
    excluded: (n: number) =>
      n === 1
        ? "1 berichteter Betrag ist in keinem Balken: ein Börsenwert, ein Gehaltspaket oder über mehrere Jahre."
        : `${n} berichtete Beträge sind in keinem Balken: Börsenwerte, Gehaltspakete oder über mehrere Jahre.`,
    kinds: {
      capex: "Capex",
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
    dealLabel: (visible: string, title: string, amount: string) =>
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
    chartLabel: (mode: "count" | "share") =>
      mode === "share" ? "Anteil jeder Ereignisart je Monat" : "Ereignisse je Monat nach Art",
  },
  share: {
    alt: (lab: string) => `${lab} auf Slipwatch: der Stand auf einen Blick`,
    setbacks: (n: number) => (n === 1 ? "1 Rückschlag erfasst" : `${n} Rückschläge erfasst`),
    recent: (n: number, days: number) =>
      n === 0 ? `keiner in den letzten ${days} Tagen` : `${n} in den letzten ${days} Tagen berichtet`,
    latest: "Zuletzt",
    slipped: "Verschoben",
    spend: (year: number) => `Ausgaben ${year}`,
    deal: "Größtes Geschäft",
    quiet: "Keine Rückschläge erfasst.",
  },
};

export const chartsMessages: Record<Locale, ChartsMessages> = { en, de };
