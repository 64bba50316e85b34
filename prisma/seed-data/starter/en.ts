import {
  fuzzy,
  type SeedCommitment,
  type SeedEvent,
  type SeedLab,
  type SeedModel,
  type SeedPublisher,
} from "../types";
import type { StarterArticle, StarterPack } from "./types";

/**
 * English real articles of the starter pack (issue 9 §1), labelled by hand following
 * docs/labelling.md. Only the opening of most pages was available: those are stored as excerpts
 * (`excerpt: true`) and shown with a link to the original. Where a page's opening starts below its
 * headline, the first line of the text file is the headline as the page's address spells it.
 */

const day = (iso: string, text: string) => fuzzy(iso, iso, "day", text);

const publishers: SeedPublisher[] = [
  {
    slug: "los-angeles-times",
    name: "Los Angeles Times",
    domain: "latimes.com",
    language: "en",
    country: "US",
  },
  {
    slug: "the-sun-malaysia",
    name: "The Sun (Malaysia)",
    domain: "thesun.my",
    language: "en",
    country: "MY",
  },
  { slug: "india-today", name: "India Today", domain: "indiatoday.in", language: "en", country: "IN" },
  { slug: "vice", name: "Vice", domain: "vice.com", language: "en", country: "US" },
  {
    slug: "android-central",
    name: "Android Central",
    domain: "androidcentral.com",
    language: "en",
    country: "US",
  },
  {
    slug: "straits-times",
    name: "The Straits Times",
    domain: "straitstimes.com",
    language: "en",
    country: "SG",
  },
  { slug: "benzinga", name: "Benzinga", domain: "benzinga.com", language: "en", country: "US" },
  {
    slug: "sf-standard",
    name: "The San Francisco Standard",
    domain: "sfstandard.com",
    language: "en",
    country: "US",
  },
  {
    slug: "datacenter-dynamics",
    name: "DatacenterDynamics",
    domain: "datacenterdynamics.com",
    language: "en",
    country: "GB",
  },
  {
    slug: "toms-hardware",
    name: "Tom's Hardware",
    domain: "tomshardware.com",
    language: "en",
    country: "US",
  },
  { slug: "news4jax", name: "News4JAX (WJXT)", domain: "news4jax.com", language: "en", country: "US" },
  { slug: "axios", name: "Axios", domain: "axios.com", language: "en", country: "US" },
  { slug: "computing", name: "Computing", domain: "computing.co.uk", language: "en", country: "GB" },
  { slug: "ndtv-profit", name: "NDTV Profit", domain: "ndtvprofit.com", language: "en", country: "IN" },
  {
    slug: "channel-newsasia",
    name: "CNA (Channel NewsAsia)",
    domain: "channelnewsasia.com",
    language: "en",
    country: "SG",
  },
  { slug: "newsbytes", name: "NewsBytes", domain: "newsbytesapp.com", language: "en", country: "IN" },
  { slug: "newser", name: "Newser", domain: "newser.com", language: "en", country: "US" },
  {
    slug: "nigerian-tribune",
    name: "Nigerian Tribune",
    domain: "tribuneonlineng.com",
    language: "en",
    country: "NG",
  },
  { slug: "marketdash", name: "MarketDash", domain: "marketdash.io", language: "en", country: "US" },
  { slug: "webpronews", name: "WebProNews", domain: "webpronews.com", language: "en", country: "US" },
  {
    slug: "profit-pakistan-today",
    name: "Profit (Pakistan Today)",
    domain: "profit.pakistantoday.com.pk",
    language: "en",
    country: "PK",
  },
  {
    slug: "wonderful-engineering",
    name: "Wonderful Engineering",
    domain: "wonderfulengineering.com",
    language: "en",
    country: "US",
  },
  { slug: "techstrong-ai", name: "Techstrong.ai", domain: "techstrong.ai", language: "en", country: "US" },
  { slug: "nbc-bay-area", name: "NBC Bay Area", domain: "nbcbayarea.com", language: "en", country: "US" },
  { slug: "pingwest", name: "PingWest", domain: "pingwest.com", language: "en", country: "CN" },
  {
    slug: "asia-financial",
    name: "Asia Financial",
    domain: "asiafinancial.com",
    language: "en",
    country: "HK",
  },
  {
    slug: "dataquest-india",
    name: "Dataquest (DQ India)",
    domain: "dqindia.com",
    language: "en",
    country: "IN",
  },
  { slug: "gadinsider", name: "GadInsider", domain: "gadinsider.com", language: "en", country: "PK" },
  { slug: "officechai", name: "OfficeChai", domain: "officechai.com", language: "en", country: "IN" },
  { slug: "upi", name: "United Press International (UPI)", domain: "upi.com", language: "en", country: "US" },
  { slug: "storyboard18", name: "Storyboard18", domain: "storyboard18.com", language: "en", country: "IN" },
  { slug: "techradar", name: "TechRadar", domain: "techradar.com", language: "en", country: "GB" },
  { slug: "tweaktown", name: "TweakTown", domain: "tweaktown.com", language: "en", country: "AU" },
  { slug: "shacknews", name: "Shacknews", domain: "shacknews.com", language: "en", country: "US" },
  { slug: "nextpit", name: "nextpit", domain: "nextpit.com", language: "en", country: "DE" },
  { slug: "idrop-news", name: "iDrop News", domain: "idropnews.com", language: "en", country: "US" },
  { slug: "techweez", name: "Techweez", domain: "techweez.com", language: "en", country: "KE" },
  {
    slug: "ifr",
    name: "IFR (International Financing Review)",
    domain: "ifre.com",
    language: "en",
    country: "GB",
  },
  {
    slug: "analytics-india-magazine",
    name: "Analytics India Magazine",
    domain: "analyticsindiamag.com",
    language: "en",
    country: "IN",
  },
  {
    slug: "nz-herald",
    name: "The New Zealand Herald",
    domain: "nzherald.co.nz",
    language: "en",
    country: "NZ",
  },
  { slug: "nasdaq", name: "Nasdaq.com", domain: "nasdaq.com", language: "en", country: "US" },
  {
    slug: "digital-watch",
    name: "Digital Watch Observatory",
    domain: "dig.watch",
    language: "en",
    country: "CH",
  },
  { slug: "zdnet", name: "ZDNET", domain: "zdnet.com", language: "en", country: "US" },
  { slug: "japan-times", name: "The Japan Times", domain: "japantimes.co.jp", language: "en", country: "JP" },
  {
    slug: "yahoo-news-au",
    name: "Yahoo Lifestyle Australia",
    domain: "yahoo.com",
    language: "en",
    country: "AU",
  },
  { slug: "sherwood-news", name: "Sherwood News", domain: "sherwood.news", language: "en", country: "US" },
  { slug: "winbuzzer", name: "WinBuzzer", domain: "winbuzzer.com", language: "en", country: "US" },
  { slug: "econotimes", name: "EconoTimes", domain: "econotimes.com", language: "en", country: "US" },
  {
    slug: "the-eastafrican",
    name: "The EastAfrican",
    domain: "theeastafrican.co.ke",
    language: "en",
    country: "KE",
  },
  // Outlets the articles credit ("according to …"); their own pages are not in the pack.
  {
    slug: "business-insider",
    name: "Business Insider",
    domain: "businessinsider.com",
    language: "en",
    country: "US",
  },
  { slug: "reuters", name: "Reuters", domain: "reuters.com", language: "en", country: "GB" },
  {
    slug: "the-information",
    name: "The Information",
    domain: "theinformation.com",
    language: "en",
    country: "US",
  },
  {
    slug: "associated-press",
    name: "The Associated Press",
    domain: "apnews.com",
    language: "en",
    country: "US",
  },
  { slug: "cnbc", name: "CNBC", domain: "cnbc.com", language: "en", country: "US" },
  {
    slug: "washington-post",
    name: "The Washington Post",
    domain: "washingtonpost.com",
    language: "en",
    country: "US",
  },
  { slug: "the-verge", name: "The Verge", domain: "theverge.com", language: "en", country: "US" },
  { slug: "financial-times", name: "Financial Times", domain: "ft.com", language: "en", country: "GB" },
  { slug: "techcrunch", name: "TechCrunch", domain: "techcrunch.com", language: "en", country: "US" },
  { slug: "bloomberg", name: "Bloomberg", domain: "bloomberg.com", language: "en", country: "US" },
];

const labs: SeedLab[] = [
  {
    slug: "apple",
    name: "Apple",
    aliases: ["Apple Inc.", "Apples"],
    website: "https://www.apple.com",
    country: "US",
  },
  {
    slug: "inflection-ai",
    name: "Inflection AI",
    aliases: ["Inflection", "Inflections"],
    website: "https://inflection.ai",
    country: "US",
    description: "Maker of the Pi chatbot; most of its staff moved to Microsoft in March 2024.",
  },
  {
    slug: "stability-ai",
    name: "Stability AI",
    aliases: ["Stability", "Stability AIs"],
    website: "https://stability.ai",
    country: "GB",
    description: "London-based maker of Stable Diffusion.",
  },
  {
    slug: "amazon",
    name: "Amazon",
    aliases: ["Amazon.com", "Amazon.com Inc.", "AWS", "Amazon Web Services", "Amazons"],
    website: "https://www.amazon.com",
    country: "US",
  },
  {
    slug: "deepseek",
    name: "DeepSeek",
    aliases: ["DeepSeeks", "Deepseek"],
    website: "https://www.deepseek.com",
    country: "CN",
  },
  {
    slug: "mistral-ai",
    name: "Mistral AI",
    aliases: ["Mistral", "Mistrals"],
    website: "https://mistral.ai",
    country: "FR",
    description: "Paris-based developer of open and commercial language models.",
  },
  { slug: "asml", name: "ASML", aliases: ["ASML Holding"], website: "https://www.asml.com", country: "NL" },
  {
    slug: "character-ai",
    name: "Character.AI",
    aliases: ["Character AI", "Character-AI"],
    website: "https://character.ai",
    country: "US",
  },
  {
    slug: "baidu",
    name: "Baidu",
    aliases: ["Baidus", "Baidu Inc."],
    website: "https://www.baidu.com",
    country: "CN",
  },
  {
    slug: "alibaba",
    name: "Alibaba",
    aliases: ["Alibaba Group", "Alibaba Cloud", "Alibabas"],
    website: "https://www.alibabagroup.com",
    country: "CN",
  },
  {
    slug: "samsung",
    name: "Samsung",
    aliases: ["Samsung Electronics", "Samsungs"],
    website: "https://www.samsung.com",
    country: "KR",
  },
];

const models: SeedModel[] = [
  {
    slug: "gpt-oss",
    name: "gpt-oss",
    lab: "openai",
    family: "gpt-oss",
    aliases: ["OpenAI open-weight model", "open model", "open-weights model", "gpt-oss-120b", "gpt-oss-20b"],
    status: "released",
    description: "OpenAI's first open-weight language model since GPT-2; delayed twice in summer 2025.",
    history: [
      {
        status: "delayed",
        at: day("2025-07-11", "on Friday"),
        article: "en003",
        note: "release planned for the following week postponed indefinitely",
      },
    ],
  },
  {
    slug: "siri",
    name: "Siri",
    lab: "apple",
    aliases: ["personalized Siri", "more personalized Siri", "Siris"],
    status: "delayed",
    description:
      "Apple's voice assistant; its more personal, Apple Intelligence version was delayed in 2025.",
    history: [
      {
        status: "delayed",
        at: day("2025-03-07", "last Friday"),
        article: "en004",
        note: "personal Siri features delayed",
      },
    ],
  },
  {
    slug: "gemini-1-0",
    name: "Gemini 1.0",
    lab: "google",
    family: "Gemini",
    aliases: ["Gemini", "Gemini Ultra", "Gemini Pro"],
    status: "released",
    description: "Google's first Gemini model generation, unveiled in December 2023.",
    history: [],
  },
  {
    slug: "blackwell",
    name: "Nvidia Blackwell",
    lab: "nvidia",
    family: "Blackwell",
    aliases: ["Blackwell", "B100", "B200", "GB200", "Blackwell B200"],
    status: "released",
    description:
      "Nvidia's AI GPU generation after Hopper (B100, B200, GB200); delayed by a design flaw in 2024.",
    history: [
      {
        status: "delayed",
        at: fuzzy("2024-07-29", "2024-08-02", "week", "this week"),
        article: "en009",
        note: "design flaw found late; large shipments moved to early 2025",
      },
    ],
  },
  {
    slug: "deepseek-r2",
    name: "DeepSeek R2",
    lab: "deepseek",
    family: "DeepSeek R",
    aliases: ["R2", "DeepSeek-R2"],
    status: "delayed",
    description: "Successor to DeepSeek's R1 reasoning model, planned for May 2025.",
    history: [],
  },
  {
    slug: "grok-5",
    name: "Grok 5",
    lab: "xai",
    family: "Grok",
    aliases: ["Grok-5"],
    status: "delayed",
    description:
      "xAI's model after Grok 4, announced with 6 trillion parameters; moved from late 2025 to early 2026.",
    history: [
      { status: "delayed", at: day("2025-11-14", "on Friday"), article: "en021", note: "moved to Q1 2026" },
    ],
  },
  {
    slug: "grok-3",
    name: "Grok 3",
    lab: "xai",
    family: "Grok",
    aliases: ["Grok-3"],
    status: "released",
    description: "xAI's model promised for the end of 2024 and launched in February 2025.",
    history: [],
  },
  {
    slug: "claude-3-5-opus",
    name: "Claude 3.5 Opus",
    lab: "anthropic",
    family: "Claude",
    aliases: ["Claude-3.5-Opus"],
    status: "shelved",
    description: "Announced successor to Claude 3 Opus; references were removed and it was not released.",
    history: [],
  },
  {
    slug: "alexa-plus",
    name: "Alexa+",
    lab: "amazon",
    family: "Alexa",
    aliases: ["Alexa Plus", "new Alexa", "Remarkable Alexa"],
    status: "released",
    description: "Amazon's generative-AI version of its Alexa voice assistant.",
    history: [],
  },
  {
    slug: "apple-intelligence-news-summaries",
    name: "Apple Intelligence notification summaries",
    lab: "apple",
    family: "Apple Intelligence",
    aliases: ["news summarizer", "notification summaries"],
    status: "released",
    description:
      "Apple Intelligence feature that summarises notifications; paused for news apps in January 2025 after errors.",
    history: [],
  },
  {
    slug: "ernie-bot",
    name: "Ernie Bot",
    lab: "baidu",
    family: "ERNIE",
    aliases: ["Ernie", "ERNIE Bot", "Wenxin Yiyan"],
    status: "released",
    history: [],
  },
  {
    slug: "gpt-5",
    name: "GPT-5",
    lab: "openai",
    family: "GPT",
    aliases: ["ChatGPT-5", "GPT5", "Orion"],
    status: "released",
    description:
      "OpenAI's flagship model after GPT-4; expected several times before its release in August 2025.",
    history: [],
  },
  {
    slug: "sora",
    name: "Sora",
    lab: "openai",
    aliases: ["Sora Turbo", "OpenAI Sora"],
    status: "released",
    description: "OpenAI's text-to-video model, previewed in February 2024 and released in December 2024.",
    history: [],
  },
  {
    slug: "o3",
    name: "o3",
    lab: "openai",
    family: "o-series",
    aliases: ["OpenAI o3", "full o3"],
    status: "released",
    description:
      "OpenAI reasoning model; its standalone release was cancelled in February 2025, then reinstated in April.",
    history: [],
  },
  {
    slug: "bard",
    name: "Bard",
    lab: "google",
    aliases: ["Google Bard"],
    status: "released",
    description: "Google's chatbot announced in February 2023, later renamed Gemini.",
    history: [],
  },
];

