import { fuzzy, type SeedCitation, type SeedCommitment, type SeedEvent } from "./types";

/**
 * Every setback, number and date the five seed articles report, one event per fact, cited by
 * every article that reports it. Quotes are verbatim from the cleaned article text (tests check
 * that), and every amount, percentage and headcount appears in one of its event's quotes (tests
 * check that too). Claim status and attribution follow what the text says, not what we know.
 */

const MAY_2025_REPORT = fuzzy("2025-05-01", "2025-05-31", "month", "Mai 2025 (Bericht des Wall Street Journal)");

/** Zuckerberg's memo (a003), "am Montag": the day of every hire and departure it names. */
const MEMO_DAY = fuzzy("2025-06-30", "2025-06-30", "day", "am Montag");

/** The memo's one sentence naming who left for Meta: the first report of each of those departures. */
const MEMO_DEPARTURES: SeedCitation = {
  article: "a003",
  role: "first_report",
  quote:
    "In einem internen Memo, das Meta bestätigte, erklärte CEO Mark Zuckerberg am Montag, mindestens sieben von ihnen hätten sich zum Rücktritt entschieden, ebenso wie Scale-AI-Chef Alexandr Wang und mehrere Mitarbeiter der Konkurrenten Anthropic und Google.",
  attribution: "official_statement",
  attributedTo: "Mark Zuckerberg (internes Memo, von Meta bestätigt)",
};

