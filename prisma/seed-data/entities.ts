import { fuzzy, type SeedArticle, type SeedLab, type SeedModel, type SeedPublisher } from "./types";

/**
 * Labs, models, publishers and the five seed articles. Names and aliases include the German
 * inflections the articles use ("Metas", "xAIs", "Googles") so the extraction assistant and
 * search can find them.
 */

/** "Anfang April" 2025 (a003): when the first Llama 4 models came out. */
const LLAMA_4_START = fuzzy("2025-04-01", "2025-04-10", "month_part", "Anfang April");

/** Maverick and Scout came out together, reported in one sentence of a003. */
const LLAMA_4_RELEASE: SeedModel["history"][number] = {
  status: "released",
  at: LLAMA_4_START,
  article: "a003",
  note: "Llama 4 released at the start of April",
};

/** Undated articles relaying the Wall Street Journal's report of 15 May 2025: from then to the end of May. */
const afterTheWsjReport = (text: string) => fuzzy("2025-05-15", "2025-05-31", "range", text);

export const publishers: SeedPublisher[] = [
  { slug: "wsj", name: "The Wall Street Journal", domain: "wsj.com", language: "en", country: "US" },
  { slug: "afp", name: "Agence France-Presse (AFP)", domain: "afp.com", language: "fr", country: "FR" },
  { slug: "wired", name: "Wired", domain: "wired.com", language: "en", country: "US" },
  // 003 ends with this name as its source line; the text does not say which edition.
  { slug: "eleconomista", name: "elEconomista", language: "es" },
];

export const labs: SeedLab[] = [
  {
    slug: "meta",
    name: "Meta",
    aliases: ["Meta Platforms", "Facebook", "Metas", "Meta-Konzern", "Meta-Aktie"],
    website: "https://about.meta.com",
    country: "US",
    description: "Facebook's parent; builds the Llama models.",
  },
  {
    slug: "xai",
    name: "xAI",
    aliases: ["xAIs", "X.AI"],
    website: "https://x.ai",
    country: "US",
    description: "Elon Musk's AI company.",
  },
  { slug: "openai", name: "OpenAI", aliases: ["Open AI", "OpenAIs"], website: "https://openai.com", country: "US" },
  { slug: "anthropic", name: "Anthropic", aliases: ["Anthropics"], website: "https://www.anthropic.com", country: "US" },
  {
    slug: "google",
    name: "Google",
    aliases: ["Alphabet", "Googles", "Google DeepMind"],
    website: "https://about.google",
    country: "US",
  },
  {
    slug: "scale-ai",
    name: "Scale AI",
    aliases: ["Scale-AI", "Scale"],
    website: "https://scale.com",
    country: "US",
    description: "Data-labelling company for AI training.",
  },
  { slug: "perplexity-ai", name: "Perplexity AI", aliases: ["Perplexity"], website: "https://www.perplexity.ai", country: "US" },
  { slug: "runway", name: "Runway", aliases: ["Runway ML"], website: "https://runwayml.com", country: "US" },
  { slug: "microsoft", name: "Microsoft", aliases: ["Microsofts"], website: "https://www.microsoft.com", country: "US" },
  { slug: "nvidia", name: "Nvidia", aliases: ["NVIDIA", "Nvidias"], website: "https://www.nvidia.com", country: "US" },
];

export const models: SeedModel[] = [
  {
    slug: "llama-4-behemoth",
    name: "Llama 4 Behemoth",
    lab: "meta",
    family: "Llama 4",
    aliases: ["Behemoth", "Llama-4-Behemoth"],
    status: "delayed",
    description: "Meta's largest Llama 4 model, announced with the series and repeatedly delayed.",
    history: [
      {
        status: "announced",
        at: LLAMA_4_START,
        article: "a001",
        note: "announced with the first Llama 4 models",
      },
      {
        status: "delayed",
        at: fuzzy("2025-05-01", "2025-05-31", "month", "Mai 2025 (Bericht des Wall Street Journal)"),
        article: "a001",
        note: "launch moved to fall or later",
      },
    ],
  },
  {
    slug: "llama-4-maverick",
    name: "Llama 4 Maverick",
    lab: "meta",
    family: "Llama 4",
    aliases: ["Maverick"],
    status: "released",
    history: [
      LLAMA_4_RELEASE,
    ],
  },
  {
    slug: "llama-4-scout",
    name: "Llama 4 Scout",
    lab: "meta",
    family: "Llama 4",
    aliases: ["Scout"],
    status: "released",
    history: [
      LLAMA_4_RELEASE,
    ],
  },
  {
    slug: "llama-3",
    name: "Llama 3",
    lab: "meta",
    family: "Llama 3",
    aliases: ["LLaMA-3", "Llama-3"],
    status: "released",
    history: [],
  },
  {
    slug: "llama-1",
    name: "Llama (first generation)",
    lab: "meta",
    family: "Llama",
    aliases: ["LLaMA", "erstes Llama-Modell"],
    status: "released",
    history: [
      {
        status: "released",
        at: fuzzy("2023-01-01", "2023-12-31", "year", "2023"),
        article: "a001",
        note: "the first Llama model, built in 2023",
      },
    ],
  },
  {
    slug: "avocado",
    name: "Avocado",
    lab: "meta",
    aliases: ["Avocado (Codename)"],
    status: "in_development",
    description: "Codename of Meta's next large model after Llama 4.",
    history: [
      {
        status: "in_development",
        at: fuzzy("2026-03-01", "2026-03-31", "month", "März 2026 (Datum des Berichts erschlossen)"),
        article: "a000",
        note: "internal tests reported as weak",
      },
    ],
  },
  {
    slug: "gpt-5",
    name: "GPT-5",
    lab: "openai",
    family: "GPT",
    aliases: ["GPT5"],
    status: "delayed",
    history: [
      {
        status: "delayed",
        at: fuzzy("2025-05-15", "2025-05-31", "range", "bis Mai 2025 mehrmals verschoben"),
        article: "a001",
      },
    ],
  },
  { slug: "gpt-4", name: "GPT-4", lab: "openai", family: "GPT", aliases: ["GPT4"], status: "released", history: [] },
  {
    slug: "claude-3-5-opus",
    name: "Claude 3.5 Opus",
    lab: "anthropic",
    family: "Claude 3.5",
    aliases: ["Claude-3.5-Opus"],
    status: "in_development",
    history: [
      {
        status: "in_development",
        at: fuzzy("2025-05-15", "2025-05-31", "range", "seit geraumer Zeit (Stand Mai 2025)"),
        article: "a001",
      },
    ],
  },
];