const articles: StarterArticle[] = [
  {
    key: "en001",
    file: "en-001-xai-lays-off-500-ai-tutors.txt",
    title: "Elon Musk's xAI lays off 500 AI tutors working on Grok",
    url: "https://www.latimes.com/business/story/2025-09-15/elon-musks-xai-lays-off-500-ai-tutors-working-on-grok",
    excerpt: true,
    publisher: "los-angeles-times",
    originalReporter: "business-insider",
    language: "en",
    published: day("2025-09-15", "2025-09-15 (date on the page)"),
    summaryEn:
      "xAI laid off 500 workers of its data annotation team that trains Grok, pivoting to specialist AI tutors it wants to grow tenfold; nine people had left the team the week before.",
  },
  {
    key: "en002",
    file: "en-002-xai-lays-off-data-annotators.txt",
    title: "Musk's xAI lays off hundreds of data annotators, Business Insider reports",
    url: "https://thesun.my/business-news/musk-s-xai-lays-off-hundreds-of-data-annotators-business-insider-reports-EF14888792",
    excerpt: true,
    publisher: "the-sun-malaysia",
    originalReporter: "reuters",
    language: "en",
    published: day("2025-09-13", "2025-09-13 (date on the page)"),
    summaryEn:
      "Reuters copy relaying Business Insider: xAI laid off at least 500 data annotators; its finance chief Mike Liberatore had left around the end of July.",
  },
  {
    key: "en003",
    file: "en-003-openai-delays-open-model-again.txt",
    title: "OpenAI delays open AI model again, Sam Altman says he doesn't know how long it will take",
    url: "https://www.indiatoday.in/technology/news/story/openai-delays-open-ai-model-again-sam-altman-says-he-doesnt-know-how-long-it-will-take-2754754-2025-07-12",
    excerpt: true,
    publisher: "india-today",
    language: "en",
    published: day("2025-07-12", "2025-07-12 (date in the page's address)"),
    summaryEn:
      "Sam Altman postponed OpenAI's open-weight model indefinitely for more safety tests; it had been due earlier in the summer and then the following week.",
  },
  {
    key: "en004",
    file: "en-004-next-big-siri-update-delayed.txt",
    title: "Next big Siri update delayed",
    url: "https://www.vice.com/en/article/next-big-siri-update-delayed/",
    excerpt: true,
    publisher: "vice",
    language: "en",
    published: fuzzy(
      "2025-03-08",
      "2025-03-14",
      "range",
      "undatiert; Apple's statement of Friday 7 March 2025 is 'last Friday'",
    ),
    summaryEn:
      "Apple's personal Siri features, planned for iOS 18.4 in April 2025, were postponed; Apple said it anticipates rolling them out in the coming year.",
  },
  {
    key: "en005",
    file: "en-005-google-gemini-delayed-again.txt",
    title: "Google Gemini delayed again",
    url: "https://www.androidcentral.com/apps-software/google-gemini-delayed-again",
    excerpt: true,
    publisher: "android-central",
    originalReporter: "the-information",
    language: "en",
    published: fuzzy(
      "2023-12-02",
      "2023-12-05",
      "range",
      "undatiert; relays The Information's report of 2 December 2023, before Gemini's unveiling on 6 December",
    ),
    summaryEn:
      "The Information reported that Google quietly delayed Gemini's unveiling because the model did not reliably handle some non-English queries; an earlier report had said early 2024.",
  },
  {
    key: "en006",
    file: "en-006-microsoft-to-pay-inflection-ai.txt",
    title: "Microsoft to pay Inflection AI S$873 million after scooping up most of its staff",
    url: "https://www.straitstimes.com/business/microsoft-to-pay-inflection-ai-873-million-after-scooping-up-most-of-its-staff",
    excerpt: true,
    publisher: "straits-times",
    originalReporter: "bloomberg",
    language: "en",
    published: day("2024-03-22", "2024-03-22 (date on the page)"),
    summaryEn:
      "Microsoft agreed to pay Inflection AI $650 million, mostly to license its models, after hiring its co-founders and most of its 70 staff; Inflection seeks a partial refund from CoreWeave.",
  },
  {
    key: "en007",
    file: "en-007-microsoft-inflection-650m.txt",
    title: "Microsoft Could Buy Inflection AI's Tech And Brains For $650M Without Actually Buying Them",
    url: "https://www.benzinga.com/news/24/03/37885023/microsoft-could-buy-inflection-ais-tech-and-brains-for-650m-without-actually-buying-them",
    excerpt: true,
    publisher: "benzinga",
    originalReporter: "bloomberg",
    language: "en",
    published: day("2024-03-21", "2024-03-21 (date on the page)"),
    summaryEn:
      "Relaying Bloomberg: Microsoft pays Inflection AI $620 million for a licence and $30 million for waived legal rights after hiring most of its staff; Microsoft and Nvidia had invested $1.3 billion in June 2023.",
  },
  {
    key: "en008",
    file: "en-008-anthropic-settlement-book-authors.txt",
    title: "Anthropic agrees to $1.5 billion settlement with book authors",
    url: "https://sfstandard.com/2025/09/05/anthropic-agrees-1-5-billion-settlement-book-authors/",
    excerpt: true,
    publisher: "sf-standard",
    language: "en",
    published: day("2025-09-05", "2025-09-05 (date in the page's address)"),
    summaryEn:
      "Anthropic agreed to pay $1.5 billion to authors and publishers, about $3,000 per work, after a judge found it had illegally downloaded and stored millions of books.",
  },
  {
    key: "en009",
    file: "en-009-nvidia-delays-blackwell-gpus.txt",
    title: "Nvidia delays Blackwell GPUs, impacting hyperscaler data center plans - report",
    url: "https://www.datacenterdynamics.com/en/news/nvidia-delays-blackwell-gpus-impacting-hyperscaler-data-center-plans-report/",
    excerpt: false,
    publisher: "datacenter-dynamics",
    originalReporter: "the-information",
    language: "en",
    published: fuzzy(
      "2024-08-03",
      "2024-08-09",
      "range",
      "undatiert; relays The Information's report of Friday 2 August 2024",
    ),
    summaryEn:
      "Design flaws found by TSMC delay Nvidia's Blackwell GPUs by three months or more, to early 2025, hitting Google's and Meta's multi-billion-dollar orders.",
  },
  {
    key: "en010",
    file: "en-010-nvidia-blackwell-delayed-design-flaws.txt",
    title:
      "Nvidia Blackwell GPUs allegedly delayed due to design flaws — launch expected to be pushed back by three months or more",
    url: "https://tomshardware.com/pc-components/gpus/nvidia-blackwell-gpus-allegedly-delayed-due-to-design-flaws",
    excerpt: true,
    publisher: "toms-hardware",
    originalReporter: "the-information",
    language: "en",
    published: fuzzy(
      "2024-08-03",
      "2024-08-09",
      "range",
      "undatiert; reports the news of 2 August 2024 (The Information, Bloomberg)",
    ),
    summaryEn:
      "Nvidia's Blackwell AI GPUs slip from a fourth-quarter 2024 launch to possibly the first quarter of 2025 because of design flaws, anonymous sources say.",
  },
  {
    key: "en011",
    file: "en-011-openai-murati-and-two-execs-leaving.txt",
    title: "OpenAI Chief Technology Officer Mira Murati and 2 other execs are leaving the ChatGPT maker",
    url: "https://news4jax.com/business/2024/09/25/openai-exec-mira-murati-says-shes-leaving-artificial-intelligence-company",
    excerpt: true,
    publisher: "news4jax",
    originalReporter: "associated-press",
    language: "en",
    published: day("2024-09-25", "2024-09-25 (date in the page's address)"),
    summaryEn:
      "AP: OpenAI's CTO Mira Murati, chief research officer Bob McGrew and research leader Barret Zoph are leaving, after Sutskever, Leike and Schulman left earlier in 2024.",
  },
  {
    key: "en012",
    file: "en-012-stability-ceo-resigns.txt",
    title: "Stability AI CEO resigns",
    url: "https://www.axios.com/2024/03/23/artificial-intelligence-stability-ceo-resigns",
    excerpt: true,
    publisher: "axios",
    language: "en",
    published: day("2024-03-23", "2024-03-23 (date on the page)"),
    summaryEn:
      "Emad Mostaque stepped down as Stability AI's CEO and from its board; COO Shan Shan Wong and CTO Christian Laforte became interim co-CEOs.",
  },
  {
    key: "en013",
    file: "en-013-stability-ceo-mostaque-resigns.txt",
    title: "Stability AI CEO Emad Mostaque resigns, advocates for decentralised governance in AI",
    url: "https://computing.co.uk/news/4189027/stability-ai-ceo-emad-mostaque-resigns-advocates-decentralised-governance-ai",
    excerpt: true,
    publisher: "computing",
    language: "en",
    published: fuzzy(
      "2024-03-23",
      "2024-03-29",
      "range",
      "undatiert; reports the resignation announced late on Friday 22 March 2024 as new",
    ),
    summaryEn:
      "Stability AI's founder and CEO Emad Mostaque resigned amid investor tensions and staff exits, also leaving the board; two interim co-CEOs lead the company.",
  },
  {
    key: "en014",
    file: "en-014-amazon-invests-additional-4-billion-anthropic.txt",
    title: "Amazon Invests An Additional $4 Billion In AI Firm Anthropic",
    url: "https://www.ndtvprofit.com/business/amazon-invests-an-additional-4-billion-in-ai-firm-anthropic",
    excerpt: true,
    publisher: "ndtv-profit",
    originalReporter: "bloomberg",
    language: "en",
    published: day("2024-11-22", "2024-11-22 (date on the page)"),
    summaryEn:
      "Bloomberg copy: Amazon invests another $4 billion in Anthropic, making AWS its primary training partner; the US Justice Department seeks to unwind Google's Anthropic deal.",
  },
  {
    key: "en015",
    file: "en-015-amazon-pours-4b-into-anthropic.txt",
    title:
      "Amazon Pours $4B Into AI Startup, Challenging Google And OpenAI With Its Largest External Investment",
    url: "https://www.benzinga.com/news/24/03/37974682/amazon-pours-4b-into-ai-startup-challenging-google-and-openai-with-its-largest-external-investment-i",
    excerpt: true,
    publisher: "benzinga",
    language: "en",
    published: fuzzy(
      "2024-03-27",
      "2024-03-29",
      "range",
      "undatiert; 'On Wednesday' is the announcement of 27 March 2024, the address says March 2024",
    ),
    summaryEn:
      "Amazon added $2.75 billion to its September 2023 $1.25 billion investment in Anthropic, $4 billion in total, its largest external investment.",
  },
  {
    key: "en016",
    file: "en-016-meta-cutting-600-roles-ai-unit.txt",
    title: "Meta cutting 600 roles in AI unit: Report",
    url: "https://www.channelnewsasia.com/business/meta-cutting-600-roles-ai-artificial-intelligence-unit-report-5418051",
    excerpt: false,
    publisher: "channel-newsasia",
    originalReporter: "reuters",
    language: "en",
    published: fuzzy(
      "2025-10-22",
      "2025-10-23",
      "range",
      "undatiert; reports Axios's story of Wednesday 22 October 2025 as new",
    ),
    summaryEn:
      "Reuters via CNA: Meta cuts about 600 roles in its Superintelligence Labs, sparing TBD Lab, a day after a $27 billion data-centre financing deal with Blue Owl.",
  },
  {
    key: "en017",
    file: "en-017-meta-cutting-roughly-600-ai-jobs.txt",
    title: "Meta Cutting Roughly 600 AI Jobs As Company Aims To Move Faster",
    url: "https://www.ndtvprofit.com/business/meta-cutting-roughly-600-ai-jobs-as-company-aims-to-move-faster",
    excerpt: false,
    publisher: "ndtv-profit",
    originalReporter: "bloomberg",
    language: "en",
    published: day("2025-10-22", "2025-10-22 (date on the page)"),
    summaryEn:
      "Bloomberg copy: Meta cuts about 600 jobs in Meta Superintelligence Labs so that it can move faster, says chief AI officer Alexandr Wang's memo.",
  },
  {
    key: "en018",
    file: "en-018-asml-invests-in-mistral.txt",
    title: "NVIDIA-backed AI start-up Mistral raises $2B at a $14B valuation",
    url: "https://www.newsbytesapp.com/news/business/chip-giant-asml-invests-2b-in-french-ai-start-up-mistral/story",
    excerpt: false,
    publisher: "newsbytes",
    language: "en",
    published: day("2025-09-09", "2025-09-09 (date on the page)"),
    summaryEn:
      "Mistral AI raised €1.7 billion ($2 billion) led by ASML's €1.3 billion for an 11% stake, at an €11.7 billion valuation.",
  },
  {
    key: "en019",
    file: "en-019-nvidia-biggest-market-rout.txt",
    title: "Nvidia Is Suffering Biggest Market Rout in History",
    url: "https://www.newser.com/story/363265/nvidia-is-suffering-biggest-market-rout-in-history.html",
    excerpt: false,
    publisher: "newser",
    originalReporter: "wsj",
    language: "en",
    published: fuzzy(
      "2025-01-27",
      "2025-01-28",
      "range",
      "undatiert; written at midday on Monday 27 January 2025",
    ),
    summaryEn:
      "Nvidia's shares fell 16% by midday Monday on DeepSeek's cheap model, wiping out more than $500 billion, on track for the biggest one-day loss in history.",
  },
  {
    key: "en020",
    file: "en-020-deepseek-may-launch-earlier.txt",
    title: "DeepSeek may launch new AI model earlier than planned — Reports",
    url: "https://tribuneonlineng.com/deepseek-may-launch-new-ai-model-earlier-than-planned-reports/amp",
    excerpt: true,
    publisher: "nigerian-tribune",
    originalReporter: "reuters",
    language: "en",
    published: fuzzy(
      "2025-02-25",
      "2025-03-05",
      "range",
      "undatiert; relays Reuters' report of 25 February 2025",
    ),
    summaryEn:
      "DeepSeek, which had planned to release R2 in early May 2025, wants to launch it earlier, three people told Reuters.",
  },
  {
    key: "en021",
    file: "en-021-musk-grok-5-six-trillion-parameters.txt",
    title: "Elon Musk Says Grok 5 Will Pack 6 Trillion Parameters And Maybe Think Like A Human",
    url: "https://www.marketdash.io/news/52775/elon-musk-says-grok-5-will-pack-6-trillion-parameters-and-maybe-think-like-a-human",
    excerpt: true,
    publisher: "marketdash",
    language: "en",
    published: fuzzy(
      "2025-11-14",
      "2025-11-21",
      "range",
      "undatiert; 'on Friday' is Baron Capital's conference of 14 November 2025",
    ),
    summaryEn:
      "Musk said at Baron Capital's conference that Grok 5 will come in the first quarter of 2026, later than the original late-2025 target, with 6 trillion parameters.",
  },
  {
    key: "en022",
    file: "en-022-musk-grok-5-gambit.txt",
    title: "Musk's Grok 5 Gambit: 10% AGI Odds Poised to Reshape 2026 Enterprise AI",
    url: "https://www.webpronews.com/musks-grok-5-gambit-10-agi-odds-poised-to-reshape-2026-enterprise-ai/",
    excerpt: true,
    publisher: "webpronews",
    language: "en",
    published: fuzzy(
      "2025-11-14",
      "2025-11-30",
      "range",
      "undatiert; reports the postponement to Q1 2026 announced in mid-November 2025",
    ),
    summaryEn: "xAI's Grok 5, planned for 2025, is delayed to early 2026 for more testing, Musk said on X.",
  },
  {
    key: "en023",
    file: "en-023-musk-grok-3-launch-in-two-weeks.txt",
    title: "Elon Musk announces Grok 3 AI chatbot launch in the next two weeks",
    url: "https://profit.pakistantoday.com.pk/2025/02/13/elon-musk-announces-grok-3-ai-chatbot-launch-in-the-next-two-weeks/",
    excerpt: false,
    publisher: "profit-pakistan-today",
    language: "en",
    published: day("2025-02-13", "2025-02-13 (date on the page)"),
    summaryEn:
      "Musk said Grok 3 will launch in one to two weeks; days earlier a Musk-led consortium offered $97.4 billion for OpenAI's nonprofit assets, and he is suing to block OpenAI's for-profit conversion.",
  },
  {
    key: "en024",
    file: "en-024-xai-grok-3-didnt-arrive-on-time.txt",
    title: "xAI's next-gen AI model didn't arrive on time, adding to a trend",
    url: "https://wonderfulengineering.com/xais-next-gen-ai-model-didnt-arrive-on-time-adding-to-a-trend",
    excerpt: true,
    publisher: "wonderful-engineering",
    language: "en",
    published: fuzzy("2025-01-02", "2025-01-10", "range", "undatiert; written 'as of January 2, 2025'"),
    summaryEn:
      "Grok 3, promised by Musk for the end of 2024, had not arrived by 2 January 2025; Anthropic quietly dropped the announced Claude 3.5 Opus.",
  },
  {
    key: "en025",
    file: "en-025-amazons-alexa-upgrade-trudges-on.txt",
    title: "Amazon's Alexa Upgrade Trudges On",
    url: "https://techstrong.ai/articles/amazons-alexa-upgrade-trudges-on/",
    excerpt: true,
    publisher: "techstrong-ai",
    originalReporter: "washington-post",
    language: "en",
    published: fuzzy(
      "2025-02-14",
      "2025-02-25",
      "range",
      "undatiert; relays the Washington Post's report before the event of 26 February 2025",
    ),
    summaryEn:
      "The new Alexa, promised in September 2023 'in the coming months', is to be shown on 26 February 2025, but its public release slips by at least a month over hallucinations, accuracy and speed.",
  },
  {
    key: "en026",
    file: "en-026-character-ai-founders-rejoin-google.txt",
    title: "Ex-Google engineers who founded Character.AI re-join company with new AI partnership",
    url: "https://www.nbcbayarea.com/news/business/money-report/ex-google-engineers-who-founded-character-ai-re-join-company-with-new-ai-partnership/3612597/",
    excerpt: true,
    publisher: "nbc-bay-area",
    originalReporter: "cnbc",
    language: "en",
    published: day("2024-08-02", "2024-08-02 (date on the page)"),
    summaryEn:
      "CNBC copy: Character.AI's co-founders Noam Shazeer and Daniel De Freitas and part of its research team join Google DeepMind; Google gets a non-exclusive licence.",
  },
  {
    key: "en027",
    file: "en-027-baidu-shares-slumped-ernie-bot-debut.txt",
    title: "Baidu shares slumped for the “underwhelmed” Ernie Bot debut",
    url: "https://en.pingwest.com/a/11500",
    excerpt: true,
    publisher: "pingwest",
    author: "Zijing Fu",
    language: "en",
    published: day("2023-03-16", "posted on March 16, 2023 6:12 pm"),
    summaryEn:
      "Baidu's shares fell more than 10% during its Ernie Bot launch, which showed only pre-recorded demos and no public access.",
  },
  {
    key: "en028",
    file: "en-028-baidu-shares-jump-as-users-test-ernie.txt",
    title: "Baidu Shares Jump 14% as Users Test ChatGPT-Like Ernie Bot",
    url: "https://www.asiafinancial.com/baidu-shares-jump-14-as-users-test-chatgpt-like-ernie-bot/amp",
    excerpt: true,
    publisher: "asia-financial",
    language: "en",
    published: fuzzy(
      "2023-03-17",
      "2023-03-18",
      "range",
      "undatiert; 'on Friday' after the launch of Thursday 16 March 2023",
    ),
    summaryEn:
      "Baidu's Hong Kong shares rose almost 14% on Friday as users tested Ernie Bot, after a 10% fall on the launch day.",
  },
  {
    key: "en029",
    file: "en-029-gemini-delay-non-english-queries.txt",
    title: "Google's AI Chatbot Gemini Faces Delay in Launch Due to Failure in Non-English Queries",
    url: "https://www.dqindia.com/googles-ai-chatbot-gemini-faces-delay-in-launch-due-to-failure-in-non-english-queries/",
    excerpt: true,
    publisher: "dataquest-india",
    originalReporter: "india-today",
    author: "Punam Singh",
    language: "en",
    published: fuzzy(
      "2023-12-03",
      "2023-12-06",
      "range",
      "undatiert; launch events 'originally set up for this week' = week of 4 December 2023",
    ),
    summaryEn:
      "Google cancelled Gemini launch events planned for this week in California, New York and Washington and moved the launch to January over non-English queries.",
  },
  {
    key: "en030",
    file: "en-030-altman-pushes-back-on-chatgpt-5-rumours.txt",
    title: "OpenAI CEO pushes back on ChatGPT-5 imminent launch rumours",
    url: "https://www.gadinsider.com/openai-ceo-pushes-back-on-chatgpt-5-imminent-launch-rumours-artificial-intelligence-10912",
    excerpt: true,
    publisher: "gadinsider",
    originalReporter: "the-verge",
    language: "en",
    published: fuzzy(
      "2024-10-25",
      "2024-10-31",
      "range",
      "undatiert; answers The Verge's Orion report of 24 October 2024",
    ),
    summaryEn:
      "Sam Altman called The Verge's report that Orion (likely GPT-5) would launch by December 2024 'fake news out of control'.",
  },
  {
    key: "en031",
    file: "en-031-gpt-5-delayed-altman-post.txt",
    title: "GPT-5 Delayed? Sam Altman’s Post Seems To Suggest So",
    url: "https://officechai.com/ai/gpt-5-delayed-sam-altmans-post-seems-to-suggest-so",
    excerpt: true,
    publisher: "officechai",
    language: "en",
    published: fuzzy(
      "2025-07-20",
      "2025-07-31",
      "range",
      "undatiert; after Altman's post of 20 July 2025 and before GPT-5's release",
    ),
    summaryEn:
      "After The Verge reported an August launch for GPT-5, Altman spoke of launches over the next couple of months; OpenAI's open-weights model had already slipped from June to later in the summer.",
  },
  {
    key: "en032",
    file: "en-032-scale-ai-lays-off-14-percent.txt",
    title: "Scale AI lays off 14% staff after Meta gains 49% stake",
    url: "https://www.upi.com/Top_News/US/2025/07/16/Scale-AI-lays-off-14-staffs-after-Meta-took-stake/4661752702358/",
    excerpt: true,
    publisher: "upi",
    author: "Allen Cone",
    language: "en",
    published: day("2025-07-16", "July 16, 2025 / 6:49 PM"),
    summaryEn:
      "Scale AI cut 200 employees (14% of staff) and 500 contractors a month after Meta took a $14.3 billion, 49% stake and hired its CEO Alexandr Wang.",
  },
  {
    key: "en033",
    file: "en-033-scale-ai-lays-off-after-meta-investment.txt",
    title: "Scale AI lays off 14% of staff following Meta's $14.3 bn investment",
    url: "https://www.storyboard18.com/how-it-works/scale-ai-lays-off-14-of-staff-following-metas-14-3-bn-investment-75048.htm",
    excerpt: false,
    publisher: "storyboard18",
    originalReporter: "bloomberg",
    language: "en",
    published: day("2025-07-17", "Jul 17, 2025 9:04 AM"),
    summaryEn:
      "Relaying Bloomberg: Scale AI lays off 200 employees and ends contracts with 500 contractors; Meta's investment made major customers pull back.",
  },
  {
    key: "en034",
    file: "en-034-sora-set-to-launch-12-days-of-openai.txt",
    title: "OpenAI's Sora AI video generator set to launch as company announces 12 days of OpenAI",
    url: "https://www.techradar.com/computing/artificial-intelligence/openais-sora-ai-video-generator-set-to-launch-as-company-announces-12-days-of-openai",
    excerpt: true,
    publisher: "techradar",
    language: "en",
    published: day("2024-12-05", "2024-12-05 (date on the page)"),
    summaryEn:
      "Sora, which OpenAI had said would be available by the end of 2024, is expected in the coming days during '12 days of OpenAI'; artists had leaked it in protest the month before.",
  },
  {
    key: "en035",
    file: "en-035-altman-backpedals-on-o3.txt",
    title: "Sam Altman backpedals on release of o3 shortly after de-hyping superintelligence claims",
    url: "https://www.tweaktown.com/news/103245/sam-altman-backpedals-on-release-of-o3-shortly-after-de-hyping-superintelligence-claims/index.html",
    excerpt: false,
    publisher: "tweaktown",
    language: "en",
    published: fuzzy(
      "2025-02-12",
      "2025-02-20",
      "range",
      "undatiert; reports Altman's X post of 12 February 2025 as recent",
    ),
    summaryEn:
      "OpenAI cancelled the standalone release of the full o3 model, planned for February or March 2025, to fold it into GPT-5.",
  },
  {
    key: "en036",
    file: "en-036-google-pauses-gemini-image-generation.txt",
    title: "Google pauses Gemini AI image generation of people",
    url: "https://www.shacknews.com/article/138834/google-gemini-ai-inaccurate-historical-images",
    excerpt: true,
    publisher: "shacknews",
    language: "en",
    published: fuzzy(
      "2024-02-22",
      "2024-02-29",
      "range",
      "undatiert; Google announced the pause 'this week' (22 February 2024)",
    ),
    summaryEn:
      "After complaints about historically inaccurate images of people, Google paused Gemini's image generation of people.",
  },
  {
    key: "en037",
    file: "en-037-apple-intelligence-ai-delays.txt",
    title: "Apple Intelligence AI delays",
    url: "https://www.nextpit.com/news/apple-intelligence-ai-delays",
    excerpt: true,
    publisher: "nextpit",
    originalReporter: "bloomberg",
    language: "en",
    published: day("2026-02-16", "2026-02-16 (date on the page)"),
    summaryEn:
      "Relaying Gurman: the Siri features planned for iOS 26.4 in March 2026 may partly slip to iOS 26.5 in May or iOS 27 in September; Apple says 2026 still stands.",
  },
  {
    key: "en038",
    file: "en-038-siri-2-delayed-ios-26-4-testing-snags.txt",
    title: "Siri 2.0: The Ghost of iOS Past Returns to Haunt iOS 26.4",
    url: "https://www.idropnews.com/news/siri-2-delayed-ios-26-4-testing-snags/259754",
    excerpt: true,
    publisher: "idrop-news",
    originalReporter: "bloomberg",
    language: "en",
    published: fuzzy(
      "2026-02-11",
      "2026-02-13",
      "range",
      "undatiert; Gurman 'just broke' the news (report of 11–12 February 2026)",
    ),
    summaryEn:
      "Bloomberg: Apple's Siri upgrade has run into snags and may be spread over iOS 26.5 and iOS 27; a year earlier the personal Siri for iOS 18.4 had been delayed and the project reassigned.",
  },
  {
    key: "en039",
    file: "en-039-meta-llama-4-benchmark-manipulation.txt",
    title: "Meta Llama 4 AI benchmark manipulation",
    url: "https://techweez.com/2025/04/08/meta-llama-4-ai-benchmark-manipulation",
    excerpt: true,
    publisher: "techweez",
    language: "en",
    published: day("2025-04-08", "2025-04-08 (date in the page's address)"),
    summaryEn:
      "Llama 4 Maverick's second place on LMArena came from an experimental chat version optimised for conversationality, not the released model; LMArena changed its policies.",
  },
  {
    key: "en040",
    file: "en-040-ai-push-prompts-microsoft-to-slash-6000-jobs.txt",
    title: "AI push prompts Microsoft to slash 6,000 jobs globally",
    url: "https://profit.pakistantoday.com.pk/2025/05/14/ai-push-prompts-microsoft-to-slash-6000-jobs-globally",
    excerpt: false,
    publisher: "profit-pakistan-today",
    language: "en",
    published: day("2025-05-14", "2025-05-14 (date in the page's address)"),
    summaryEn:
      "Microsoft lays off around 6,000 employees, its largest cut since 10,000 in 2023, while earmarking $80 billion of capex for AI data centres.",
  },
  {
    key: "en041",
    file: "en-041-xai-secures-6-billion-series-c.txt",
    title:
      "Elon Musk's xAI Secures $6 Billion In Series C Funding To Expand Colossus Supercomputer, Attracts Investments From Nvidia, AMD",
    url: "https://www.benzinga.com/tech/24/12/42665538/elon-musks-xai-secures-6-billion-in-series-c-funding-to-expand-colossus-supercomputer-attracts-investments-f",
    excerpt: false,
    publisher: "benzinga",
    language: "en",
    published: day("2024-12-24", "2024-12-24 (date on the page)"),
    summaryEn:
      "xAI raised $6 billion in a Series C from Nvidia, AMD, BlackRock, Morgan Stanley and others, at a reported $50 billion valuation.",
  },
  {
    key: "en042",
    file: "en-042-xai-raises-us20bn-for-ai-buildout.txt",
    title: "xAI shakes off Grok controversy to raise US$20bn for AI buildout",
    url: "https://www.ifre.com/equities/2363977/xai-shakes-off-grok-controversy-to-raise-us20bn-for-ai-buildout",
    excerpt: true,
    publisher: "ifr",
    language: "en",
    published: fuzzy(
      "2026-01-06",
      "2026-01-14",
      "range",
      "undatiert; reports the Series E announced on 6 January 2026 as new",
    ),
    summaryEn:
      "xAI raised $20 billion in a Series E led by Valor Equity Partners, upsized from $15 billion, amid anger over Grok generating sexualised images of children.",
  },
  {
    key: "en043",
    file: "en-043-google-reportedly-delays-gemini.txt",
    title: "Google's Gemini ChatGPT competitor reportedly won't be ready until 'early 2024'",
    url: "https://www.androidcentral.com/apps-software/google-reportedly-delays-gemini-ai-system",
    excerpt: true,
    publisher: "android-central",
    originalReporter: "the-information",
    language: "en",
    published: fuzzy(
      "2023-11-16",
      "2023-11-22",
      "range",
      "undatiert; relays The Information's report of 16 November 2023",
    ),
    summaryEn:
      "The Information: Google delayed Gemini to the first quarter of 2024 after telling cloud customers it would launch in November 2023; the main model is unfinished.",
  },
  {
    key: "en044",
    file: "en-044-google-delays-gemini-while-bard-hallucinates.txt",
    title: "Google Delays Gemini While Bard Continues to Hallucinate",
    url: "https://analyticsindiamag.com/google-delays-gemini-while-bard-continues-to-hallucinate/",
    excerpt: true,
    publisher: "analytics-india-magazine",
    originalReporter: "the-information",
    language: "en",
    published: fuzzy(
      "2023-11-16",
      "2023-11-30",
      "range",
      "undatiert; relays The Information's report of 16 November 2023",
    ),
    summaryEn:
      "Google postponed Gemini, expected in the fall of 2023, to the first quarter of 2024, The Information reported.",
  },
  {
    key: "en045",
    file: "en-045-alibaba-to-invest-in-ai-cloud-computing.txt",
    title: "China's Alibaba to invest $50b in AI, cloud computing",
    url: "https://www.nzherald.co.nz/world/chinas-alibaba-to-invest-50b-in-ai-cloud-computing/R5SW7KXPCZFDROUR2JNDFSMNZU/",
    excerpt: true,
    publisher: "nz-herald",
    language: "en",
    published: day("2025-02-24", "2025-02-24 (date on the page)"),
    summaryEn:
      "Alibaba will invest at least 380 billion yuan ($53 billion) in cloud computing and AI infrastructure over the next three years; its shares are at three-year highs.",
  },
  {
    key: "en046",
    file: "en-046-dow-jones-new-york-post-sue-perplexity.txt",
    title: "Dow Jones, New York Post sue Perplexity for copyright infringement, WSJ reports",
    url: "https://www.nasdaq.com/articles/dow-jones-new-york-post-sue-perplexity-copyright-infringement-wsj-reports",
    excerpt: false,
    publisher: "nasdaq",
    originalReporter: "wsj",
    language: "en",
    published: fuzzy(
      "2024-10-21",
      "2024-10-22",
      "range",
      "undatiert; relays the Wall Street Journal's report of the suit filed on 21 October 2024",
    ),
    summaryEn:
      "News Corp's Dow Jones and the New York Post sue Perplexity for copying their journalism; Perplexity had not answered a July letter offering a licence.",
  },
  {
    key: "en047",
    file: "en-047-perplexity-faces-lawsuit-dow-jones.txt",
    title: "AI company Perplexity faces lawsuit from Dow Jones and New York Post",
    url: "https://dig.watch/?p=190624",
    excerpt: false,
    publisher: "digital-watch",
    language: "en",
    published: fuzzy(
      "2024-10-21",
      "2024-10-31",
      "range",
      "undatiert; reports the suit of 21 October 2024 as new",
    ),
    summaryEn:
      "Dow Jones and the New York Post sued Perplexity AI in New York over copying their content; Perplexity said it would fight the claims.",
  },
  {
    key: "en048",
    file: "en-048-microsoft-invests-10-billion-openai.txt",
    title: "Microsoft invests $10 billion in ChatGPT maker OpenAI",
    url: "https://www.latimes.com/business/story/2023-01-23/microsoft-invests-10-billion-chatgpt-maker-openai",
    excerpt: true,
    publisher: "los-angeles-times",
    language: "en",
    published: day("2023-01-23", "2023-01-23 (date in the page's address)"),
    summaryEn:
      "Microsoft invests $10 billion over several years in OpenAI, after $1 billion in 2019 and another round in 2021; its shares rose 1% to $242.58.",
  },
  {
    key: "en049",
    file: "en-049-microsoft-huge-investment-openai.txt",
    title: "Microsoft just made a huge investment in ChatGPT maker OpenAI. Here's why",
    url: "https://www.zdnet.com/article/microsoft-just-made-a-huge-investment-in-chatgpt-maker-openai-heres-why/",
    excerpt: true,
    publisher: "zdnet",
    originalReporter: "bloomberg",
    language: "en",
    published: day("2023-01-23", "2023-01-23 (date on the page)"),
    summaryEn:
      "Microsoft extends its OpenAI partnership with a multi-year investment that sources put at $10 billion; Azure stays OpenAI's exclusive cloud.",
  },
  {
    key: "en050",
    file: "en-050-anthropic-funding-ai.txt",
    title: "Anthropic funding AI",
    url: "https://www.axios.com/pro/media-deals/2023/03/09/anthropic-funding-ai",
    excerpt: false,
    publisher: "axios",
    originalReporter: "the-information",
    language: "en",
    published: day("2023-03-09", "2023-03-09 (date on the page)"),
    summaryEn:
      "Anthropic raised another $300 million led by Spark Capital at a $4.1 billion valuation, The Information reported; Google had invested $400 million for a 10% stake.",
  },
  {
    key: "en051",
    file: "en-051-samsung-bans-chatgpt-workplace-use.txt",
    title: "Samsung bans ChatGPT workplace use",
    url: "https://www.japantimes.co.jp/news/2023/05/02/business/tech/samsung-bans-chatgpt-workplace-use/",
    excerpt: false,
    publisher: "japan-times",
    originalReporter: "bloomberg",
    language: "en",
    published: day("2023-05-02", "2023-05-02 (date on the page)"),
    summaryEn:
      "Bloomberg copy: after engineers leaked internal source code by uploading it to ChatGPT in April 2023, Samsung bans generative AI tools at work.",
  },
  {
    key: "en052",
    file: "en-052-inflection-eaten-alive-by-microsoft.txt",
    title: "After raising $1.3B, Inflection is eaten alive by its biggest investor, Microsoft",
    url: "https://au.lifestyle.yahoo.com/raising-1-3b-inflection-got-180127729.html",
    excerpt: true,
    publisher: "yahoo-news-au",
    originalReporter: "techcrunch",
    language: "en",
    published: day("2024-03-19", "undatiert; 'Today' is Microsoft's announcement of 19 March 2024"),
    summaryEn:
      "TechCrunch via Yahoo: nine months after raising $1.3 billion led by Microsoft, Inflection loses its co-founders and most staff to Microsoft; Sean White becomes CEO.",
  },
  {
    key: "en053",
    file: "en-053-meta-delays-llama-4-behemoth.txt",
    title: "WSJ: Amid struggles, Meta delays release of Llama 4 “Behemoth” AI model",
    url: "https://www.sherwood.news/tech/wsj-amid-struggles-meta-delays-release-of-llama-4-behemoth-ai-model",
    excerpt: false,
    publisher: "sherwood-news",
    originalReporter: "wsj",
    language: "en",
    published: fuzzy(
      "2025-05-15",
      "2025-05-16",
      "range",
      "undatiert; relays the Wall Street Journal's report of 15 May 2025, 'Meta shares were down 2.4% on the news'",
    ),
    summaryEn:
      "WSJ: Meta delays Llama 4 Behemoth as engineers cannot achieve big performance leaps; executives consider management changes; shares fell 2.4%.",
  },
  {
    key: "en054",
    file: "en-054-meta-postpones-llama-4-behemoth.txt",
    title: "Meta Postpones Llama 4 Behemoth AI Model Amid Development Struggles",
    url: "https://winbuzzer.com/2025/05/15/meta-postpones-llama-4-behemoth-ai-model-amid-development-struggles-xcxwbn/",
    excerpt: true,
    publisher: "winbuzzer",
    originalReporter: "wsj",
    language: "en",
    published: day("2025-05-15", "2025-05-15 (date in the page's address)"),
    summaryEn:
      "Relaying the WSJ: Behemoth, slated for April and then June, moves to fall 2025 or later; Meta's stock dipped up to 3.2%; Meta plans up to $72 billion of capex.",
  },
  {
    key: "en055",
    file: "en-055-alphabet-shares-dive-after-bard-flubs.txt",
    title: "Google shares lose $100 billion overnight after Bard flubs answer",
    url: "https://www.econotimes.com/Alphabet-shares-dive-after-Google-AI-chatbot-Bard-flubs-answer-in-ad-1650367",
    excerpt: false,
    publisher: "econotimes",
    language: "en",
    published: fuzzy(
      "2023-02-08",
      "2023-02-10",
      "range",
      "undatiert; reports Wednesday 8 February 2023's fall as the latest trading day",
    ),
    summaryEn:
      "Alphabet lost $100 billion in market value as its shares fell as much as 9% after Bard gave a wrong answer about the James Webb telescope in an ad; Microsoft rose about 3%.",
  },
  {
    key: "en056",
    file: "en-056-deepseek-struggles-to-launch-r2.txt",
    title: "DeepSeek struggles to launch R2 amid NVIDIA chip shortage",
    url: "https://dig.watch/?p=218867",
    excerpt: false,
    publisher: "digital-watch",
    language: "en",
    published: fuzzy(
      "2025-06-26",
      "2025-07-10",
      "range",
      "undatiert; reports The Information's story of 26 June 2025 as new",
    ),
    summaryEn:
      "DeepSeek's R2 faces delays: CEO Liang Wenfeng is unhappy with its performance, and the US ban on Nvidia H20 chips leaves too little compute in China.",
  },
  {
    key: "en057",
    file: "en-057-alphabet-shares-dive-after-chatbot-incorrect-answer.txt",
    title: "Alphabet shares dive after chatbot gives incorrect answer",
    url: "https://www.theeastafrican.co.ke/tea/business/alphabet-shares-dive-after-chatbot-gives-incorrect-answer-4119732",
    excerpt: true,
    publisher: "the-eastafrican",
    originalReporter: "reuters",
    author: "Reuters",
    language: "en",
    published: day("2023-02-11", "2023-02-11 (date on the page)"),
    summaryEn:
      "Reuters: Alphabet lost $100 billion in market value as its shares slid as much as 9% after Bard gave a wrong answer about the JWST in an ad; Google stresses rigorous testing.",
  },
];