export const events: SeedEvent[] = [
  // ── Llama 4 Behemoth ──────────────────────────────────────────────────────────────────────
  {
    key: "behemoth-delay",
    type: "delay",
    lab: "meta",
    model: "llama-4-behemoth",
    title: "Llama 4 Behemoth delayed again: from end of April to June, now fall or later",
    summary:
      "Meta's largest Llama 4 model was to be presented at LlamaCon at the end of April 2025, was then " +
      "moved to June and is now expected in the fall of 2025 or later, according to the Wall Street " +
      "Journal. Meta would not comment on the schedule.",
    occurred: MAY_2025_REPORT,
    status: "reported",
    citations: [
      {
        article: "a001",
        role: "first_report",
        quote:
          "Daher verzögert sich der Start weiter, berichtet das Wall Street Journal. Ursprünglich visierte Meta den Juni an, jetzt steht der Herbst als Termin im Raum. Womöglich dauert es sogar noch länger.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
      {
        article: "a001",
        role: "company_response",
        quote: "Offiziell will sich der Konzern nicht zum Zeitplan äußern.",
        attribution: "official_statement",
        attributedTo: "Meta",
      },
      {
        article: "a002",
        role: "re_report",
        quote:
          "Ursprünglich war die Markteinführung für den letzten Monat beim Llamacon-Event vorgesehen, dann auf Juni verschoben worden, doch nun wird der Start auf den Herbst oder später verschoben.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
      {
        article: "a004",
        role: "re_report",
        quote:
          "Doch laut einem Bericht des \"Wall Street Journal\" muss Meta die Einführung seines neuesten KI-Flaggschiffs verschieben.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
    ],
  },
  {
    key: "behemoth-weak-gains",
    type: "benchmark_underperformance",
    lab: "meta",
    model: "llama-4-behemoth",
    title: "Behemoth's gains over earlier models and rivals too small, internal evaluations show",
    summary:
      "Internal evaluations suggest Llama 4 Behemoth may not perform significantly better than Meta's " +
      "earlier models; the progress over predecessors and competitors is too small for a launch.",
    occurred: MAY_2025_REPORT,
    status: "reported",
    citations: [
      {
        article: "a001",
        role: "first_report",
        quote: "Die Fortschritte im Vergleich zu den Vorgängern sowie der Konkurrenz sind zu klein.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
      {
        article: "a002",
        role: "re_report",
        quote:
          "Laut dem Wall Street Journal deuten interne Bewertungen darauf hin, dass Behemoth möglicherweise nicht signifikant besser abschneiden wird als frühere Modelle",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
      {
        article: "a004",
        role: "re_report",
        quote:
          "Laut Insidern liegt das Problem nicht nur in der Modellqualität, sondern auch in der Integration in die Plattform-Architektur.",
        attribution: "anonymous_sources",
        attributedTo: "Insider",
      },
    ],
  },
  {
    key: "behemoth-integration",
    type: "architecture_problem",
    lab: "meta",
    model: "llama-4-behemoth",
    title: "Meta's new flagship also struggles with integration into the platform architecture",
    summary:
      "Insiders say the delay is not only about model quality but also about integrating the model " +
      "into Meta's platform architecture; Meta had hoped to launch it alongside new AI features for " +
      "Facebook, Instagram and WhatsApp.",
    occurred: MAY_2025_REPORT,
    status: "reported",
    citations: [
      {
        article: "a004",
        role: "first_report",
        quote:
          "Laut Insidern liegt das Problem nicht nur in der Modellqualität, sondern auch in der Integration in die Plattform-Architektur.",
        attribution: "anonymous_sources",
        attributedTo: "Insider",
      },
    ],
  },
  {
    key: "meta-stock-drop-behemoth",
    type: "stock_move",
    lab: "meta",
    model: "llama-4-behemoth",
    title: "Meta shares slide 2.2% on the delay report",
    summary:
      "The news of the delay came on the Thursday Meta's stock had just reached its highest level " +
      "since early March; the share price then slid 2.2%.",
    occurred: fuzzy("2025-05-15", "2025-05-15", "day", "am Donnerstag"),
    percent: -2.2,
    status: "reported",
    citations: [
      {
        article: "a004",
        role: "first_report",
        quote:
          "Die Meldung kam zur Unzeit – am Donnerstag, als sich die Meta-Aktie gerade erst auf das höchste Niveau seit Anfang März vorgetastet hatte. Der Kurs rutschte daraufhin um 2,2 Prozent ab.",
        attribution: "own_reporting",
      },
    ],
  },

  // ── Meta: money ───────────────────────────────────────────────────────────────────────────
  {
    key: "meta-capex-2025",
    type: "investment",
    lab: "meta",
    title: "Meta budgets up to $72B of spending for 2025, much of it on AI",
    summary:
      "Meta has planned up to 72 billion US dollars for this year (2025), much of it for AI — the " +
      "expectations any new model must justify.",
    occurred: fuzzy("2025-01-01", "2025-12-31", "year", "dieses Jahr"),
    amountUsd: 72_000_000_000,
    amountQualifier: "up_to",
    amountKind: "capex",
    status: "reported",
    citations: [
      {
        article: "a001",
        role: "first_report",
        quote:
          "Bis zu 72 Milliarden US-Dollar hat der Konzern für dieses Jahr verplant, vieles davon entfällt auf den KI-Bereich.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
    ],
  },
  {
    key: "meta-capex-2024",
    type: "investment",
    lab: "meta",
    title: "Around $40B of investment forecast for Meta in 2024",
    summary:
      "Forecasts put Meta's 2024 investment at around 40 billion US dollars, much of it for data " +
      "centres and AI research.",
    occurred: fuzzy("2024-01-01", "2024-12-31", "year", "für 2024"),
    amountUsd: 40_000_000_000,
    amountQualifier: "about",
    amountKind: "capex",
    status: "reported",
    citations: [
      {
        article: "a004",
        role: "first_report",
        quote:
          "Allein für 2024 sind laut Prognosen Investitionen von rund 40 Milliarden US-Dollar vorgesehen, ein Großteil davon fließt in den Ausbau von Rechenzentren und KI-Forschung.",
        attribution: "anonymous_sources",
        attributedTo: "Prognosen",
      },
    ],
  },
  {
    key: "meta-scale-ai-stake",
    type: "acquisition",
    lab: "meta",
    counterparty: "scale-ai",
    title: "Meta pays more than $14B for a 49% stake in Scale AI",
    summary:
      "In mid-June 2025 Meta spent more than 14 billion dollars on a 49% stake in Scale AI, a company " +
      "specialised in data processing for AI development.",
    occurred: fuzzy("2025-06-11", "2025-06-20", "month_part", "Mitte Juni"),
    amountUsd: 14_000_000_000,
    amountQualifier: "more_than",
    amountKind: "deal_value",
    percent: 49,
    status: "reported",
    citations: [
      {
        article: "a003",
        role: "first_report",
        quote:
          "Mitte Juni zögerte das amerikanische Social-Media-Imperium nicht, mehr als 14 Milliarden Dollar auszugeben, um einen Anteil von 49 % an Scale AI zu erwerben, einem Unternehmen, das auf die Datenverarbeitung zur Entwicklung von KI-Modellen spezialisiert ist.",
        attribution: "own_reporting",
        attributedTo: "AFP",
      },
    ],
  },
  {
    key: "meta-approaches",
    type: "acquisition",
    lab: "meta",
    title: "Meta approached Ilya Sutskever, Perplexity AI and Runway",
    summary:
      "Before the Scale AI deal, Meta had contacted OpenAI co-founder Ilya Sutskever, Perplexity AI and " +
      "the video-AI company Runway, according to several US media. No deal is reported.",
    occurred: fuzzy("2025-01-01", "2025-06-20", "range", "zuvor (vor Mitte Juni 2025)"),
    status: "reported",
    citations: [
      {
        article: "a003",
        role: "first_report",
        quote:
          "Mehreren US-Medien zufolge hatte die im kalifornischen Menlo Park ansässige Gruppe zuvor Kontakt zum OpenAI -Mitbegründer Ilya Sutskever sowie zu Googles selbsternanntem Rivalen Perplexity AI und dem Video-KI-Unternehmen Runway aufgenommen.",
        attribution: "relays_outlet",
        attributedTo: "mehrere US-Medien",
      },
    ],
  },

  // ── Talent war ────────────────────────────────────────────────────────────────────────────
  {
    key: "meta-openai-bonuses",
    type: "hiring",
    lab: "meta",
    counterparty: "openai",
    title: "Meta offered many OpenAI staff signing bonuses of over $100M, says Sam Altman",
    summary:
      "According to OpenAI CEO Sam Altman, Meta offered \"many\" OpenAI employees individual signing " +
      "bonuses of more than 100 million dollars and an annual salary of about the same size.",
    occurred: fuzzy("2025-06-01", "2025-06-30", "month", "Juni 2025"),
    amountUsd: 100_000_000,
    amountQualifier: "more_than",
    amountKind: "compensation",
    status: "reported",
    citations: [
      {
        article: "a003",
        role: "first_report",
        quote:
          "Laut Sam Altman, dem Chef von Open AI, bot Meta „vielen“ OpenAI-Mitarbeitern individuelle Antrittsprämien von über 100 Millionen Dollar und ein Jahresgehalt in etwa derselben Höhe.",
        attribution: "named_source",
        attributedTo: "Sam Altman (OpenAI)",
      },
    ],
  },
  {
    key: "openai-researchers-leave-for-meta",
    type: "departure",
    lab: "openai",
    counterparty: "meta",
    title: "At least seven OpenAI researchers leave for Meta's superintelligence team",
    summary:
      "In an internal memo Meta confirmed, Mark Zuckerberg said at least seven of the OpenAI staff it " +
      "courted had decided to move; OpenAI research chief Mark Chen wrote it felt as if someone had " +
      "broken into their home.",
    occurred: MEMO_DAY,
    headcount: 7,
    headcountQualifier: "at_least",
    status: "confirmed",
    citations: [
      MEMO_DEPARTURES,
      {
        article: "a003",
        role: "company_response",
        quote:
          "In einem internen Brief, über den das Magazin „ Wired “ berichtete, sagte Mark Chen, Forschungsleiter von OpenAI: „Ich habe gerade ein ungutes Gefühl, als wäre jemand in unser Haus eingebrochen und hätte etwas gestohlen.“",
        attribution: "relays_outlet",
        attributedTo: "Wired",
      },
    ],
  },
  {
    key: "scale-ai-ceo-leaves-for-meta",
    type: "departure",
    lab: "scale-ai",
    counterparty: "meta",
    title: "Scale AI CEO Alexandr Wang joins Meta",
    summary: "Scale AI's chief executive Alexandr Wang moves to Meta together with the OpenAI recruits.",
    occurred: MEMO_DAY,
    headcount: 1,
    headcountQualifier: "exact",
    status: "confirmed",
    citations: [
      MEMO_DEPARTURES,
    ],
  },
  {
    key: "anthropic-staff-leave-for-meta",
    type: "departure",
    lab: "anthropic",
    counterparty: "meta",
    title: "Several Anthropic employees leave for Meta",
    summary: "Zuckerberg's memo names several employees of Anthropic among Meta's new hires.",
    occurred: MEMO_DAY,
    status: "confirmed",
    citations: [
      MEMO_DEPARTURES,
    ],
  },
  {
    key: "google-staff-leave-for-meta",
    type: "departure",
    lab: "google",
    counterparty: "meta",
    title: "Several Google employees leave for Meta",
    summary: "Zuckerberg's memo names several employees of Google among Meta's new hires.",
    occurred: MEMO_DAY,
    status: "confirmed",
    citations: [
      MEMO_DEPARTURES,
    ],
  },
  {
    key: "meta-superintelligence-hiring",
    type: "hiring",
    lab: "meta",
    title: "Meta builds a \"superintelligence\" team from hires at OpenAI, Scale AI, Anthropic and Google",
    summary:
      "Meta hires at least seven OpenAI researchers, Scale AI CEO Alexandr Wang and several Anthropic " +
      "and Google employees into a new team for \"superintelligence\"; Zuckerberg announced more hires.",
    occurred: MEMO_DAY,
    status: "confirmed",
    citations: [
      {
        article: "a003",
        role: "first_report",
        quote: "Er kündigte zudem weitere Mitarbeiter an.",
        attribution: "official_statement",
        attributedTo: "Mark Zuckerberg (internes Memo, von Meta bestätigt)",
      },
      {
        article: "a003",
        role: "context",
        quote:
          "Meta möchte seine neuen Mitarbeiter in ein neues Team integrieren, das sich der Entwicklung einer „Superintelligenz“ widmet, einer KI, die das menschliche Verständnis und die Denkfähigkeiten übertrifft.",
        attribution: "own_reporting",
        attributedTo: "AFP",
      },
    ],
  },
  {
    key: "meta-llama-team-turnover",
    type: "departure",
    lab: "meta",
    title: "Most of the developers behind the first Llama model have left Meta",
    summary:
      "A large part of the developers who built the first Llama model in 2023 are said to no longer " +
      "work at Meta; the development team is under internal criticism, according to people familiar " +
      "with the matter cited by the Wall Street Journal.",
    occurred: fuzzy("2023-01-01", "2025-05-31", "range", "seit 2023 (Stand Mai 2025)"),
    status: "reported",
    citations: [
      {
        article: "a001",
        role: "first_report",
        quote:
          "Eines der Probleme ist demnach die Fluktuation im Team: Ein Großteil der Entwickler, die 2023 an der Entstehung des ersten Llama-Modells beteiligt waren, soll mittlerweile nicht mehr bei Meta tätig sein.",
        attribution: "anonymous_sources",
        attributedTo: "Personen, die mit den Vorgängen vertraut sind (via Wall Street Journal)",
      },
    ],
  },
  {
    key: "meta-market-doubts",
    type: "stock_move",
    lab: "meta",
    title: "Investors start to doubt Meta's AI spending despite a near-record share price",
    summary:
      "Although the share price nears a record high and the market value is almost $2 trillion, some " +
      "on Wall Street begin to doubt the spending; Baird analyst Ted Mortonson says shareholders fear " +
      "it is getting out of control.",
    occurred: fuzzy("2025-06-30", "2025-07-06", "week", "Ende Juni / Anfang Juli 2025"),
    amountUsd: 2_000_000_000_000,
    amountQualifier: "almost",
    amountKind: "market_cap",
    status: "reported",
    citations: [
      {
        article: "a003",
        role: "first_report",
        quote:
          "Obwohl sich der Aktienkurs einem historischen Höchststand nähert und die Marktkapitalisierung bei fast 2 Billionen Dollar liegt, kommen an der Wall Street bei manchen langsam Zweifel auf.",
        attribution: "own_reporting",
        attributedTo: "AFP",
      },
      {
        article: "a003",
        role: "context",
        quote: "„Sie befürchten aber auch, dass diese Ausgaben außer Kontrolle geraten.“",
        attribution: "named_source",
        attributedTo: "Ted Mortonson (Baird)",
      },
    ],
  },

  // ── Llama 4 launch ────────────────────────────────────────────────────────────────────────
  {
    key: "llama-4-arena-controversy",
    type: "controversy",
    lab: "meta",
    title: "Meta promoted Llama 4 with a chat-optimised variant on Chatbot Arena",
    summary:
      "Meta advertised the first Llama 4 models with a top place on the Chatbot Arena leaderboard, but " +
      "had submitted a version optimised for chat rather than the publicly released models. Zuckerberg " +
      "had to admit it; the operators said Meta should have disclosed it.",
    occurred: fuzzy("2025-04-01", "2025-04-10", "month_part", "Anfang April 2025 (Start der Llama-4-Reihe)"),
    status: "confirmed",
    citations: [
      {
        article: "a001",
        role: "first_report",
        quote:
          "Der Haken war nur: Meta reichte dort nicht die für die Allgemeinheit freigegebenen Modelle ein, sondern eine Version, die explizit für den Chat-Dienst optimiert waren.",
        attribution: "own_reporting",
      },
      {
        article: "a001",
        role: "company_response",
        quote:
          "Zuckerberg musste das Vorgehen einräumen. Die Betreiber erklärten, Meta hätte mitteilen müssen, dass angepasste Modelle eingereicht worden sind.",
        attribution: "official_statement",
        attributedTo: "Mark Zuckerberg; Betreiber der Chatbot Arena",
      },
    ],
  },
  {
    key: "llama-4-underwhelms",
    type: "benchmark_underperformance",
    lab: "meta",
    model: "llama-4-maverick",
    title: "Llama 4 (Maverick, Scout) disappoints: behind rivals and, for text, behind Llama 3 on LMArena",
    summary:
      "Llama 4 Maverick and Scout were efficient by Meta's own benchmarks but unremarkable against the " +
      "industry; on LMArena's coding ranking Llama 4 trails all major American, Chinese and French " +
      "models and on text even its predecessor Llama 3.",
    occurred: fuzzy("2025-04-01", "2025-04-10", "month_part", "Anfang April 2025 (Veröffentlichung)"),
    status: "reported",
    citations: [
      {
        article: "a001",
        role: "first_report",
        quote:
          "Darüber hinaus waren die Modelle Llama 4 Maverick und Scout laut Metas internen Benchmarks zwar effizient, die Performance sorgte im Branchen-Vergleich aber nicht für Aufsehen.",
        attribution: "own_reporting",
      },
      {
        article: "a003",
        role: "follow_up",
        quote:
          "In der Rangliste der unabhängigen Bewertungsplattform LMArena für das Schreiben von Code rangiert es hinter allen amerikanischen, chinesischen und französischen Schwergewichten und in der Textschnittstelle sogar hinter seinem Vorgänger Llama 3.",
        attribution: "own_reporting",
        attributedTo: "AFP",
      },
    ],
  },

  // ── Other labs in the Behemoth coverage ───────────────────────────────────────────────────
  {
    key: "gpt-5-delays",
    type: "delay",
    lab: "openai",
    model: "gpt-5",
    title: "OpenAI's GPT-5 launch has slipped several times",
    summary:
      "GPT-5 is meant to unite all capabilities in one model; the integration is harder than expected " +
      "and the launch has been postponed several times (as of May 2025).",
    occurred: fuzzy("2025-05-15", "2025-05-31", "range", "undatiert; mehrmals verschoben, Stand Mai 2025"),
    status: "reported",
    citations: [
      {
        article: "a001",
        role: "first_report",
        quote: "Diese Integration ist aber schwerer als gedacht, der Start hat sich daher mehrmals verschoben.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
    ],
  },
  {
    key: "claude-3-5-opus-wait",
    type: "delay",
    lab: "anthropic",
    model: "claude-3-5-opus",
    title: "Claude 3.5 Opus long in the works; Anthropic says it will come soon",
    summary:
      "Anthropic has been working on Claude 3.5 Opus, a larger version of its models, for some time; a " +
      "spokeswoman told the Wall Street Journal it should be released soon.",
    occurred: fuzzy("2025-05-15", "2025-05-31", "range", "seit geraumer Zeit (Stand Mai 2025)"),
    status: "reported",
    citations: [
      {
        article: "a001",
        role: "first_report",
        quote: "Anthropic arbeitet seit geraumer Zeit an Claude 3.5 Opus, einer größeren Version der bisherigen KI-Modelle.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
      {
        article: "a001",
        role: "company_response",
        quote: "Das soll aber bald erscheinen, erklärte eine Anthropic-Sprecherin dem Wall Street Journal.",
        attribution: "official_statement",
        attributedTo: "Anthropic-Sprecherin",
      },
    ],
  },

  // ── 2026: Avocado and xAI ─────────────────────────────────────────────────────────────────
  {
    key: "avocado-weak-benchmarks",
    type: "benchmark_underperformance",
    lab: "meta",
    model: "avocado",
    title: "Meta's \"Avocado\" falls short of rivals on complex reasoning in internal tests",
    summary:
      "Meta's long-awaited model codenamed \"Avocado\" clearly misses current industry standards: " +
      "internal tests show it doing worse than established competitors, especially on multi-step " +
      "reasoning.",
    occurred: fuzzy("2026-03-01", "2026-03-31", "month", "März 2026 (Datum des Berichts erschlossen)"),
    status: "reported",
    citations: [
      {
        article: "a000",
        role: "first_report",
        quote:
          "Interne Tests belegen, dass das unter dem Codenamen \"Avocado\" entwickelte System insbesondere bei komplexen Reasoning-Aufgaben schlechter abschneidet als die etablierten Modelle der Konkurrenz.",
        attribution: "anonymous_sources",
        attributedTo: "interne Tests",
      },
    ],
  },
  {
    key: "meta-layoffs-2026",
    type: "layoff",
    lab: "meta",
    title: "Meta prepares broad job cuts outside core AI development",
    summary:
      "To offset the high costs, Meta is preparing extensive layoffs in areas that do not directly " +
      "contribute to core AI development. No number is given.",
    occurred: fuzzy("2026-03-01", "2026-03-31", "month", "März 2026 (Datum des Berichts erschlossen)"),
    status: "reported",
    citations: [
      {
        article: "a000",
        role: "first_report",
        quote:
          "Um diese hohen Ausgaben an anderer Stelle aufzufangen, bereitet Meta nun einen umfassenden Personalabbau vor.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "xai-architecture-rebuild",
    type: "architecture_problem",
    lab: "xai",
    title: "xAI must rebuild its models from scratch after architecture flaws",
    summary:
      "xAI's developers found the underlying structure of the current models badly designed; the team " +
      "must discard the code base and rebuild it, which sets the schedule back by months and makes " +
      "past compute worthless.",
    occurred: fuzzy("2026-03-01", "2026-03-31", "month", "März 2026 (Datum des Berichts erschlossen)"),
    status: "reported",
    citations: [
      {
        article: "a000",
        role: "first_report",
        quote:
          "Die Entwickler haben realisiert, dass die zugrunde liegende Struktur der aktuellen Modelle unsauber entworfen wurde.",
        attribution: "own_reporting",
      },
      {
        article: "a000",
        role: "context",
        quote:
          "Ein derartiger Schritt wirft den Zeitplan des Unternehmens um Monate zurück und macht bisherige Rechenzeit wertlos.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "xai-cofounder-exits",
    type: "departure",
    lab: "xai",
    title: "Several xAI co-founders and leading engineers have left",
    summary:
      "Several co-founders and leading programmers have left xAI in recent weeks, making the rebuild " +
      "harder. No number is given.",
    occurred: fuzzy("2026-02-01", "2026-03-31", "range", "in den vergangenen Wochen"),
    status: "reported",
    citations: [
      {
        article: "a000",
        role: "first_report",
        quote: "Mehrere Mitbegründer und führende Programmierer haben xAI in den vergangenen Wochen verlassen.",
        attribution: "own_reporting",
      },
    ],
  },
];

/** Llama 4 Behemoth's planned release dates, in the order Meta held them. */
export const commitments: SeedCommitment[] = [
  {
    model: "llama-4-behemoth",
    sequence: 1,
    planned: fuzzy("2025-04-21", "2025-04-30", "month_part", "Ende April (LlamaCon)"),
    article: "a001",
    quote:
      "Final vorgestellt werden sollte es eigentlich Ende April bei Metas KI-Konferenz, die Leistung reicht aber nicht aus.",
  },
  {
    model: "llama-4-behemoth",
    sequence: 2,
    planned: fuzzy("2025-06-01", "2025-06-30", "month", "Juni"),
    article: "a001",
    quote: "Ursprünglich visierte Meta den Juni an, jetzt steht der Herbst als Termin im Raum.",
  },
  {
    model: "llama-4-behemoth",
    sequence: 3,
    planned: fuzzy("2025-09-01", "2025-11-30", "season", "Herbst oder später", true),
    article: "a002",
    quote:
      "Ursprünglich war die Markteinführung für den letzten Monat beim Llamacon-Event vorgesehen, dann auf Juni verschoben worden, doch nun wird der Start auf den Herbst oder später verschoben.",
  },
];