/*
 * Publication dates: none of the five texts carries a dateline. Each date below is inferred from
 * what the text itself dates (weekday references, "last month", the events it reports) and the
 * `text` says so; the precision is as coarse as that inference allows.
 */
export const articles: SeedArticle[] = [
  {
    key: "a000",
    file: "000_c448883d09e2808c.txt",
    title: "Warum zwei Tech-Giganten plötzlich im KI-Rennen zurückfallen",
    author: "Andreas Becker",
    language: "de",
    published: fuzzy(
      "2026-03-01",
      "2026-03-31",
      "month",
      "undatiert; erschlossen aus dem Inhalt (Avocado-Tests, Neuaufbau bei xAI): März 2026",
    ),
    summaryEn:
      "Meta and xAI are falling behind OpenAI, Anthropic and Google: Meta's model codenamed " +
      "\"Avocado\" does worse than rivals on complex reasoning in internal tests and Meta is preparing " +
      "broad job cuts outside core AI work; at xAI, flaws in the model architecture force a rebuild " +
      "from scratch that sets the schedule back by months, while several co-founders and leading " +
      "engineers have left in recent weeks.",
  },
  {
    key: "a001",
    file: "001_ae96c7f18c7de5f6.txt",
    title: "Schlappe für Zuckerberg: Metas KI-Spitzenmodell Llama 4 Behemoth verzögert sich",
    originalReporter: "wsj",
    language: "de",
    published: afterTheWsjReport("undatiert; nach dem Bericht des Wall Street Journal vom 15. Mai 2025"),
    summaryEn:
      "Relaying the Wall Street Journal: Llama 4 Behemoth, announced in early April and meant to be " +
      "presented at Meta's AI conference at the end of April, slips again — Meta had aimed for June, " +
      "now fall is under discussion, possibly later — because its gains over predecessors and rivals " +
      "are too small. Meta plans up to $72B of spending this year. Most of the developers behind the " +
      "first Llama model in 2023 have reportedly left. Llama 4's launch was bumpy (a chat-optimised " +
      "variant was submitted to Chatbot Arena; Maverick and Scout did not impress). OpenAI's GPT-5 has " +
      "been delayed several times and Anthropic's Claude 3.5 Opus is long in the works.",
  },
  {
    key: "a002",
    file: "002_0e1da7fb2dd20eeb.txt",
    title:
      "Meta verzögert die Veröffentlichung des Llama 4 „Behemoth“ KI-Modells, während die Branche ihre Skalierungsstrategien neu überdenkt",
    originalReporter: "wsj",
    language: "de",
    published: afterTheWsjReport(
      "undatiert; „letzten Monat“ = LlamaCon (April 2025), also Mai 2025, nach dem WSJ-Bericht vom 15. Mai",
    ),
    summaryEn:
      "Meta has delayed Behemoth, the largest model of the Llama 4 series: planned for LlamaCon last " +
      "month, then moved to June, now to fall or later. Citing the Wall Street Journal, internal " +
      "evaluations suggest it may not be significantly better than earlier models, adding to doubts " +
      "about scaling alone.",
  },
  {
    key: "a003",
    file: "003_ffe39b177d18650f.txt",
    title: "Metas millionenschwerer Kampf um die Führung in der generativen KI-Entwicklung",
    publisher: "eleconomista",
    originalReporter: "afp",
    language: "de",
    published: fuzzy(
      "2025-06-30",
      "2025-07-06",
      "week",
      "undatiert; nach Zuckerbergs Memo „am Montag“ (30. Juni 2025)",
    ),
    summaryEn:
      "Meta is spending billions on AI talent: in mid-June it paid more than $14B for 49% of Scale AI; " +
      "it approached Ilya Sutskever, Perplexity AI and Runway; according to Sam Altman it offered many " +
      "OpenAI staff signing bonuses above $100M. Zuckerberg's memo says at least seven of them decided " +
      "to join, as did Scale AI CEO Alexandr Wang and several Anthropic and Google staff. Llama 4 " +
      "disappointed on LMArena. Investors begin to doubt the spending despite a near-record share price " +
      "and a market value of almost $2 trillion.",
  },
  {
    key: "a004",
    file: "004_25b255c31e04a167.txt",
    title: "Meta muss Einführung seines neuesten KI-Flaggschiffs verschieben",
    originalReporter: "wsj",
    language: "de",
    published: fuzzy(
      "2025-05-15",
      "2025-05-18",
      "range",
      "undatiert; „am Donnerstag“ des WSJ-Berichts (15. Mai 2025) oder kurz danach",
    ),
    summaryEn:
      "Citing the Wall Street Journal, Meta must postpone its newest AI flagship; the news came on " +
      "Thursday and the share slid 2.2%. Around $40B of investment is forecast for 2024. Insiders say " +
      "the problem is model quality and the integration into the platform architecture.",
  },
];
