/** The English for ../charts.ts; its type is the shape every locale fills in (ChartsMessages). */
export const en = {
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
    moreArticles: (n: number) => (n === 1 ? "and 1 more article" : `and ${n} more articles`),
    tableYears: "Year shown in the table",
    tableOneYear: (year: number) =>
      `The table is long, so it shows one year at a time: ${year}. The CSV holds every year.`,
    excluded: (n: number) =>
      n === 1
        ? "1 reported amount is not added to any bar: it is a market value, a pay package or spans several years."
        : `${n} reported amounts are not added to any bar: they are market values, pay packages or span several years.`,
    kinds: {
      capex: "Capex",
      multi_year_plan: "Multi-year plan",
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