const events: SeedEvent[] = [
  // ── xAI ────────────────────────────────────────────────────────────────────────────────────
  {
    key: "xai-layoff-2025-09-annotators",
    type: "layoff",
    lab: "xai",
    title: "xAI lays off at least 500 data annotators who train Grok",
    summary:
      "xAI told generalist AI tutors of its data annotation team by email on a Friday night that they were laid off; " +
      "they are paid to the end of their contract or 30 November but lost system access the same day.",
    occurred: day("2025-09-12", "on Friday"),
    headcount: 500,
    headcountQualifier: "at_least",
    status: "reported",
    citations: [
      {
        article: "en002",
        role: "re_report",
        quote:
          "ELON Musk's xAI has laid off at least 500 workers from its data annotation team, which helps develop the company's Grok chatbot, Business Insider reported on Friday.",
        attribution: "relays_outlet",
        attributedTo: "Business Insider",
      },
      {
        article: "en001",
        role: "re_report",
        quote:
          "Elon Musk’s artificial intelligence startup xAI has laid off 500 workers from its data annotation team, which helps train its Grok chatbot.",
        attribution: "relays_outlet",
        attributedTo: "Business Insider",
      },
    ],
  },
  {
    key: "xai-hiring-2025-09-specialist-tutors",
    type: "hiring",
    lab: "xai",
    title: "xAI says it will grow its specialist AI tutor team tenfold",
    summary:
      'In a post on X, xAI said it plans to expand its specialist AI tutor team by "10X" and open roles.',
    occurred: fuzzy("2025-09-12", "2025-09-13", "range", "in response to the story"),
    status: "confirmed",
    citations: [
      {
        article: "en002",
        role: "company_response",
        quote:
          "Responding to a request for comment, xAI referred to a post on X in which the company said it was hiring for roles across domains and planned to increase its specialist AI tutor team by “10X.”",
        attribution: "official_statement",
        attributedTo: "xAI",
      },
      {
        article: "en001",
        role: "company_response",
        quote:
          "In response to the story, xAI directed reporters to a post on X, in which the company said it plans to expand its specialist AI tutor team by “10X” and intends to open roles on its careers page.",
        attribution: "official_statement",
        attributedTo: "xAI",
      },
    ],
  },
  {
    key: "xai-departure-2025-09-annotation-leads",
    type: "departure",
    lab: "xai",
    title: "Nine people leave xAI's data annotation team in a leadership shake-up",
    summary:
      "A leadership shake-up at the data annotation team saw nine employees reportedly leave xAI the week before the layoffs.",
    occurred: fuzzy("2025-09-08", "2025-09-14", "week", "last week"),
    headcount: 9,
    headcountQualifier: "exact",
    status: "reported",
    citations: [
      {
        article: "en001",
        role: "first_report",
        quote:
          "The reorganization of the data annotators team comes on the back of a leadership shake-up at the team that saw nine employees reportedly exit the firm last week.",
        attribution: "anonymous_sources",
      },
    ],
  },
  {
    key: "xai-departure-2025-07-cfo",
    type: "departure",
    lab: "xai",
    title: "xAI finance chief Mike Liberatore leaves after a few months",
    summary:
      "xAI's chief financial officer Mike Liberatore left around the end of July 2025, the Wall Street Journal reported.",
    occurred: fuzzy("2025-07-21", "2025-07-31", "month_part", "around the end of July"),
    status: "reported",
    citations: [
      {
        article: "en002",
        role: "context",
        quote:
          "xAI finance chief Mike Liberatore left the company around the end of July after just a few months on the job, the Wall Street Journal reported this month, citing people familiar with the matter.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
    ],
  },
  // ── OpenAI's open-weight model ─────────────────────────────────────────────────────────────
  {
    key: "openai-delay-2025-07-open-weight",
    type: "delay",
    lab: "openai",
    model: "gpt-oss",
    title: "OpenAI postpones its open-weight model indefinitely for more safety tests",
    summary:
      "Sam Altman said on X that the open-weight model planned for the following week is delayed to run additional " +
      "safety tests and review high-risk areas, with no new date.",
    occurred: day("2025-07-11", "on Friday"),
    status: "confirmed",
    citations: [
      {
        article: "en003",
        role: "re_report",
        quote:
          "The launch, originally due earlier this summer and then delayed to next week, has now been postponed indefinitely.",
        attribution: "official_statement",
        attributedTo: "Sam Altman",
      },
      {
        article: "en003",
        role: "company_response",
        quote:
          "“We need time to run additional safety tests and review high-risk areas. We are not yet sure how long it will take us,” Altman wrote.",
        attribution: "official_statement",
        attributedTo: "Sam Altman",
      },
    ],
  },
  {
    key: "openai-delay-2025-06-open-weight",
    type: "delay",
    lab: "openai",
    model: "gpt-oss",
    title: "OpenAI's open-weight model slips from June to later in the summer",
    summary:
      "In June 2025 Sam Altman said the open-weight model would come later in the summer, not in June.",
    occurred: fuzzy("2025-06-01", "2025-06-30", "month", "earlier this summer"),
    status: "confirmed",
    citations: [
      {
        article: "en003",
        role: "context",
        quote:
          "The launch, originally due earlier this summer and then delayed to next week, has now been postponed indefinitely.",
        attribution: "official_statement",
        attributedTo: "Sam Altman",
      },
      {
        article: "en031",
        role: "context",
        quote: "However in June, Altman had said that the open-weights model would be delayed.",
        attribution: "named_source",
        attributedTo: "Sam Altman",
      },
    ],
  },
  // ── Apple ──────────────────────────────────────────────────────────────────────────────────
  {
    key: "apple-delay-2025-03-siri",
    type: "delay",
    lab: "apple",
    model: "siri",
    title: "Apple delays the more personalized Siri, planned for iOS 18.4",
    summary:
      "Apple said the personal-context Siri features announced at WWDC 2024 take longer than thought and will roll out " +
      "'in the coming year' instead of with iOS 18.4 in April 2025.",
    occurred: day("2025-03-07", "last Friday"),
    status: "confirmed",
    citations: [
      {
        article: "en004",
        role: "re_report",
        quote:
          "Rather than make its debut in April’s iOS 18.4 as planned, the update has been postponed to sometime later this year.",
        attribution: "own_reporting",
      },
      {
        article: "en004",
        role: "company_response",
        quote:
          "It’s going to take us longer than we thought to deliver on these features and we anticipate rolling them out in the coming year.",
        attribution: "official_statement",
        attributedTo: "Apple (Jacqueline Roy)",
      },
    ],
  },
  // ── Google ─────────────────────────────────────────────────────────────────────────────────
  {
    key: "google-delay-2023-12-gemini",
    type: "delay",
    lab: "google",
    model: "gemini-1-0",
    title: "Google quietly delays Gemini's unveiling",
    summary:
      "The Information reported that Google delayed the unveiling of Gemini, planned with launch events, to January 2024; " +
      "an earlier report had said early 2024.",
    occurred: fuzzy("2023-11-27", "2023-12-02", "range", "quietly delayed (report of early December 2023)"),
    status: "reported",
    citations: [
      {
        article: "en005",
        role: "re_report",
        quote:
          'According to a report from The Information, Google has "quietly delayed" its unveiling of Gemini, the company\'s ChatGPT competitor.',
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
      {
        article: "en029",
        role: "re_report",
        quote:
          "According to some insiders familiar with the matter, Gemini’s launch has been discreetly rescheduled to January as reported by India Today.",
        attribution: "relays_outlet",
        attributedTo: "India Today",
      },
    ],
  },
  {
    key: "google-benchmark-2023-12-gemini-non-english",
    type: "benchmark_underperformance",
    lab: "google",
    model: "gemini-1-0",
    title: "Gemini did not reliably handle some non-English queries",
    summary:
      "Google found that Gemini did not reliably handle some non-English queries, the reason given for the delay.",
    occurred: fuzzy("2023-11-01", "2023-12-02", "range", "before the delay (report of early December 2023)"),
    status: "reported",
    citations: [
      {
        article: "en005",
        role: "re_report",
        quote: "the company found the AI didn’t reliably handle some non-English queries.",
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
      {
        article: "en029",
        role: "re_report",
        quote:
          "Google’s highly anticipated large language model (LLM) Gemini has faced a delay in its launch due to its failure to handle certain non-English queries effectively.",
        attribution: "relays_outlet",
        attributedTo: "India Today",
      },
    ],
  },
  // ── Microsoft and Inflection AI ───────────────────────────────────────────────────────────
  {
    // Key and type shared with the German pack (de032 calls the $650M the price of hiring Suleyman),
    // so both packs make one event; the English articles add that most of it licenses the models.
    key: "microsoft-hiring-2024-03-inflection",
    type: "hiring",
    lab: "microsoft",
    counterparty: "inflection-ai",
    title: "Microsoft pays Inflection AI $650 million, mostly to license its models, after hiring its staff",
    summary:
      "After hiring most of Inflection's staff, Microsoft agreed to pay $650 million: $620 million to license Inflection's " +
      "models and about $30 million for waiving legal rights over the mass hiring.",
    occurred: fuzzy("2024-03-19", "2024-03-21", "range", "alongside its move earlier this week"),
    amountUsd: 650e6,
    amountQualifier: "exact",
    amountKind: "deal_value",
    status: "reported",
    citations: [
      {
        article: "en007",
        role: "re_report",
        quote:
          "Microsoft Corporation MSFT has reportedly agreed to pay Inflection AI $650 million, largely to pay for licensing its artificial intelligence software.",
        attribution: "relays_outlet",
        attributedTo: "Bloomberg",
      },
      {
        article: "en006",
        role: "re_report",
        quote:
          "Microsoft has agreed to pay Inflection AI US$650 million (S$873 million), largely to license its artificial intelligence (AI) software, alongside its move earlier this week to hire much of the start-up’s staff, according to a person familiar with the transaction.",
        attribution: "anonymous_sources",
      },
    ],
  },
  {
    key: "inflection-ai-departure-2024-03-suleyman",
    type: "departure",
    lab: "inflection-ai",
    counterparty: "microsoft",
    title: "Inflection AI's co-founders and most of its 70 staff join Microsoft",
    summary:
      "Microsoft hired Inflection's co-founders Mustafa Suleyman and Karén Simonyan and most of the start-up's 70 employees, " +
      "an 'acqui-hire' without an acquisition.",
    occurred: day("2024-03-19", "on Match 19"),
    status: "confirmed",
    citations: [
      {
        article: "en006",
        role: "context",
        quote:
          "Microsoft stunned the AI world on Match 19 with an announcement that it had hired Inflection’s co-founders Mustafa Suleyman and Karén Simonyan, along with most of the start-up’s 70 employees.",
        attribution: "official_statement",
        attributedTo: "Microsoft",
      },
      {
        article: "en007",
        role: "context",
        quote:
          "The Satya Nadella-led tech giant’s onboarding of Inflection’s co-founders, Mustafa Suleyman and Karén Simonyan, along with most of the startup’s 70 employees, has raised concerns about potential antitrust issues with U.S. regulators.",
        attribution: "own_reporting",
      },
      {
        article: "en052",
        role: "re_report",
        quote:
          'Co-founders Mustafa Suleyman and Karén Simonyan will go to Microsoft, where the former will head up the newly formed Microsoft AI division, along with "several members" of their team as Microsoft put it — or "most of the staff," as Bloomberg reports it.',
        attribution: "official_statement",
        attributedTo: "Microsoft",
      },
    ],
  },
  {
    key: "inflection-ai-other-2024-03-compute-refund",
    type: "other",
    lab: "inflection-ai",
    title: "Inflection AI tries to offload compute and seeks a partial refund from CoreWeave",
    summary:
      "With a much smaller staff, Inflection is trying to offload compute capacity and seeks a partial refund from CoreWeave.",
    occurred: fuzzy("2024-03-19", "2024-03-22", "range", "now"),
    status: "reported",
    citations: [
      {
        article: "en006",
        role: "first_report",
        quote:
          "The company is seeking a partial refund from its cloud computing partner CoreWeave, one of the people said.",
        attribution: "anonymous_sources",
      },
      {
        article: "en007",
        role: "re_report",
        quote:
          "The company is reportedly seeking a partial refund from its cloud computing partner, CoreWeave, as it shifts to an enterprise business model.",
        attribution: "relays_outlet",
        attributedTo: "Bloomberg",
      },
    ],
  },
  {
    key: "inflection-ai-investment-2023-06-round",
    type: "investment",
    lab: "inflection-ai",
    counterparty: "microsoft",
    title: "Inflection AI raises $1.3 billion from Microsoft and Nvidia",
    summary:
      "In June 2023 Microsoft and Nvidia invested $1.3 billion in Inflection AI (valued at $4 billion).",
    occurred: fuzzy("2023-06-01", "2023-06-30", "month", "In June 2023"),
    amountUsd: 1.3e9,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en007",
        role: "context",
        quote: "In June 2023, Microsoft, along with Nvidia Corp, invested $1.3 billion in Inflection AI.",
        attribution: "own_reporting",
      },
      {
        article: "en052",
        role: "context",
        quote:
          'In June 2023, Inflection announced it had raised $1.3 billion to build what it called "more personal AI." The lead investor was Microsoft.',
        attribution: "official_statement",
        attributedTo: "Inflection AI",
      },
    ],
  },
  // ── Anthropic ──────────────────────────────────────────────────────────────────────────────
  {
    key: "anthropic-other-2025-09-authors-settlement",
    type: "other",
    lab: "anthropic",
    title: "Anthropic agrees to pay $1.5 billion to settle authors' copyright suit",
    summary:
      "Anthropic agreed to pay $1.5 billion (about $3,000 per work) to authors and publishers after a judge ruled it had " +
      "illegally downloaded and stored millions of copyrighted books; the largest payout in US copyright history.",
    occurred: fuzzy("2025-09-05", "2025-09-05", "day", "has agreed"),
    amountUsd: 1.5e9,
    amountQualifier: "exact",
    amountKind: "settlement",
    status: "confirmed",
    citations: [
      {
        article: "en008",
        role: "re_report",
        quote:
          "The AI research lab Anthropic has agreed to pay $1.5 billion to a group of authors and publishers after a judge ruled that the company illegally downloaded and stored millions of copyrighted books.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "anthropic-other-2025-06-fair-use-ruling",
    type: "other",
    lab: "anthropic",
    title: "Judge rules training on legally acquired books is fair use, but not pirated copies",
    summary:
      "In June 2025 a US District Court judge sided with Anthropic on training with legally acquired books, but found it " +
      "had illegally downloaded and stored pirated books.",
    occurred: fuzzy("2025-06-01", "2025-06-30", "month", "in June"),
    status: "confirmed",
    citations: [
      {
        article: "en008",
        role: "context",
        quote:
          "The agreement comes after a U.S. District Court judge sided with Anthropic in June, ruling that when the company acquired copyrighted books legally, the law allowed it to train AI models using the material because the process transformed them into something new.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Nvidia Blackwell ───────────────────────────────────────────────────────────────────────
  {
    key: "nvidia-delay-2024-08-blackwell",
    type: "delay",
    lab: "nvidia",
    model: "blackwell",
    title: "Nvidia tells customers Blackwell is delayed by three months or more",
    summary:
      "Nvidia told Microsoft and other customers that its Blackwell GPUs are delayed by at least three months; large " +
      "shipments move from late 2024 to early 2025.",
    occurred: fuzzy("2024-07-29", "2024-08-02", "week", "this week"),
    status: "reported",
    citations: [
      {
        article: "en009",
        role: "re_report",
        quote:
          "Nvidia has told customers that the rollout of its Blackwell GPU family will be delayed by three months or more.",
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
      {
        article: "en010",
        role: "re_report",
        quote:
          "Sources from both Nvidia and Microsoft reportedly confirm that Nvidia is delaying its upcoming Blackwell AI GPUs from the expected fourth-quarter launch to potentially the first quarter of 2025.",
        attribution: "anonymous_sources",
      },
    ],
  },
  {
    key: "nvidia-architecture-2024-08-blackwell-design-flaw",
    type: "architecture_problem",
    lab: "nvidia",
    model: "blackwell",
    title: "Design flaw in the die connecting two Blackwell GPUs on the GB200",
    summary:
      "TSMC found a flaw in the processor die that connects two Blackwell GPUs on a GB200; Nvidia must adjust the design " +
      "and run new production tests.",
    occurred: fuzzy(
      "2024-07-01",
      "2024-08-02",
      "range",
      "discovered late in production (report of 2 August 2024)",
    ),
    status: "reported",
    citations: [
      {
        article: "en009",
        role: "re_report",
        quote:
          "The production issue was discovered by manufacturer TSMC, and involves the processor die that connects two Blackwell GPUs on a GB200.",
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
      {
        article: "en010",
        role: "re_report",
        quote:
          "The sources claimed design flaws, so it's better to delay the release of a product to work out the kinks",
        attribution: "anonymous_sources",
      },
    ],
  },
  {
    key: "google-investment-2024-08-gb200-order",
    type: "investment",
    lab: "google",
    counterparty: "nvidia",
    model: "blackwell",
    title: "Google has ordered more than 400,000 GB200 chips, worth well over $10 billion",
    summary:
      "Google ordered more than 400,000 of Nvidia's GB200 chips in a deal valued well north of $10 billion, The Information reported.",
    occurred: fuzzy(
      "2024-03-18",
      "2024-08-02",
      "range",
      "has ordered (before the delay report of 2 August 2024)",
    ),
    amountUsd: 10e9,
    amountQualifier: "more_than",
    amountKind: "deal_value",
    status: "reported",
    citations: [
      {
        article: "en009",
        role: "first_report",
        quote:
          "Google has ordered more than 400,000 GB200 chips, The Information reports, in a deal valued well north of $10 billion.",
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
    ],
  },
  {
    key: "meta-investment-2024-08-gb200-order",
    type: "investment",
    lab: "meta",
    counterparty: "nvidia",
    model: "blackwell",
    title: "Meta has a $10 billion order for Nvidia's Blackwell chips",
    summary: "Meta has placed a $10 billion order for Nvidia's Blackwell chips, The Information reported.",
    occurred: fuzzy(
      "2024-03-18",
      "2024-08-02",
      "range",
      "also has (before the delay report of 2 August 2024)",
    ),
    amountUsd: 10e9,
    amountQualifier: "exact",
    amountKind: "deal_value",
    status: "reported",
    citations: [
      {
        article: "en009",
        role: "first_report",
        quote:
          "Meta also has a $10bn order, while Microsoft was expecting to have 55-65,000 GB200 GPUs ready for OpenAI by the first quarter.",
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
    ],
  },
  // ── OpenAI departures ──────────────────────────────────────────────────────────────────────
  {
    key: "openai-departure-2024-09-murati",
    type: "departure",
    lab: "openai",
    title: "OpenAI's CTO Mira Murati leaves",
    summary:
      "Mira Murati, OpenAI's chief technology officer and briefly its interim CEO in 2023, said she is leaving to do her own exploration.",
    occurred: day("2024-09-25", "Wednesday"),
    status: "confirmed",
    citations: [
      {
        article: "en011",
        role: "re_report",
        quote:
          "Mira Murati, OpenAI's chief technology officer, said in a written statement Wednesday that, after much reflection, she has “made the difficult decision to leave OpenAI.”",
        attribution: "named_source",
        attributedTo: "Mira Murati",
      },
    ],
  },
  {
    key: "openai-departure-2024-09-mcgrew-zoph",
    type: "departure",
    lab: "openai",
    title: "OpenAI's chief research officer Bob McGrew and research leader Barret Zoph leave",
    summary:
      "Sam Altman announced that chief research officer Bob McGrew and research leader Barret Zoph are also leaving.",
    occurred: day("2024-09-25", "later Wednesday"),
    headcount: 2,
    headcountQualifier: "exact",
    status: "confirmed",
    citations: [
      {
        article: "en011",
        role: "re_report",
        quote:
          "Two other top executives are also on their way out, CEO Sam Altman announced later Wednesday.",
        attribution: "official_statement",
        attributedTo: "Sam Altman",
      },
    ],
  },
  {
    key: "openai-departure-2024-08-schulman",
    type: "departure",
    lab: "openai",
    counterparty: "anthropic",
    title: "OpenAI co-founder John Schulman leaves for Anthropic",
    summary: "Co-founder John Schulman left OpenAI in August 2024 for its rival Anthropic.",
    occurred: fuzzy("2024-08-01", "2024-08-31", "month", "in August"),
    status: "confirmed",
    citations: [
      {
        article: "en011",
        role: "context",
        quote:
          "Another co-founder, John Schulman, left in August for rival Anthropic, founded in 2021 by a group of ex-OpenAI leaders.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "openai-departure-2024-05-sutskever",
    type: "departure",
    lab: "openai",
    title: "OpenAI co-founder Ilya Sutskever leaves",
    summary:
      "Co-founder Ilya Sutskever, who led a team focused on AI safety, left OpenAI in May 2024 and started his own AI company.",
    occurred: fuzzy("2024-05-01", "2024-05-31", "month", "in May"),
    status: "confirmed",
    citations: [
      {
        article: "en011",
        role: "context",
        quote:
          "Yet another co-founder, Ilya Sutskever, who led a team focused on AI safety, left in May and has started his own AI company.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "openai-departure-2024-05-leike",
    type: "departure",
    lab: "openai",
    title: "Safety co-lead Jan Leike resigns, criticising OpenAI",
    summary:
      "Days after Sutskever left, his safety team co-leader Jan Leike resigned, saying safety had taken a backseat to shiny products.",
    occurred: fuzzy("2024-05-01", "2024-05-31", "month", "Days after Sutskever's departure"),
    status: "confirmed",
    citations: [
      {
        article: "en011",
        role: "context",
        quote:
          "Days after Sutskever's departure, his safety team co-leader Jan Leike also resigned and leveled criticism at OpenAI for letting safety “take a backseat to shiny products.”",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Stability AI ───────────────────────────────────────────────────────────────────────────
  {
    key: "stability-ai-departure-2024-03-mostaque",
    type: "departure",
    lab: "stability-ai",
    title: "Stability AI's CEO Emad Mostaque steps down",
    summary:
      "Founder and CEO Emad Mostaque left Stability AI and its board amid investor tensions and staff exits; COO Shan Shan " +
      "Wong and CTO Christian Laforte became interim co-CEOs.",
    occurred: day("2024-03-22", "late Friday"),
    status: "confirmed",
    citations: [
      {
        article: "en012",
        role: "re_report",
        quote:
          "Emad Mostaque has stepped down as CEO of Stability AI and from its board to pursue other ventures within the sector, the company announced late Friday.",
        attribution: "official_statement",
        attributedTo: "Stability AI",
      },
      {
        article: "en013",
        role: "re_report",
        quote:
          "Mostaque's departure comes amidst mounting tensions with investors and a series of high-profile staff exits from the company.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Amazon and Anthropic ───────────────────────────────────────────────────────────────────
  {
    key: "amazon-investment-2024-11-anthropic",
    type: "investment",
    lab: "amazon",
    counterparty: "anthropic",
    title: "Amazon invests another $4 billion in Anthropic",
    summary:
      "Amazon invests an additional $4 billion in Anthropic, keeping a minority stake; AWS becomes Anthropic's primary cloud and training partner.",
    occurred: day("2024-11-22", "on Friday"),
    amountUsd: 4e9,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en014",
        role: "re_report",
        quote:
          "Amazon.com Inc. is investing an additional $4 billion in artificial intelligence startup Anthropic, boosting its stake in one of OpenAI’s chief rivals.",
        attribution: "official_statement",
        attributedTo: "Amazon and Anthropic",
      },
    ],
  },
  {
    key: "amazon-investment-2024-03-anthropic",
    type: "investment",
    lab: "amazon",
    counterparty: "anthropic",
    title: "Amazon adds $2.75 billion to its Anthropic investment, $4 billion in total",
    summary:
      "Amazon invested a further $2.75 billion in Anthropic, completing its planned $4 billion; it keeps a minority stake without a board seat.",
    occurred: day("2024-03-27", "On Wednesday"),
    amountUsd: 2.75e9,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en015",
        role: "re_report",
        quote:
          "On Wednesday, Amazon announced that additional investment of $2.75 billion in Anthropic, a San Francisco-based AI startup.",
        attribution: "official_statement",
        attributedTo: "Amazon",
      },
      {
        article: "en014",
        role: "context",
        quote:
          "The new infusion, announced by the companies on Friday, follows a $4 billion investment in Anthropic completed earlier this year.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "amazon-investment-2023-09-anthropic",
    type: "investment",
    lab: "amazon",
    counterparty: "anthropic",
    title: "Amazon makes an initial $1.25 billion investment in Anthropic",
    summary:
      "In September 2023 Amazon made an initial $1.25 billion investment in Anthropic, planning up to $4 billion.",
    occurred: fuzzy("2023-09-01", "2023-09-30", "month", "in September"),
    amountUsd: 1.25e9,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en015",
        role: "context",
        quote:
          "This investment follows an initial $1.25 billion investment made by Amazon in September, bringing Amazon’s total investment in Anthropic to $4 billion.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "openai-investment-2024-10-round",
    type: "investment",
    lab: "openai",
    title: "OpenAI raises $6.6 billion at a $157 billion valuation",
    summary: "OpenAI raised $6.6 billion in October 2024 at a $157 billion valuation.",
    occurred: fuzzy("2024-10-01", "2024-10-31", "month", "in October"),
    amountUsd: 6.6e9,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en014",
        role: "context",
        quote: "OpenAI raised $6.6 billion in funding in October at a $157 billion valuation.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "google-other-2024-11-doj-anthropic",
    type: "other",
    lab: "google",
    counterparty: "anthropic",
    title: "US Justice Department seeks to unwind Google's Anthropic deal",
    summary:
      "Regulatory scrutiny: the US Justice Department is seeking to unwind Google's investment deal with Anthropic.",
    occurred: fuzzy("2024-11-20", "2024-11-22", "range", "is now seeking"),
    status: "reported",
    citations: [
      {
        article: "en014",
        role: "re_report",
        quote:
          "But the US Justice Department is now seeking to unwind Google’s Anthropic deal in particular.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Meta ───────────────────────────────────────────────────────────────────────────────────
  {
    key: "meta-layoff-2025-10-superintelligence-labs",
    type: "layoff",
    lab: "meta",
    title: "Meta cuts about 600 roles in Superintelligence Labs",
    summary:
      "Meta cut roughly 600 of several thousand roles in its Superintelligence Labs (FAIR, product AI, AI infrastructure), " +
      "sparing TBD Lab; affected staff are encouraged to apply internally.",
    occurred: day("2025-10-22", "on Wednesday"),
    headcount: 600,
    headcountQualifier: "about",
    status: "reported",
    citations: [
      {
        article: "en016",
        role: "re_report",
        quote:
          "Meta is cutting roughly 600 positions out of the several thousand roles within its Superintelligence Labs artificial intelligence unit, Axios reported on Wednesday (Oct 22).",
        attribution: "relays_outlet",
        attributedTo: "Axios",
      },
      {
        article: "en017",
        role: "re_report",
        quote:
          "Meta Platforms Inc. is cutting approximately 600 jobs from the company’s artificial intelligence unit, Meta Superintelligence Labs, as it aims to move more quickly in the competitive AI race.",
        attribution: "named_source",
        attributedTo: "Alexandr Wang (internal memo)",
      },
    ],
  },
  {
    key: "meta-investment-2025-10-blue-owl-financing",
    type: "investment",
    lab: "meta",
    title: "Meta strikes a $27 billion financing deal with Blue Owl for its biggest data centre",
    summary:
      "Meta's largest-ever private capital agreement, with Blue Owl Capital, funds its biggest data centre project.",
    occurred: day("2025-10-21", "On Tuesday"),
    amountUsd: 27e9,
    amountQualifier: "exact",
    amountKind: "deal_value",
    status: "confirmed",
    citations: [
      {
        article: "en016",
        role: "re_report",
        quote:
          "On Tuesday, Meta struck a US$27 billion financing deal with Blue Owl Capital, the company's largest-ever private capital agreement, to fund its biggest data centre project.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "meta-other-2025-06-superintelligence-labs",
    type: "other",
    lab: "meta",
    title: "Meta reorganises its AI work under Superintelligence Labs",
    summary:
      "In June 2025 Meta reorganised its AI efforts under Superintelligence Labs after senior departures and Llama 4's poor reception.",
    occurred: fuzzy("2025-06-01", "2025-06-30", "month", "in June"),
    status: "confirmed",
    citations: [
      {
        article: "en016",
        role: "context",
        quote:
          "The parent of Facebook and Instagram reorganised its AI efforts under Superintelligence Labs in June after senior staff departures and a poor reception for its open-source Llama 4 model.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Mistral AI ─────────────────────────────────────────────────────────────────────────────
  {
    key: "mistral-ai-investment-2025-09-series-c",
    type: "investment",
    lab: "mistral-ai",
    counterparty: "asml",
    title: "Mistral AI raises €1.7 billion led by ASML",
    summary:
      "Mistral AI raised €1.7 billion ($2 billion) in a round led by ASML's €1.3 billion for an 11% stake, at an €11.7 billion post-money valuation.",
    occurred: fuzzy("2025-09-09", "2025-09-09", "day", "has raised"),
    amountUsd: 2e9,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en018",
        role: "re_report",
        quote:
          "Mistral AI, a French artificial intelligence start-up backed by NVIDIA, has raised €1.7 billion ($2 billion) in its latest funding round.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Nvidia and DeepSeek ────────────────────────────────────────────────────────────────────
  {
    key: "nvidia-stock-2025-01-deepseek",
    type: "stock_move",
    lab: "nvidia",
    counterparty: "deepseek",
    title: "Nvidia's shares plunge on DeepSeek, the biggest one-day loss of market value in history",
    summary:
      "Nvidia's stock fell 16% by midday on Monday 27 January 2025 after DeepSeek's cheap model, wiping out more than $500 billion of market value.",
    occurred: day("2025-01-27", "as of midday Monday"),
    percent: -16,
    amountUsd: 500e9,
    amountQualifier: "more_than",
    amountKind: "market_cap",
    status: "reported",
    citations: [
      {
        article: "en019",
        role: "re_report",
        quote:
          "The chip-maker's stock had plunged 16% as of midday Monday, wiping off more than $500 billion in market value, reports the Wall Street Journal.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
    ],
  },
  {
    key: "nvidia-stock-2024-09-record-loss",
    type: "stock_move",
    lab: "nvidia",
    title: "Nvidia loses $279 billion of market value in one day",
    summary:
      "In September 2024 Nvidia lost $279 billion of market value in a single day, the record before January 2025.",
    occurred: fuzzy("2024-09-01", "2024-09-30", "month", "in September"),
    amountUsd: 279e9,
    amountQualifier: "exact",
    amountKind: "market_cap",
    status: "confirmed",
    citations: [
      {
        article: "en019",
        role: "context",
        quote: "The current record is a $279 billion loss posted by Nvidia in September.",
        attribution: "relays_outlet",
        attributedTo: "Bloomberg",
      },
    ],
  },
  // ── xAI's Grok ─────────────────────────────────────────────────────────────────────────────
  {
    key: "xai-delay-2025-11-grok-5",
    type: "delay",
    lab: "xai",
    model: "grok-5",
    title: "Musk moves Grok 5 from late 2025 to the first quarter of 2026",
    summary:
      "At Baron Capital's conference Musk said Grok 5 will arrive in the first three months of 2026, later than the original late-2025 target.",
    occurred: day("2025-11-14", "on Friday"),
    status: "confirmed",
    citations: [
      {
        article: "en021",
        role: "re_report",
        quote:
          "Speaking with billionaire investor Ron Baron at Baron Capital's annual investment conference on Friday, the xAI founder announced that Grok 5 will arrive in the first three months of 2026—a delay from the original late-2025 target—but when it does, it'll be packing some serious computational firepower.",
        attribution: "named_source",
        attributedTo: "Elon Musk",
      },
      {
        article: "en022",
        role: "re_report",
        quote:
          "The delay from a planned 2025 release, as reported by WebProNews, stems from the need for additional testing and refinements to enhance reliability and accuracy.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "xai-delay-2025-01-grok-3",
    type: "delay",
    lab: "xai",
    model: "grok-3",
    title: "Grok 3 misses Musk's end-of-2024 target",
    summary:
      "Musk had promised Grok 3 by the end of 2024; by 2 January 2025 there was no sign of its rollout.",
    occurred: fuzzy("2024-12-31", "2025-01-02", "range", "as of January 2, 2025"),
    status: "reported",
    citations: [
      {
        article: "en024",
        role: "first_report",
        quote:
          "Despite lofty claims about its next-generation model, Grok 3, the anticipated launch has slipped past its promised 2024 window.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "anthropic-delay-2024-claude-3-5-opus",
    type: "delay",
    lab: "anthropic",
    model: "claude-3-5-opus",
    title: "Anthropic quietly drops the announced Claude 3.5 Opus",
    summary:
      "Anthropic removed references to Claude 3.5 Opus and decided not to release it, reportedly for economic reasons.",
    occurred: fuzzy("2024-10-01", "2025-01-02", "range", "later quietly removed"),
    status: "reported",
    citations: [
      {
        article: "en024",
        role: "context",
        quote:
          "For example, Anthropic had initially promised a successor to its Claude 3 Opus model but later quietly removed all references to the anticipated Claude 3.5 Opus.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "openai-other-2025-02-musk-lawsuit",
    type: "other",
    lab: "openai",
    title: "Musk sues to block OpenAI's transition to a for-profit company",
    summary:
      "Elon Musk has filed a lawsuit against Sam Altman to block OpenAI's conversion into a for-profit entity.",
    occurred: fuzzy("2024-02-29", "2025-02-13", "range", "has also filed"),
    status: "confirmed",
    citations: [
      {
        article: "en023",
        role: "context",
        quote:
          "Musk has also filed a lawsuit against OpenAI CEO Sam Altman, aiming to block the company’s transition to a for-profit entity.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Amazon's Alexa, Apple's summaries ──────────────────────────────────────────────────────
  {
    key: "amazon-delay-2025-02-alexa",
    type: "delay",
    lab: "amazon",
    model: "alexa-plus",
    title: "Public release of the new Alexa slips by at least a month after the 26 February event",
    summary:
      "The Washington Post reported that the public release of the new Alexa is pushed back by at least a month from " +
      "its 26 February 2025 unveiling, over hallucinations, accuracy and speed.",
    occurred: fuzzy("2025-02-01", "2025-02-20", "range", "is being pushed back"),
    status: "reported",
    citations: [
      {
        article: "en025",
        role: "re_report",
        quote:
          "But there is also some inside information that the public release of the new Alexa is being pushed back by at least a month from that date, according to the Washington Post, citing information from an internal newsletter and an employee at Amazon who asked not to be named out of concern of losing their job.",
        attribution: "relays_outlet",
        attributedTo: "The Washington Post",
      },
    ],
  },
  {
    key: "amazon-benchmark-2025-02-alexa-hallucinations",
    type: "benchmark_underperformance",
    lab: "amazon",
    model: "alexa-plus",
    title: "The new Alexa is held back by hallucinations, accuracy and speed",
    summary: "Concerns over hallucinations, accuracy and speed bogged down the unveiling of the new Alexa.",
    occurred: fuzzy("2025-02-01", "2025-02-20", "range", "was bogged down"),
    status: "reported",
    citations: [
      {
        article: "en025",
        role: "re_report",
        quote: "The unveiling was bogged down by concerns over hallucinations, accuracy, and speed.",
        attribution: "relays_outlet",
        attributedTo: "The Washington Post",
      },
    ],
  },
  {
    key: "apple-controversy-2025-01-news-summaries",
    type: "controversy",
    lab: "apple",
    model: "apple-intelligence-news-summaries",
    title: "Apple pauses its AI news summaries after errors",
    summary:
      "Apple switched off its AI news summarizer in January 2025 after it made several errors about current events.",
    occurred: fuzzy("2025-01-01", "2025-01-31", "month", "last January"),
    status: "confirmed",
    citations: [
      {
        article: "en025",
        role: "context",
        quote:
          "Apple unplugged its news summarizer last January after it made several errors related to current events.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Google and Character.AI ────────────────────────────────────────────────────────────────
  {
    key: "google-hiring-2024-08-character-ai",
    type: "hiring",
    lab: "google",
    counterparty: "character-ai",
    title: "Google DeepMind hires Character.AI's founders and part of its research team",
    summary:
      "Noam Shazeer, Daniel De Freitas and some of Character.AI's researchers join Google DeepMind; Google gets a " +
      "non-exclusive licence to Character.AI's models, which funds the start-up.",
    occurred: day("2024-08-02", "Friday"),
    status: "confirmed",
    citations: [
      {
        article: "en026",
        role: "re_report",
        quote:
          "Noam Shazeer and Daniel De Freitas, in addition to certain members of Character.AI's research team, are joining Google's AI unit DeepMind, the companies said Friday.",
        attribution: "official_statement",
        attributedTo: "Google and Character.AI",
      },
    ],
  },
  {
    key: "character-ai-departure-2024-08-founders-to-google",
    type: "departure",
    lab: "character-ai",
    counterparty: "google",
    title: "Character.AI's co-founders leave for Google DeepMind",
    summary:
      "Character.AI loses its co-founders Noam Shazeer and Daniel De Freitas and some researchers to Google DeepMind.",
    occurred: day("2024-08-02", "Friday"),
    status: "confirmed",
    citations: [
      {
        article: "en026",
        role: "re_report",
        quote:
          "Character.AI co-founders and former Google engineers Noam Shazeer and Daniel De Freitas are returning to the search giant's AI unit Deepmind.",
        attribution: "official_statement",
        attributedTo: "Google and Character.AI",
      },
    ],
  },
  // ── Baidu's Ernie Bot ──────────────────────────────────────────────────────────────────────
  {
    key: "baidu-benchmark-2023-03-ernie-demo",
    type: "benchmark_underperformance",
    lab: "baidu",
    model: "ernie-bot",
    title: "Ernie Bot's debut shows only pre-recorded demos and disappoints",
    summary:
      "Baidu introduced Ernie Bot with five pre-recorded demos and without public access, disappointing investors.",
    occurred: day("2023-03-16", "today"),
    status: "confirmed",
    citations: [
      {
        article: "en027",
        role: "re_report",
        quote:
          "However, Baidu shares were once down more than 10 percent today, after it introduced Ernie Bot with pre-recorded demos and said it is not open to public yet.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "baidu-stock-2023-03-ernie-demo",
    type: "stock_move",
    lab: "baidu",
    model: "ernie-bot",
    title: "Baidu's shares fall as much as 10% during the Ernie Bot launch",
    summary:
      "Baidu's Hong Kong shares fell more than 10% at one point on 16 March 2023 during the Ernie Bot presentation.",
    occurred: day("2023-03-16", "today"),
    percent: -10,
    status: "confirmed",
    citations: [
      {
        article: "en027",
        role: "first_report",
        quote:
          "However, Baidu shares were once down more than 10 percent today, after it introduced Ernie Bot with pre-recorded demos and said it is not open to public yet.",
        attribution: "own_reporting",
      },
      {
        article: "en028",
        role: "follow_up",
        quote:
          "Baidu’s shares were recovering from a 10% tumble on Thursday, when investors were left disappointed with the “scripted” and private launch of the AI-powered chatbot.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "baidu-stock-2023-03-ernie-rebound",
    type: "stock_move",
    lab: "baidu",
    model: "ernie-bot",
    title: "Baidu's shares rebound almost 14% as users test Ernie Bot",
    summary:
      "Baidu's Hong Kong shares rose almost 14% on Friday 17 March 2023 as users shared their tests of Ernie Bot.",
    occurred: day("2023-03-17", "on Friday"),
    percent: 14,
    status: "confirmed",
    citations: [
      {
        article: "en028",
        role: "first_report",
        quote:
          "Hong Kong-listed shares in Baidu were up almost 14% on Friday as users shared their experiences of using Ernie bot — the Chinese AI firm’s answer to ChatGPT.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Scale AI ───────────────────────────────────────────────────────────────────────────────
  {
    key: "scale-ai-layoff-2025-07",
    type: "layoff",
    lab: "scale-ai",
    title: "Scale AI lays off 200 employees, 14% of its staff",
    summary:
      "A month after Meta's investment, Scale AI's interim CEO Jason Droege cut 200 full-time employees (14% of staff), " +
      "saying the company had ramped up its GenAI capacity too quickly.",
    occurred: day("2025-07-16", "on Wednesday"),
    headcount: 200,
    headcountQualifier: "exact",
    percent: 14,
    status: "confirmed",
    citations: [
      {
        article: "en032",
        role: "re_report",
        quote:
          "Scale AI, a private U.S. technology company that helps develop artificial intelligence applications, on Wednesday laid off 14% of its staff after tech giant Meta took a $14.3 billion 49% stake and hired its CEO last month.",
        attribution: "own_reporting",
      },
      {
        article: "en032",
        role: "company_response",
        quote:
          "The changes will result in the loss of 200 employees, who received severances, at the San Francisco-based company.",
        attribution: "official_statement",
        attributedTo: "Scale AI (Joe Osborne)",
      },
      {
        article: "en033",
        role: "re_report",
        quote:
          "Data infrastructure startup Scale AI is undergoing a major shake-up, laying off 200 employees - around 14% of its full-time staff - and severing contracts with 500 global contractors, according to a Bloomberg report.",
        attribution: "relays_outlet",
        attributedTo: "Bloomberg",
      },
    ],
  },
  {
    key: "scale-ai-layoff-2025-07-contractors",
    type: "layoff",
    lab: "scale-ai",
    title: "Scale AI stops working with 500 contractors",
    summary: "Scale AI will no longer use 500 of its several thousand contractors worldwide.",
    occurred: day("2025-07-16", "on Wednesday"),
    headcount: 500,
    headcountQualifier: "exact",
    status: "confirmed",
    citations: [
      {
        article: "en032",
        role: "company_response",
        quote:
          "Also, 500 contractors out of several thousands worldwide won't be used, spokesperson Joe Osborne told CNBC.",
        attribution: "official_statement",
        attributedTo: "Scale AI (Joe Osborne)",
      },
    ],
  },
  {
    // Same fact as the seed's event (a003): the loader merges these citations into it.
    key: "meta-scale-ai-stake",
    type: "acquisition",
    lab: "meta",
    counterparty: "scale-ai",
    title: "Meta pays more than $14B for a 49% stake in Scale AI",
    summary: "Meta took a $14.3 billion, 49% stake in Scale AI and hired its CEO Alexandr Wang.",
    occurred: fuzzy("2025-06-11", "2025-06-20", "month_part", "last month"),
    amountUsd: 14.3e9,
    amountQualifier: "exact",
    amountKind: "deal_value",
    percent: 49,
    status: "confirmed",
    citations: [
      {
        article: "en032",
        role: "context",
        quote:
          "Scale AI, a private U.S. technology company that helps develop artificial intelligence applications, on Wednesday laid off 14% of its staff after tech giant Meta took a $14.3 billion 49% stake and hired its CEO last month.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "scale-ai-departure-2025-06-wang",
    type: "departure",
    lab: "scale-ai",
    counterparty: "meta",
    title: "Scale AI's founder and CEO Alexandr Wang leaves for Meta",
    summary:
      "As part of Meta's investment, founder Alexandr Wang left Scale AI to lead AI at Meta; Jason Droege became interim CEO.",
    occurred: fuzzy("2025-06-11", "2025-06-20", "month_part", "last month"),
    status: "confirmed",
    citations: [
      {
        article: "en033",
        role: "context",
        quote:
          "The job cuts come just a month after Meta hired Scale AI's CEO Alexandr Wang in a $14.3 billion deal, raising questions about the startup's future direction.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "scale-ai-other-2025-06-customers-pull-back",
    type: "other",
    lab: "scale-ai",
    title: "Major customers pull back from Scale AI after Meta's investment",
    summary:
      "Meta's investment prompted several major customers to pull back from Scale AI's data-labelling business.",
    occurred: fuzzy("2025-06-12", "2025-07-16", "range", "seems to have prompted"),
    status: "reported",
    citations: [
      {
        article: "en033",
        role: "re_report",
        quote:
          "In Scale AI's case, Meta's investment seems to have prompted several major customers to pull back, impacting the startup's core business line.",
        attribution: "relays_outlet",
        attributedTo: "Bloomberg",
      },
    ],
  },
  // ── OpenAI: Sora, o3 ───────────────────────────────────────────────────────────────────────
  {
    key: "openai-controversy-2024-11-sora-leak",
    type: "controversy",
    lab: "openai",
    model: "sora",
    title: "Artists leak Sora in protest against unpaid work for OpenAI",
    summary:
      "In November 2024 artists briefly leaked OpenAI's Sora, protesting against OpenAI using their art for unpaid research and development.",
    occurred: fuzzy("2024-11-01", "2024-11-30", "month", "last month"),
    status: "confirmed",
    citations: [
      {
        article: "en034",
        role: "context",
        quote:
          "It would come as no surprise to see Sora arrive soon, after the AI video generator was briefly leaked last month by artists protesting against OpenAI using their art for unpaid research and development.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "openai-delay-2025-02-o3",
    type: "delay",
    lab: "openai",
    model: "o3",
    title: "OpenAI cancels the standalone release of the full o3 model",
    summary:
      "Sam Altman said the full o3 model, scheduled for February or March 2025, would not be released on its own but folded into GPT-5.",
    occurred: day("2025-02-12", "In a recent X post"),
    status: "confirmed",
    citations: [
      {
        article: "en035",
        role: "re_report",
        quote:
          "In a recent X post, Sam Altman announced that OpenAI has decided to cancel the release of the full o3 model, which was scheduled to launch in February or March.",
        attribution: "official_statement",
        attributedTo: "Sam Altman",
      },
    ],
  },
  // ── Google Gemini images ───────────────────────────────────────────────────────────────────
  {
    key: "google-controversy-2024-02-gemini-images",
    type: "controversy",
    lab: "google",
    title: "Google pauses Gemini's image generation of people after inaccurate historical images",
    summary:
      "After backlash over historically inaccurate images (e.g. the US Founding Fathers), Google paused Gemini's image generation of people.",
    occurred: fuzzy("2024-02-22", "2024-02-22", "day", "this week"),
    status: "confirmed",
    citations: [
      {
        article: "en036",
        role: "re_report",
        quote:
          "Several users complained that Gemini AI was generating inaccurate images of historical figures, prompting Google to pause use of the service.",
        attribution: "official_statement",
        attributedTo: "Google",
      },
    ],
  },
  // ── Apple's Siri in 2026 ───────────────────────────────────────────────────────────────────
  {
    key: "apple-delay-2026-02-siri",
    type: "delay",
    lab: "apple",
    model: "siri",
    title: "The new Siri runs into snags again: features planned for iOS 26.4 may slip to iOS 26.5 or iOS 27",
    summary:
      "Bloomberg's Mark Gurman reported that testing problems may spread the personal Siri features planned for iOS 26.4 " +
      "(March 2026) over iOS 26.5 (May) and iOS 27 (September); Apple told CNBC the launch is still planned for 2026.",
    occurred: fuzzy("2026-02-09", "2026-02-12", "range", "in recent weeks (Gurman's report)"),
    status: "reported",
    citations: [
      {
        article: "en037",
        role: "re_report",
        quote:
          "In his latest report, Gurman writes that the planned Siri upgrade has again caused issues in recent weeks.",
        attribution: "relays_outlet",
        attributedTo: "Bloomberg (Mark Gurman)",
      },
      {
        article: "en037",
        role: "company_response",
        quote: "Update February 13, 2026: Apple told CNBC that the market launch in 2026 is still planned.",
        attribution: "official_statement",
        attributedTo: "Apple",
      },
      {
        article: "en038",
        role: "re_report",
        quote:
          "In what feels like history repeating itself for the second year in a row, Bloomberg’s Mark Gurman just broke the sad news that Apple’s Siri upgrade has “run into some snags” that could push it off until iOS 27 arrives this fall:",
        attribution: "relays_outlet",
        attributedTo: "Bloomberg (Mark Gurman)",
      },
    ],
  },
  {
    key: "apple-other-2025-03-siri-reorganisation",
    type: "other",
    lab: "apple",
    model: "siri",
    title: "Apple reassigns the Siri project to another division",
    summary:
      "In the weeks after Apple admitted the Siri delay in March 2025, it cleaned house and moved the Siri project to another division.",
    occurred: fuzzy("2025-03-07", "2025-04-30", "range", "In the weeks that followed"),
    status: "reported",
    citations: [
      {
        article: "en038",
        role: "context",
        quote:
          "In the weeks that followed, insider reports revealed how much of a train wreck the Siri project actually was, leading Apple to clean house and reassign it to another division to get it back on track.",
        attribution: "anonymous_sources",
      },
    ],
  },
  {
    key: "apple-other-2026-01-gemini-for-siri",
    type: "other",
    lab: "apple",
    counterparty: "google",
    model: "siri",
    title: "Apple announces a partnership with Google to power the new Siri",
    summary: "Apple formally announced that Google's technology will help power the new Siri.",
    occurred: fuzzy("2025-04-01", "2026-02-11", "range", "the subsequent formal announcement"),
    status: "confirmed",
    citations: [
      {
        article: "en038",
        role: "context",
        quote: "the subsequent formal announcement of a Google partnership to power the new Siri",
        attribution: "official_statement",
        attributedTo: "Apple",
      },
    ],
  },
  // ── Meta's Llama 4 on LMArena ──────────────────────────────────────────────────────────────
  {
    // Same fact as the seed's event: the loader merges this citation into it.
    key: "llama-4-arena-controversy",
    type: "controversy",
    lab: "meta",
    title: "Meta promoted Llama 4 with a chat-optimised variant on Chatbot Arena",
    summary:
      "Meta's LMArena score came from an experimental chat version of Maverick, not the released model.",
    occurred: fuzzy("2025-04-05", "2025-04-08", "range", "Shortly after release"),
    status: "confirmed",
    citations: [
      {
        article: "en039",
        role: "re_report",
        quote:
          "Meta had deployed an “experimental chat version” of Maverick specifically “optimized for conversationality” for benchmark testing.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Microsoft ──────────────────────────────────────────────────────────────────────────────
  {
    key: "microsoft-layoff-2025-05",
    type: "layoff",
    lab: "microsoft",
    title: "Microsoft cuts about 6,000 jobs while ramping up AI investment",
    summary:
      "Microsoft is laying off less than 3% of its workforce, around 6,000 employees, to control costs as AI infrastructure pressures its margins.",
    occurred: day("2025-05-13", "on Tuesday"),
    headcount: 6000,
    headcountQualifier: "about",
    status: "confirmed",
    citations: [
      {
        article: "en040",
        role: "re_report",
        quote:
          "Microsoft announced on Tuesday it is laying off less than 3% of its global workforce, around 6,000 employees, as the company aims to control costs while ramping up its multibillion-dollar investments in artificial intelligence.",
        attribution: "official_statement",
        attributedTo: "Microsoft",
      },
    ],
  },
  {
    key: "microsoft-layoff-2023-01",
    type: "layoff",
    lab: "microsoft",
    title: "Microsoft lays off 10,000 employees",
    summary: "In 2023 Microsoft laid off 10,000 employees, its largest cut before May 2025.",
    occurred: fuzzy("2023-01-01", "2023-12-31", "year", "in 2023"),
    headcount: 10000,
    headcountQualifier: "exact",
    status: "confirmed",
    citations: [
      {
        article: "en040",
        role: "context",
        quote:
          "The job cuts, spanning all levels and regions, are the largest since Microsoft laid off 10,000 employees in 2023.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "microsoft-investment-2025-fy-capex",
    type: "investment",
    lab: "microsoft",
    title: "Microsoft earmarks $80 billion of capex for the fiscal year, mostly AI data centres",
    summary:
      "Microsoft plans $80 billion of capital expenditure in fiscal 2025, primarily to expand data centres for AI services.",
    occurred: fuzzy("2024-07-01", "2025-06-30", "range", "for the fiscal year"),
    amountUsd: 80e9,
    amountQualifier: "exact",
    amountKind: "capex",
    status: "confirmed",
    citations: [
      {
        article: "en040",
        role: "context",
        quote:
          "To support its AI ambitions, Microsoft has earmarked $80 billion in capital expenditures for the fiscal year, primarily to expand data centers and address capacity constraints for AI services.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── xAI funding ────────────────────────────────────────────────────────────────────────────
  {
    key: "xai-investment-2024-12-series-c",
    type: "investment",
    lab: "xai",
    title: "xAI raises $6 billion in a Series C",
    summary:
      "xAI raised $6 billion from investors including Nvidia, AMD, BlackRock and Morgan Stanley, its second round of 2024.",
    occurred: day("2024-12-23", "on Monday"),
    amountUsd: 6e9,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en041",
        role: "re_report",
        quote:
          "Elon Musk‘s artificial intelligence company xAI announced on Monday it has secured $6 billion in Series C funding from major technology and financial institutions, marking its second major funding round this year.",
        attribution: "official_statement",
        attributedTo: "xAI",
      },
    ],
  },
  {
    key: "xai-investment-2026-01-series-e",
    type: "investment",
    lab: "xai",
    title: "xAI raises $20 billion in a Series E",
    summary:
      "xAI raised $20 billion in equity and debt, upsized from a $15 billion target, at a valuation of about $230 billion.",
    occurred: fuzzy("2026-01-05", "2026-01-07", "range", "has raised"),
    amountUsd: 20e9,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en042",
        role: "re_report",
        quote:
          "xAI has raised US$20bn in one of the largest private company funding rounds of all time, as the Elon Musk-backed AI company races to secure financing to rapidly scale up its computing capacity in a bid to make its controversial Grok model into one of the leading AI engines.",
        attribution: "official_statement",
        attributedTo: "xAI",
      },
    ],
  },
  {
    key: "xai-controversy-2026-01-grok-sexualised-images",
    type: "controversy",
    lab: "xai",
    title: "Anger and regulatory threats after Grok generates sexualised images of children",
    summary:
      "Grok was found to generate sexualised images of children, drawing widespread anger and regulatory threats.",
    occurred: fuzzy("2025-12-20", "2026-01-07", "range", "against the backdrop of widespread anger"),
    status: "reported",
    citations: [
      {
        article: "en042",
        role: "context",
        quote:
          "which came against the backdrop of widespread anger and regulatory threats against Grok after it was found to be generating sexualised images of children.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Google Gemini, November 2023 ───────────────────────────────────────────────────────────
  {
    key: "google-delay-2023-11-gemini",
    type: "delay",
    lab: "google",
    model: "gemini-1-0",
    title: "Google delays Gemini to the first quarter of 2024",
    summary:
      "The Information reported that Google delayed Gemini, which it had told cloud customers would launch in November 2023, " +
      "to the first quarter of 2024 because the main model was unfinished.",
    occurred: fuzzy(
      "2023-11-10",
      "2023-11-16",
      "range",
      "has apparently delayed (report of 16 November 2023)",
    ),
    status: "reported",
    citations: [
      {
        article: "en043",
        role: "re_report",
        quote:
          'According to a report by The Information, Google has apparently delayed the launch of its new "Gemini" AI until Q1 of 2024 (via Gizmodo).',
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
      {
        article: "en044",
        role: "re_report",
        quote:
          "Google has postponed the release of Gemini to the first quarter of the next year, according to sources cited by The Information.",
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
    ],
  },
  {
    key: "google-architecture-2023-11-gemini-main-model",
    type: "architecture_problem",
    lab: "google",
    model: "gemini-1-0",
    title: "Gemini's main, largest model is not finished",
    summary:
      "Only smaller variants of Gemini were polished; Google was still completing the main and largest version.",
    occurred: fuzzy("2023-11-01", "2023-11-16", "range", "is still working out (report of 16 November 2023)"),
    status: "reported",
    citations: [
      {
        article: "en043",
        role: "re_report",
        quote:
          "The problem, as discovered by the publication, is that Google is still working out the primary version of its new conversational AI machine.",
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
      {
        article: "en044",
        role: "re_report",
        quote:
          "However, the company is still in the process of completing the main and largest version of Gemini, the report added.",
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
    ],
  },
  // ── Alibaba, Perplexity ────────────────────────────────────────────────────────────────────
  {
    key: "alibaba-investment-2025-02-ai-cloud-capex",
    type: "investment",
    lab: "alibaba",
    title: "Alibaba to invest at least $53 billion in AI and cloud infrastructure over three years",
    summary:
      "Alibaba said it will invest at least 380 billion yuan ($53 billion) in cloud computing and AI infrastructure over the next three years.",
    occurred: day("2025-02-24", "Monday"),
    amountUsd: 53e9,
    amountQualifier: "at_least",
    amountKind: "capex",
    status: "confirmed",
    citations: [
      {
        article: "en045",
        role: "re_report",
        quote:
          "Alibaba plans to “invest at least 380 billion yuan (US$53 billion) over the next three years to advance its cloud computing and AI infrastructure”, a company statement said.",
        attribution: "official_statement",
        attributedTo: "Alibaba",
      },
    ],
  },
  {
    key: "perplexity-ai-other-2024-10-news-corp-lawsuit",
    type: "other",
    lab: "perplexity-ai",
    title: "Dow Jones and the New York Post sue Perplexity for copyright infringement",
    summary:
      "News Corp's Dow Jones and the New York Post sued Perplexity in New York, alleging it copies their journalism to answer queries; Perplexity said it would fight the claims.",
    occurred: day("2024-10-21", "filed on Monday"),
    status: "confirmed",
    citations: [
      {
        article: "en046",
        role: "re_report",
        quote:
          "News Corp-owned Dow Jones and The New York Post are suing Perplexity, a generative AI search engine, for copyright infringement, a day after the company’s plans for more funding became public, The Wall Street Journal’s Alexandra Bruell reports.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
      {
        article: "en047",
        role: "re_report",
        quote:
          "Dow Jones and the New York Post have taken legal action against AI startup Perplexity AI, accusing the company of unlawfully copying their copyrighted content.",
        attribution: "own_reporting",
      },
      {
        article: "en047",
        role: "company_response",
        quote:
          "Perplexity has pledged to fight the copyright claims by Dow Jones and the New York Post, calling them misleading.",
        attribution: "official_statement",
        attributedTo: "Perplexity",
      },
    ],
  },
  // ── Microsoft and OpenAI, Anthropic's early rounds ─────────────────────────────────────────
  {
    key: "microsoft-investment-2023-01-openai",
    type: "investment",
    lab: "microsoft",
    counterparty: "openai",
    title: "Microsoft invests $10 billion in OpenAI over several years",
    summary:
      "Microsoft announced a multiyear, multibillion-dollar investment in OpenAI; a person familiar with it put it at $10 billion.",
    occurred: day("2023-01-23", "on Monday"),
    amountUsd: 10e9,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en048",
        role: "re_report",
        quote:
          "Although Microsoft didn’t give details of the new investment, a person familiar with the discussions who asked not to be identified because the information isn’t public said it totals $10 billion over multiple years.",
        attribution: "anonymous_sources",
      },
      {
        article: "en049",
        role: "re_report",
        quote:
          "Neither company has disclosed the value of the investment, but sources have revealed that the investment will total $10 billion over multiple years, according to Bloomberg.",
        attribution: "relays_outlet",
        attributedTo: "Bloomberg",
      },
    ],
  },
  {
    key: "microsoft-investment-2019-07-openai",
    type: "investment",
    lab: "microsoft",
    counterparty: "openai",
    title: "Microsoft invests $1 billion in OpenAI",
    summary: "Microsoft's first investment in OpenAI, $1 billion in 2019.",
    occurred: fuzzy("2019-01-01", "2019-12-31", "year", "in 2019"),
    amountUsd: 1e9,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en048",
        role: "context",
        quote:
          "The new support, building on $1 billion Microsoft poured into OpenAI in 2019 and another round in 2021, is intended to give Microsoft access to some of the most popular and advanced artificial intelligence systems.",
        attribution: "own_reporting",
      },
      {
        article: "en049",
        role: "context",
        quote:
          "This investment follows the initial investment Microsoft made in 2019 worth $1 billion, and the $2 billion in the years after.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "microsoft-stock-2023-01-openai-deal",
    type: "stock_move",
    lab: "microsoft",
    title: "Microsoft's shares gain 1% on the OpenAI investment",
    summary: "Microsoft's shares rose 1% to $242.58 in New York on the day of the OpenAI announcement.",
    occurred: day("2023-01-23", "on Monday"),
    percent: 1,
    amountUsd: 242.58,
    amountQualifier: "exact",
    amountKind: "share_price",
    status: "confirmed",
    citations: [
      {
        article: "en048",
        role: "first_report",
        quote: "Microsoft shares gained 1% to $242.58 in New York on Monday.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "anthropic-investment-2023-03-spark-capital",
    type: "investment",
    lab: "anthropic",
    title: "Anthropic raises $300 million led by Spark Capital at a $4.1 billion valuation",
    summary:
      "Anthropic raised another $300 million led by Spark Capital, valuing it at $4.1 billion, The Information reported.",
    occurred: fuzzy("2023-03-01", "2023-03-09", "range", "raised another (report of 9 March 2023)"),
    amountUsd: 300e6,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "reported",
    citations: [
      {
        article: "en050",
        role: "re_report",
        quote:
          "Anthropic, a San Francisco-based AI startup, raised another $300 million led by Spark Capital that values the company at $4.1 billion, The Information reported.",
        attribution: "relays_outlet",
        attributedTo: "The Information",
      },
    ],
  },
  {
    key: "google-investment-2023-02-anthropic-stake",
    type: "investment",
    lab: "google",
    counterparty: "anthropic",
    title: "Google invests $400 million in Anthropic for a 10% stake",
    summary: "Google invested $400 million in Anthropic and took a 10% stake, the Financial Times reported.",
    occurred: fuzzy("2022-09-01", "2023-02-28", "range", "previously invested (FT report of February 2023)"),
    amountUsd: 400e6,
    amountQualifier: "exact",
    amountKind: "investment",
    percent: 10,
    status: "reported",
    citations: [
      {
        article: "en050",
        role: "context",
        quote:
          "Google previously invested $400 million in Anthropic — which had raised $1.1 billion before this latest round — and took a 10% stake, per the Financial Times, and has a cloud deal with the company as well.",
        attribution: "relays_outlet",
        attributedTo: "Financial Times",
      },
    ],
  },
  // ── Samsung, Inflection AI ─────────────────────────────────────────────────────────────────
  {
    key: "samsung-other-2023-05-generative-ai-ban",
    type: "other",
    lab: "samsung",
    title: "Samsung bans generative AI tools after engineers leak source code to ChatGPT",
    summary:
      "After engineers uploaded internal source code to ChatGPT in April 2023, Samsung banned employee use of generative AI tools on company devices and networks.",
    occurred: day("2023-05-01", "on Monday"),
    status: "confirmed",
    citations: [
      {
        article: "en051",
        role: "re_report",
        quote:
          "Samsung Electronics is banning employee use of popular generative AI tools like ChatGPT after discovering staff uploaded sensitive code to the platform, dealing a setback to the spread of such technology in the workplace.",
        attribution: "relays_outlet",
        attributedTo: "Bloomberg News",
      },
      {
        article: "en051",
        role: "context",
        quote:
          "Earlier in April, Samsung engineers accidentally leaked internal source code by uploading it to ChatGPT, according to the memo.",
        attribution: "named_source",
        attributedTo: "Samsung memo",
      },
    ],
  },
  {
    key: "inflection-ai-investment-2022-round",
    type: "investment",
    lab: "inflection-ai",
    title: "Inflection AI raises $225 million",
    summary: "Inflection AI raised $225 million in mid-2022.",
    occurred: fuzzy("2022-05-01", "2022-08-31", "range", "in mid-2022"),
    amountUsd: 225e6,
    amountQualifier: "exact",
    amountKind: "investment",
    status: "confirmed",
    citations: [
      {
        article: "en052",
        role: "context",
        quote: "raised $1.3 billion dollars nine months ago and $225 million in mid-2022.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── Meta's Llama 4 Behemoth, in English (the seed's events; the loader merges) ──────────────
  {
    key: "behemoth-delay",
    type: "delay",
    lab: "meta",
    model: "llama-4-behemoth",
    title: "Llama 4 Behemoth delayed again: from end of April to June, now fall or later",
    summary:
      "The Wall Street Journal reported that Meta pushed Behemoth from early summer to fall 2025 or later.",
    occurred: fuzzy("2025-05-01", "2025-05-31", "month", "May 2025 (report of the Wall Street Journal)"),
    status: "reported",
    citations: [
      {
        article: "en053",
        role: "re_report",
        quote:
          "The jumbo version of Meta’s flagship AI model Llama has been delayed amid performance struggles.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
      {
        article: "en054",
        role: "re_report",
        quote:
          "The company is pushing its debut from early summer to fall 2025 or later, The Wall Street Journal reported.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
      {
        article: "en054",
        role: "company_response",
        quote: "A Meta spokesman declined to comment to The Wall Street Journal on the delay.",
        attribution: "official_statement",
        attributedTo: "Meta",
      },
    ],
  },
  {
    key: "behemoth-weak-gains",
    type: "benchmark_underperformance",
    lab: "meta",
    model: "llama-4-behemoth",
    title: "Behemoth's gains over earlier models and rivals too small, internal evaluations show",
    summary: "Meta's engineers cannot achieve the leaps in performance earlier generations delivered.",
    occurred: fuzzy("2025-05-01", "2025-05-31", "month", "May 2025 (report of the Wall Street Journal)"),
    status: "reported",
    citations: [
      {
        article: "en053",
        role: "re_report",
        quote:
          "According to the report from The Wall Street Journal, Meta engineers aren’t able to achieve the kinds of exponential leaps in performance that early generations of generative-AI models delivered, a phenomenon that is manifesting across the industry.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
    ],
  },
  {
    key: "meta-stock-drop-behemoth",
    type: "stock_move",
    lab: "meta",
    model: "llama-4-behemoth",
    title: "Meta shares slide on the delay report",
    summary:
      "Meta's shares fell on the report of Behemoth's delay (2.4% per Sherwood, up to 3.2% intraday per WinBuzzer).",
    occurred: day("2025-05-15", "on the news"),
    percent: -2.4,
    status: "reported",
    citations: [
      {
        article: "en053",
        role: "re_report",
        quote: "Meta shares were down 2.4% on the news.",
        attribution: "own_reporting",
      },
      {
        article: "en054",
        role: "re_report",
        quote: "The news prompted a dip in Meta’s stock of up to 3.2%.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "meta-capex-2025",
    type: "investment",
    lab: "meta",
    title: "Meta budgets $60–72 billion of capex for 2025, much of it on AI",
    summary:
      "Meta raised its 2025 capex projection to $60 billion to $72 billion, including a city-sized data centre in Louisiana.",
    occurred: fuzzy("2025-01-01", "2025-12-31", "year", "for this year"),
    amountUsd: 60e9,
    amountUsdMax: 72e9,
    amountQualifier: "exact",
    amountKind: "capex",
    status: "confirmed",
    citations: [
      {
        article: "en053",
        role: "context",
        quote:
          "Meta recently upped its capex projections to $60 billion to $72 billion for this year, including a massive city-sized data center in Louisiana.",
        attribution: "own_reporting",
      },
      {
        article: "en054",
        role: "context",
        quote: "The company plans up to $72 billion in capital expenditures this year, largely for AI.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "meta-other-2025-05-ai-management-changes",
    type: "other",
    lab: "meta",
    model: "llama-4-behemoth",
    title: "Meta considers significant management changes to its AI product group",
    summary:
      "Senior executives, frustrated with the Llama 4 team's lack of progress on Behemoth, are contemplating significant management changes to the AI product group.",
    occurred: fuzzy("2025-05-01", "2025-05-15", "range", "is contemplating (report of 15 May 2025)"),
    status: "reported",
    citations: [
      {
        article: "en053",
        role: "re_report",
        quote:
          "Meta is contemplating significant management changes to its AI product group as a result, the people said.",
        attribution: "anonymous_sources",
      },
      {
        article: "en054",
        role: "re_report",
        quote: "They are also contemplating “significant management changes” to the AI product group.",
        attribution: "relays_outlet",
        attributedTo: "The Wall Street Journal",
      },
    ],
  },
  // ── Google's Bard, February 2023 ───────────────────────────────────────────────────────────
  {
    key: "google-stock-2023-02-bard",
    type: "stock_move",
    lab: "google",
    model: "bard",
    title: "Alphabet loses $100 billion of market value after Bard's wrong answer",
    summary:
      "Alphabet's shares fell as much as 9% on Wednesday 8 February 2023, wiping $100 billion off its market value.",
    occurred: day("2023-02-08", "on Wednesday"),
    percent: -9,
    amountUsd: 100e9,
    amountQualifier: "exact",
    amountKind: "market_cap",
    status: "confirmed",
    citations: [
      {
        article: "en055",
        role: "re_report",
        quote:
          "Google parent Alphabet Inc lost $100 billion in market value on Wednesday, with its shares sliding as much as 9 percent during regular trading, after its new chatbot, Bard, shared inaccurate information in a promotional video.",
        attribution: "own_reporting",
      },
      {
        article: "en057",
        role: "re_report",
        quote:
          "Alphabet Inc lost $100 billion in market value on Wednesday after its new chatbot shared inaccurate information in a promotional video and a company event failed to dazzle, feeding worries that the Google parent is losing ground to rival Microsoft Corp.",
        attribution: "relays_outlet",
        attributedTo: "Reuters",
      },
    ],
  },
  {
    key: "google-benchmark-2023-02-bard-jwst-error",
    type: "benchmark_underperformance",
    lab: "google",
    model: "bard",
    title: "Bard wrongly says the James Webb telescope took the first exoplanet pictures",
    summary:
      "In Google's promotional video Bard claimed the JWST took the very first pictures of an exoplanet; the VLT did in 2004.",
    occurred: fuzzy("2023-02-06", "2023-02-08", "range", "just before the presentation"),
    status: "confirmed",
    citations: [
      {
        article: "en055",
        role: "re_report",
        quote:
          "Bard’s answers included one suggesting the JWST was used to take the very first pictures of a planet outside the Earth's solar system, or exoplanets, which were taken by the European Southern Observatory's Very Large Telescope (VLT) in 2004.",
        attribution: "own_reporting",
      },
      {
        article: "en057",
        role: "first_report",
        quote:
          "Reuters was first to point out an error in Google's advertisement for chatbot Bard, which debuted on Monday, about which satellite first took pictures of a planet outside the Earth's solar system.",
        attribution: "relays_outlet",
        attributedTo: "Reuters",
      },
      {
        article: "en057",
        role: "company_response",
        quote:
          "“This highlights the importance of a rigorous testing process, something that we’re kicking off this week with our Trusted Tester program,” a Google spokesperson said.",
        attribution: "official_statement",
        attributedTo: "Google",
      },
    ],
  },
  {
    key: "microsoft-stock-2023-02-bing-event",
    type: "stock_move",
    lab: "microsoft",
    title: "Microsoft's shares rise about 3% as Google stumbles",
    summary:
      "Microsoft's shares rose around 3% on 8 February 2023, a day after its Bing AI event, before paring gains.",
    occurred: day("2023-02-08", "Meanwhile"),
    percent: 3,
    status: "confirmed",
    citations: [
      {
        article: "en055",
        role: "re_report",
        quote: "Meanwhile, Microsoft shares rose around 3% before paring gains.",
        attribution: "own_reporting",
      },
    ],
  },
  // ── DeepSeek R2, June 2025 ─────────────────────────────────────────────────────────────────
  {
    key: "deepseek-delay-2025-06-r2",
    type: "delay",
    lab: "deepseek",
    model: "deepseek-r2",
    title: "DeepSeek holds back R2; launch expected to slip",
    summary:
      "DeepSeek's R2, expected in May 2025, has not been released; its launch is expected to face delays, The Information reported.",
    occurred: fuzzy(
      "2025-06-01",
      "2025-06-26",
      "range",
      "is expected to face delays (report of 26 June 2025)",
    ),
    status: "reported",
    citations: [
      {
        article: "en056",
        role: "re_report",
        quote:
          "The launch of DeepSeek’s next-generation AI model, R2, is expected to face delays due to a shortage of NVIDIA H20 chips in China.",
        attribution: "own_reporting",
      },
    ],
  },
  {
    key: "deepseek-benchmark-2025-06-r2-ceo-unsatisfied",
    type: "benchmark_underperformance",
    lab: "deepseek",
    model: "deepseek-r2",
    title: "DeepSeek's CEO is not satisfied with R2's performance",
    summary:
      "Liang Wenfeng has held back R2's release because he is dissatisfied with its current performance.",
    occurred: fuzzy("2025-05-01", "2025-06-26", "range", "has reportedly held back (report of 26 June 2025)"),
    status: "reported",
    citations: [
      {
        article: "en056",
        role: "re_report",
        quote:
          "CEO Liang Wenfeng has reportedly held back the model’s release, expressing dissatisfaction with its current performance.",
        attribution: "anonymous_sources",
      },
    ],
  },
  {
    key: "deepseek-other-2025-04-h20-shortage",
    type: "other",
    lab: "deepseek",
    model: "deepseek-r2",
    title: "US ban on Nvidia H20 shipments leaves DeepSeek short of chips for R2",
    summary:
      "The April 2025 ban on H20 shipments to China leaves too few compatible chips to scale R2; switching to Chinese chips is inefficient.",
    occurred: fuzzy("2025-04-01", "2025-04-30", "month", "in April"),
    status: "confirmed",
    citations: [
      {
        article: "en056",
        role: "context",
        quote:
          "The ban on H20 shipments in April has triggered widespread concern among cloud providers about the scalability of R2, especially if it outperforms existing open-source models.",
        attribution: "own_reporting",
      },
    ],
  },
];

const commitments: SeedCommitment[] = [
  {
    model: "gpt-oss",
    sequence: 1,
    planned: fuzzy("2025-04-01", "2025-07-31", "range", "in the “coming months” (April 2025)"),
    article: "en031",
    quote:
      "OpenAI had said in April that it was excited to release an open-weights model in the “coming months”.",
  },
  {
    model: "gpt-oss",
    sequence: 2,
    planned: fuzzy("2025-06-01", "2025-07-11", "range", "earlier this summer"),
    article: "en003",
    quote:
      "The launch, originally due earlier this summer and then delayed to next week, has now been postponed indefinitely.",
  },
  {
    model: "gpt-oss",
    sequence: 3,
    planned: fuzzy("2025-07-01", "2025-08-31", "range", "later this summer but not June"),
    article: "en031",
    quote: "expect it later this summer but not June.",
  },
  {
    model: "gpt-oss",
    sequence: 4,
    planned: fuzzy("2025-07-14", "2025-07-20", "week", "next week"),
    article: "en003",
    quote:
      "The launch, originally due earlier this summer and then delayed to next week, has now been postponed indefinitely.",
  },
  {
    model: "siri",
    sequence: 1,
    planned: fuzzy("2025-04-01", "2025-04-30", "month", "April’s iOS 18.4"),
    article: "en004",
    quote:
      "Rather than make its debut in April’s iOS 18.4 as planned, the update has been postponed to sometime later this year.",
  },
  {
    model: "siri",
    sequence: 2,
    planned: fuzzy("2025-05-01", "2025-12-31", "range", "sometime later this year"),
    article: "en004",
    quote:
      "Rather than make its debut in April’s iOS 18.4 as planned, the update has been postponed to sometime later this year.",
  },
  {
    model: "blackwell",
    sequence: 1,
    planned: fuzzy("2024-10-01", "2024-12-31", "quarter", "the expected fourth-quarter launch"),
    article: "en010",
    quote:
      "Sources from both Nvidia and Microsoft reportedly confirm that Nvidia is delaying its upcoming Blackwell AI GPUs from the expected fourth-quarter launch to potentially the first quarter of 2025.",
  },
  {
    model: "blackwell",
    sequence: 2,
    planned: fuzzy("2025-01-01", "2025-03-31", "quarter", "potentially the first quarter of 2025"),
    article: "en010",
    quote:
      "Sources from both Nvidia and Microsoft reportedly confirm that Nvidia is delaying its upcoming Blackwell AI GPUs from the expected fourth-quarter launch to potentially the first quarter of 2025.",
  },
  {
    model: "deepseek-r2",
    sequence: 1,
    planned: fuzzy("2025-05-01", "2025-05-10", "month_part", "in early May"),
    article: "en020",
    quote:
      "The Hangzhou-based company had initially planned to release R2 in early May, but according to three individuals familiar with the company, it now aims for an earlier launch.",
  },
  {
    model: "grok-5",
    sequence: 1,
    planned: fuzzy("2025-10-01", "2025-12-31", "quarter", "the original late-2025 target"),
    article: "en021",
    quote: "a delay from the original late-2025 target",
  },
  {
    model: "grok-5",
    sequence: 2,
    planned: fuzzy("2026-01-01", "2026-03-31", "quarter", "in the first three months of 2026"),
    article: "en021",
    quote: "the xAI founder announced that Grok 5 will arrive in the first three months of 2026",
  },
  {
    model: "grok-3",
    sequence: 1,
    planned: fuzzy("2024-12-01", "2024-12-31", "month", "by the end of 2024"),
    article: "en024",
    quote:
      "Last summer, Elon Musk confidently projected that Grok 3, xAI’s flagship AI model, would debut by the end of 2024.",
  },
  {
    model: "grok-3",
    sequence: 2,
    planned: fuzzy("2025-02-20", "2025-02-27", "range", "in one to two weeks"),
    article: "en023",
    quote:
      "Elon Musk revealed on Thursday that his AI chatbot, Grok 3, is in the final stages of development and will be launched in one to two weeks.",
  },
  {
    model: "alexa-plus",
    sequence: 1,
    planned: fuzzy("2023-09-20", "2024-03-31", "range", "in the coming months (September 2023)"),
    article: "en025",
    quote:
      "That was the promise back in September, 2023, when Amazon announced that a series of upgrades for Alexa would roll out “in the coming months.”",
  },
  {
    model: "alexa-plus",
    sequence: 2,
    planned: fuzzy("2025-03-26", "2025-03-31", "range", "at least a month from February 26, 2025", true),
    article: "en025",
    quote:
      "But there is also some inside information that the public release of the new Alexa is being pushed back by at least a month from that date",
  },
  {
    model: "gemini-1-0",
    sequence: 1,
    planned: fuzzy("2023-09-23", "2023-12-21", "season", "a fall release"),
    article: "en044",
    quote:
      "Initial expectations had pointed to a fall release for Gemini, but it seems Google failed to deliver that.",
  },
  {
    model: "gemini-1-0",
    sequence: 2,
    planned: fuzzy("2023-11-01", "2023-11-30", "month", "this month"),
    article: "en043",
    quote:
      "Google had already told a few of its cloud customers and business partners that the AI would launch this month.",
  },
  {
    model: "gemini-1-0",
    sequence: 3,
    planned: fuzzy("2024-01-01", "2024-03-31", "quarter", "Q1 of 2024"),
    article: "en043",
    quote: 'Google has apparently delayed the launch of its new "Gemini" AI until Q1 of 2024 (via Gizmodo).',
  },
  {
    model: "gemini-1-0",
    sequence: 4,
    planned: fuzzy("2023-12-04", "2023-12-08", "week", "this week"),
    article: "en029",
    quote:
      "The decision to postpone the launch was recently made official by Sundar Pichai, CEO of Google with the cancellation of a series of planned events in California, New York, and Washington that were originally set up for this week.",
  },
  {
    model: "gemini-1-0",
    sequence: 5,
    planned: fuzzy("2024-01-01", "2024-01-31", "month", "to January"),
    article: "en029",
    quote:
      "According to some insiders familiar with the matter, Gemini’s launch has been discreetly rescheduled to January as reported by India Today.",
  },
  {
    model: "gpt-5",
    sequence: 1,
    planned: fuzzy("2024-11-25", "2024-12-31", "range", "by December"),
    article: "en030",
    quote:
      "OpenAI CEO Sam Altman debunked a report by The Verge, regarding the imminent launch of Orion, likely to be ChatGPT-5 by December, earmarking ChatGPT's second anniversary.",
  },
  {
    model: "gpt-5",
    sequence: 2,
    planned: fuzzy("2025-08-01", "2025-08-31", "month", "in August"),
    article: "en031",
    quote: "It had earlier been reported by Verge that OpenAI would launch GPT-5 in August.",
  },
  {
    model: "sora",
    sequence: 1,
    planned: fuzzy("2024-03-01", "2024-12-31", "range", "by the end of the year"),
    article: "en034",
    quote: "OpenAI had previously said that Sora would be available by the end of the year",
  },
  {
    model: "sora",
    sequence: 2,
    planned: fuzzy("2024-12-05", "2024-12-20", "range", "in the coming days"),
    article: "en034",
    quote:
      "OpenAI is expected to launch Sora, its AI video generator, in the coming days after the company announced '12 days of OpenAI' in the run-up to Christmas.",
  },
  {
    model: "o3",
    sequence: 1,
    planned: fuzzy("2025-02-01", "2025-03-31", "range", "in February or March"),
    article: "en035",
    quote: "which was scheduled to launch in February or March.",
  },
  {
    model: "siri",
    sequence: 3,
    planned: fuzzy(
      "2026-03-01",
      "2026-03-31",
      "month",
      "iOS 26.4 — an operating system update slated for March",
    ),
    article: "en038",
    quote:
      "After planning to include the new capabilities in iOS 26.4 — an operating system update slated for March",
  },
  {
    model: "siri",
    sequence: 4,
    planned: fuzzy("2026-05-01", "2026-05-31", "month", "at least iOS 26.5, due in May", true),
    article: "en038",
    quote:
      "That would mean possibly postponing at least some features until at least iOS 26.5, due in May, and iOS 27, which comes out in September.",
  },
  {
    model: "siri",
    sequence: 5,
    planned: fuzzy("2026-09-01", "2026-09-30", "month", "iOS 27, which comes out in September"),
    article: "en038",
    quote:
      "That would mean possibly postponing at least some features until at least iOS 26.5, due in May, and iOS 27, which comes out in September.",
  },
];

/** English real articles of the starter pack (issue 9 §1). */
export const EN_PACK: StarterPack = { publishers, labs, models, articles, events, commitments };
