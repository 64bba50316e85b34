import { fuzzy } from "../types";
import type { StarterPack } from "./types";

/**
 * German real articles of the starter pack (issue 9 §1), hand-labelled.
 *
 * The texts are the openings the page store holds (excerpt: true): the body as published, with
 * the last, cut-off sentence dropped. Where the stored opening has no headline, the first line is
 * the headline as the page's address spells it. Publication dates come from the page (its
 * date line or address) and are as precise as that; `text` says where a date was inferred.
 *
 * Event keys are shared with the English pack and the seed where the fact is the same (e.g.
 * "apple-delay-2025-03-siri", "behemoth-delay"): the loader merges their citations, so such an
 * event repeats the fields of its first declaration. Sums in euros are kept in the summary only;
 * `amountUsd` holds amounts the text states in US dollars (digits, as the number checks need).
 */
export const DE_PACK: StarterPack = {
  publishers: [
    {
      slug: "iphone-ticker",
      name: "iphone-ticker.de",
      domain: "iphone-ticker.de",
      language: "de",
      country: "DE",
    },
    {
      slug: "business-insider-de",
      name: "Business Insider Deutschland",
      domain: "businessinsider.de",
      language: "de",
      country: "DE",
    },
    { slug: "der-standard", name: "Der Standard", domain: "derstandard.at", language: "de", country: "AT" },
    { slug: "ifun", name: "iFun.de", domain: "ifun.de", language: "de", country: "DE" },
    { slug: "heise-online", name: "heise online", domain: "heise.de", language: "de", country: "DE" },
    { slug: "computerbase", name: "ComputerBase", domain: "computerbase.de", language: "de", country: "DE" },
    {
      slug: "swiss-it-magazine",
      name: "Swiss IT Magazine",
      domain: "itmagazine.ch",
      language: "de",
      country: "CH",
    },
    { slug: "handelsblatt", name: "Handelsblatt", domain: "handelsblatt.com", language: "de", country: "DE" },
    { slug: "zdf", name: "ZDF", domain: "zdf.de", language: "de", country: "DE" },
    { slug: "welt", name: "WELT", domain: "welt.de", language: "de", country: "DE" },
    { slug: "the-decoder", name: "The Decoder", domain: "the-decoder.de", language: "de", country: "DE" },
    { slug: "t3n", name: "t3n", domain: "t3n.de", language: "de", country: "DE" },
    {
      slug: "trending-topics",
      name: "Trending Topics",
      domain: "trendingtopics.eu",
      language: "de",
      country: "AT",
    },
    {
      slug: "boersen-zeitung",
      name: "Börsen-Zeitung",
      domain: "boersen-zeitung.de",
      language: "de",
      country: "DE",
    },
    {
      slug: "deutschlandfunk",
      name: "Deutschlandfunk",
      domain: "deutschlandfunk.de",
      language: "de",
      country: "DE",
    },
    { slug: "srf", name: "SRF", domain: "srf.ch", language: "de", country: "CH" },
    { slug: "wirtschaftswoche", name: "WirtschaftsWoche", domain: "wiwo.de", language: "de", country: "DE" },
    { slug: "zdnet-de", name: "ZDNet.de", domain: "zdnet.de", language: "de", country: "DE" },
    { slug: "inside-it", name: "inside-it.ch", domain: "inside-it.ch", language: "de", country: "CH" },
    { slug: "macerkopf", name: "Macerkopf", domain: "macerkopf.de", language: "de", country: "DE" },
    { slug: "netzwoche", name: "Netzwoche", domain: "netzwoche.ch", language: "de", country: "CH" },
    {
      slug: "kleine-zeitung",
      name: "Kleine Zeitung",
      domain: "kleinezeitung.at",
      language: "de",
      country: "AT",
    },
    { slug: "cash", name: "cash.ch", domain: "cash.ch", language: "de", country: "CH" },
    {
      slug: "sueddeutsche",
      name: "Süddeutsche Zeitung",
      domain: "sueddeutsche.de",
      language: "de",
      country: "DE",
    },
    { slug: "finanzen-ch", name: "finanzen.ch", domain: "finanzen.ch", language: "de", country: "CH" },
    { slug: "zdfheute", name: "ZDFheute", domain: "zdfheute.de", language: "de", country: "DE" },
    { slug: "futurezone", name: "futurezone", domain: "futurezone.at", language: "de", country: "AT" },
    { slug: "junge-welt", name: "junge Welt", domain: "jungewelt.de", language: "de", country: "DE" },
    { slug: "it-reseller", name: "IT Reseller", domain: "itreseller.ch", language: "de", country: "CH" },
    { slug: "capital", name: "Capital", domain: "capital.de", language: "de", country: "DE" },
    {
      slug: "business-punk",
      name: "Business Punk",
      domain: "business-punk.com",
      language: "de",
      country: "DE",
    },
    { slug: "mobiflip", name: "Mobiflip", domain: "mobiflip.de", language: "de", country: "DE" },
    {
      slug: "wallstreet-online",
      name: "wallstreet-online.de",
      domain: "wallstreet-online.de",
      language: "de",
      country: "DE",
    },
    // Outlets the German articles relay ("laut Bloomberg"): declared so originalReporter resolves.
    { slug: "bloomberg", name: "Bloomberg", domain: "bloomberg.com", language: "en", country: "US" },
    { slug: "reuters", name: "Reuters", domain: "reuters.com", language: "en", country: "GB" },
    {
      slug: "business-insider",
      name: "Business Insider",
      domain: "businessinsider.com",
      language: "en",
      country: "US",
    },
    { slug: "fortune", name: "Fortune", domain: "fortune.com", language: "en", country: "US" },
    {
      slug: "the-information",
      name: "The Information",
      domain: "theinformation.com",
      language: "en",
      country: "US",
    },
    { slug: "cnbc", name: "CNBC", domain: "cnbc.com", language: "en", country: "US" },
    { slug: "financial-times", name: "Financial Times", domain: "ft.com", language: "en", country: "GB" },
    { slug: "the-verge", name: "The Verge", domain: "theverge.com", language: "en", country: "US" },
    {
      slug: "new-york-times",
      name: "The New York Times",
      domain: "nytimes.com",
      language: "en",
      country: "US",
    },
    { slug: "wsj", name: "The Wall Street Journal", domain: "wsj.com", language: "en", country: "US" },
    { slug: "awp", name: "AWP Finanznachrichten", domain: "awp.ch", language: "de", country: "CH" },
    { slug: "afp", name: "Agence France-Presse (AFP)", domain: "afp.com", language: "fr", country: "FR" },
    { slug: "axios", name: "Axios", domain: "axios.com", language: "en", country: "US" },
    { slug: "9to5mac", name: "9to5Mac", domain: "9to5mac.com", language: "en", country: "US" },
  ],
  labs: [
    {
      slug: "apple",
      name: "Apple",
      aliases: ["Apple Inc.", "Apples", "iPhone-Hersteller", "Apple-Aktie"],
      website: "https://www.apple.com",
      country: "US",
    },
    {
      slug: "amazon",
      name: "Amazon",
      aliases: ["Amazon.com", "Amazons", "Amazon Web Services", "AWS"],
      website: "https://www.amazon.com",
      country: "US",
    },
    {
      slug: "openai",
      name: "OpenAI",
      aliases: ["Open AI", "OpenAIs"],
      website: "https://openai.com",
      country: "US",
    },
    {
      slug: "nvidia",
      name: "Nvidia",
      aliases: ["NVIDIA", "Nvidias", "Nvidia-Aktie"],
      website: "https://www.nvidia.com",
      country: "US",
    },
    {
      slug: "microsoft",
      name: "Microsoft",
      aliases: ["Microsofts"],
      website: "https://www.microsoft.com",
      country: "US",
    },
    {
      slug: "deepseek",
      name: "DeepSeek",
      aliases: ["Deepseek", "DeepSeeks", "Hangzhou DeepSeek"],
      website: "https://www.deepseek.com",
      country: "CN",
      description: "Chinese AI start-up backed by the hedge fund High-Flyer.",
    },
    {
      slug: "aleph-alpha",
      name: "Aleph Alpha",
      aliases: ["Aleph Alphas", "Aleph-Alpha", "Aleph Alpha Research"],
      website: "https://aleph-alpha.com",
      country: "DE",
      description: "Heidelberg AI start-up founded in 2019 by Jonas Andrulis and Samuel Weinbach.",
    },
    {
      slug: "mistral-ai",
      name: "Mistral AI",
      aliases: ["Mistral", "Mistrals", "Mistral AIs"],
      website: "https://mistral.ai",
      country: "FR",
      description: "Paris AI start-up founded in 2023; open-weight models and the Le Chat assistant.",
    },
    {
      slug: "anthropic",
      name: "Anthropic",
      aliases: ["Anthropics"],
      website: "https://www.anthropic.com",
      country: "US",
    },
    {
      slug: "google",
      name: "Google",
      aliases: ["Alphabet", "Googles", "Google DeepMind", "Deepmind"],
      website: "https://about.google",
      country: "US",
    },
    {
      slug: "stability-ai",
      name: "Stability AI",
      aliases: ["Stability", "Stability AIs"],
      website: "https://stability.ai",
      country: "GB",
      description: "London start-up behind the Stable Diffusion image generator.",
    },
    {
      slug: "huawei",
      name: "Huawei",
      aliases: ["Huaweis", "Huawei Technologies"],
      website: "https://www.huawei.com",
      country: "CN",
    },
    { slug: "xai", name: "xAI", aliases: ["xAIs", "X.AI"], website: "https://x.ai", country: "US" },
    {
      slug: "meta",
      name: "Meta",
      aliases: [
        "Meta Platforms",
        "Facebook",
        "Metas",
        "Meta-Konzern",
        "Meta-Aktie",
        "Meta Superintelligence Labs",
      ],
      website: "https://about.meta.com",
      country: "US",
    },
    {
      slug: "baidu",
      name: "Baidu",
      aliases: ["Baidus", "Baidu-Konzern"],
      website: "https://www.baidu.com",
      country: "CN",
    },
    {
      slug: "windsurf",
      name: "Windsurf",
      aliases: ["Codeium", "Windsurfs"],
      website: "https://windsurf.com",
      country: "US",
      description: "AI coding start-up, formerly Codeium.",
    },
    {
      slug: "character-ai",
      name: "Character.AI",
      aliases: ["Character AI", "Character-AI"],
      website: "https://character.ai",
      country: "US",
    },
    {
      slug: "inflection-ai",
      name: "Inflection AI",
      aliases: ["Inflection", "Inflections"],
      website: "https://inflection.ai",
      country: "US",
      description: "Start-up behind the Pi chatbot; most of its staff moved to Microsoft in March 2024.",
    },
    {
      slug: "io",
      name: "io",
      aliases: ["io Products", "Jony Ives io"],
      country: "US",
      description: "Hardware start-up co-founded by Jony Ive, acquired by OpenAI in 2025.",
    },
    {
      slug: "scale-ai",
      name: "Scale AI",
      aliases: ["Scale-AI", "Scale"],
      website: "https://scale.com",
      country: "US",
    },
    {
      slug: "alibaba",
      name: "Alibaba",
      aliases: ["Alibaba Group", "Alibabas", "Alibaba Cloud"],
      website: "https://www.alibabagroup.com",
      country: "CN",
    },
    {
      slug: "softbank",
      name: "SoftBank",
      aliases: ["Softbank", "SoftBank Group", "Softbanks"],
      website: "https://group.softbank",
      country: "JP",
      description: "Japanese technology investor; led OpenAI's 2025 funding round.",
    },
    {
      slug: "asml",
      name: "ASML",
      aliases: ["ASML Holding", "ASMLs"],
      website: "https://www.asml.com",
      country: "NL",
      description: "Dutch maker of lithography machines; lead investor in Mistral AI's 2025 round.",
    },
  ],
  models: [
    {
      slug: "siri",
      name: "Siri (Apple Intelligence)",
      lab: "apple",
      family: "Siri",
      aliases: ["Siri 2.0", "neue Siri", "personalisierte Siri", "LLM-Siri"],
      status: "delayed",
      description: "Apple's voice assistant rebuilt on large language models, announced at WWDC 2024.",
      history: [],
    },
    {
      slug: "alexa-plus",
      name: "Alexa+",
      lab: "amazon",
      family: "Alexa",
      aliases: ["Alexa Plus", "Remarkable Alexa", "neue Alexa"],
      status: "released",
      description: "Amazon's generative-AI version of its Alexa voice assistant.",
      history: [],
    },
    {
      slug: "blackwell",
      name: "Nvidia Blackwell",
      lab: "nvidia",
      family: "Blackwell",
      aliases: ["Blackwell B200", "B200", "GB200", "Blackwell-Chips", "Blackwell-Reihe"],
      status: "released",
      description:
        "Nvidia's AI accelerator generation after Hopper, presented at GTC 2024 (a chip, tracked like a model).",
      history: [],
    },
    {
      slug: "deepseek-r1",
      name: "DeepSeek-R1",
      lab: "deepseek",
      family: "DeepSeek R",
      aliases: ["R1", "DeepSeek R1", "Deepseek-R1"],
      status: "released",
      history: [],
    },
    {
      slug: "deepseek-r2",
      name: "DeepSeek-R2",
      lab: "deepseek",
      family: "DeepSeek R",
      aliases: ["R2", "DeepSeek R2", "R2-Modell"],
      status: "delayed",
      description: "Successor to DeepSeek-R1, expected in May 2025 and delayed.",
      history: [],
    },
    {
      slug: "gpt-oss",
      name: "gpt-oss",
      lab: "openai",
      family: "gpt-oss",
      aliases: [
        "gpt-oss-120b",
        "gpt-oss-20b",
        "gpt-oss-120B",
        "gpt-oss-20B",
        "Open-Weight-Modell von OpenAI",
      ],
      status: "released",
      description: "OpenAI's first open-weight models since GPT-2, released on August 5, 2025.",
      history: [],
    },
    {
      slug: "recall",
      name: "Windows Recall",
      lab: "microsoft",
      family: "Copilot+",
      aliases: ["Recall", "Windows Copilot Recall", "Microsoft Recall"],
      status: "released",
      description:
        "AI memory feature of Copilot+ PCs that takes regular screenshots and makes them searchable.",
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
      slug: "llama-4-behemoth",
      name: "Llama 4 Behemoth",
      lab: "meta",
      family: "Llama 4",
      aliases: ["Behemoth", "Llama-4-Behemoth", "Behemoth-Modell"],
      status: "delayed",
      history: [],
    },
    {
      slug: "apple-intelligence",
      name: "Apple Intelligence",
      lab: "apple",
      family: "Apple Intelligence",
      aliases: ["Apple-Intelligence"],
      status: "released",
      description: "Apple's suite of generative-AI features announced at WWDC 2024.",
      history: [],
    },
    {
      slug: "gpt-5",
      name: "GPT-5",
      lab: "openai",
      family: "GPT",
      aliases: ["GPT5"],
      status: "released",
      history: [],
    },
    {
      slug: "gemini-1-0",
      name: "Gemini 1.0",
      lab: "google",
      family: "Gemini",
      aliases: ["Gemini", "Gemini Ultra", "Gemini Pro"],
      status: "released",
      description: "Google's first Gemini generation, presented in December 2023.",
      history: [],
    },
    {
      slug: "bard",
      name: "Bard",
      lab: "google",
      family: "Gemini",
      aliases: ["Google Bard", "Bards"],
      status: "released",
      description: "Google's chatbot announced in February 2023, renamed Gemini in 2024.",
      history: [],
    },
  ],
  articles: [
    {
      key: "de001",
      file: "de-001-siri-neustart-erneut-verschoben.txt",
      title: "Siri-Neustart verschiebt sich möglicherweise erneut",
      url: "https://www.iphone-ticker.de/siri-neustart-verschiebt-sich-moeglicherweise-erneut-272832/",
      excerpt: true,
      publisher: "iphone-ticker",
      originalReporter: "bloomberg",
      language: "de",
      published: fuzzy("2026-02-12", "2026-02-12", "day", "12.02.2026 (Datumsangabe der Seite)"),
      summaryEn:
        "Bloomberg reports that parts of Apple's rebuilt Siri planned for iOS 26.4 may slip to iOS 26.5 in May " +
        "or iOS 27 in September after internal tests found reliability, speed and accuracy problems.",
    },
    {
      key: "de002",
      file: "de-002-siri-apple-reagiert-auf-zweifel.txt",
      title: "Siri-Verzögerung: Apple reagiert auf wachsende Zweifel",
      url: "https://www.iphone-ticker.de/siri-verzoegerung-apple-reagiert-auf-wachsende-zweifel-272931/",
      excerpt: true,
      publisher: "iphone-ticker",
      language: "de",
      published: fuzzy("2026-02-13", "2026-02-13", "day", "13.02.2026 (Datumsangabe der Seite)"),
      summaryEn:
        "After reports of another Siri delay and a clear drop in Apple's share price, Apple told CNBC it is still " +
        "on track to launch the announced Siri features in 2026; first promised for fall 2024.",
    },
    {
      key: "de003",
      file: "de-003-apple-verschiebt-siri-ki-2026.txt",
      title: "Apple verschiebt KI-Features für Siri: Neue Funktionen doch erst 2026",
      url: "https://www.businessinsider.de/wirtschaft/apple-verschiebt-ki-features-fuer-siri-neue-funktionen-doch-erst-2026/",
      excerpt: true,
      publisher: "business-insider-de",
      originalReporter: "reuters",
      language: "de",
      published: fuzzy(
        "2025-03-07",
        "2025-03-31",
        "range",
        "undatiert; März 2025 (Monatsangabe der Seite), nach Freitag, 7. März",
      ),
      summaryEn:
        "Apple publicly announced on Friday, March 7 (2025) that some AI improvements to Siri will be delayed to " +
        "2026; a spokesperson told Daring Fireball it will take longer than expected.",
    },
    {
      key: "de004",
      file: "de-004-amazon-alexa-plus-abo.txt",
      title: "Amazon überarbeitet Alexa und will dafür Abogebühren kassieren",
      url: "https://www.derstandard.at/story/3000000203771/amazon-ueberarbeitet-alexa-und-will-dafuer-abogebuehren-kassieren",
      excerpt: true,
      publisher: "der-standard",
      originalReporter: "business-insider",
      language: "de",
      published: fuzzy(
        "2024-01-01",
        "2024-01-31",
        "month",
        "undatiert; Januar 2024 (Monatsangabe der Seite)",
      ),
      summaryEn:
        "Business Insider reports Amazon plans a paid 'Alexa Plus' built on 'Remarkable Alexa', whose answers fall " +
        "well short of expectations; release is still targeted for June 30.",
    },
    {
      key: "de005",
      file: "de-005-alexa-neustart-probleme.txt",
      title: "Alexa-Neustart: Probleme verzögern KI-Abonnement",
      url: "https://www.ifun.de/alexa-neustart-probleme-verzoegern-ki-abonnement-243759/",
      excerpt: true,
      publisher: "ifun",
      originalReporter: "fortune",
      language: "de",
      published: fuzzy(
        "2024-11-01",
        "2024-11-30",
        "month",
        "undatiert; November 2024 (Monatsangabe der Seite)",
      ),
      summaryEn:
        "Fortune, citing internal documents, reports latency, compatibility, team and training-data problems with " +
        "Amazon's AI Alexa; the subscription planned for 2024 is now expected in 2025 at the earliest.",
    },
    {
      key: "de006",
      file: "de-006-blackwell-verspaetung-heise.txt",
      title: "Nvidias neue KI-Chips der Reihe Blackwell könnten sich um Monate verspäten",
      url: "https://heise.de/news/NVIDIAs-neue-KI-Chips-der-Reihe-Blackwell-koennten-sich-um-Monate-verspaeten-9823168.html",
      excerpt: true,
      publisher: "heise-online",
      originalReporter: "the-information",
      author: "wid",
      language: "de",
      published: fuzzy(
        "2024-03-18",
        "2024-12-31",
        "range",
        "undatiert; 2024 erschlossen (GTC 2024 „Anfang dieses Jahres“, Lieferung erst im ersten Quartal 2025)",
      ),
      summaryEn:
        "The Information reports a late-discovered design flaw delays Nvidia's Blackwell B200 chips by three months or " +
        "more, to the first quarter of 2025; Nvidia only said production ramps in the second half.",
    },
    {
      key: "de007",
      file: "de-007-blackwell-nvidia-dementiert.txt",
      title: "Blackwell: Nvidia dementiert Verzögerung von B200-GPUs für KI",
      url: "https://computerbase.de/2024-08/blackwell-nvidia-dementiert-verzoegerung-von-b200-gpus-fuer-ki",
      excerpt: true,
      publisher: "computerbase",
      originalReporter: "the-information",
      author: "Dennis Krause",
      language: "de",
      published: fuzzy(
        "2024-08-01",
        "2024-08-31",
        "month",
        "undatiert; August 2024 (Monatsangabe in der Adresse)",
      ),
      summaryEn:
        "The Information reports Blackwell B200 deliveries slip by at least three months to Q1 next year because of a " +
        "design flaw; Nvidia says production is on track to ramp in the second half and does not comment on rumours.",
    },
    {
      key: "de008",
      file: "de-008-blackwell-konstruktionsfehler-itmagazine.txt",
      title: "Konstruktionsfehler verzögert Start von Nvidias KI-Chip",
      url: "https://www.itmagazine.ch/artikel/82753/Konstruktionsfehler_verzoegert_Start_von_Nvidias_KI-Chip.html",
      excerpt: true,
      publisher: "swiss-it-magazine",
      originalReporter: "the-information",
      author: "cma",
      language: "de",
      published: fuzzy(
        "2024-04-01",
        "2024-12-31",
        "range",
        "undatiert; 2024 erschlossen (im Frühling vorgestellt, Auslieferung „noch 2024“ geplant)",
      ),
      summaryEn:
        "Nvidia reportedly found design flaws in the Blackwell B200 that delay its launch by at least three months; " +
        "chips planned for delivery in 2024 are now expected in early 2025 at the earliest.",
    },
    {
      key: "de009",
      file: "de-009-deepseek-nvidia-rekordverlust-handelsblatt.txt",
      title: "Deepseek: Tech-Aktie von Nvidia verliert Rekordsumme an der Börse",
      url: "https://www.handelsblatt.com/finanzen/maerkte/aktien/deepseek-tech-aktie-von-nvidia-verliert-rekordsumme-an-der-boerse/100103446.html",
      excerpt: true,
      publisher: "handelsblatt",
      language: "de",
      published: fuzzy(
        "2025-01-27",
        "2025-01-28",
        "range",
        "undatiert; Tag des Deepseek-Ausverkaufs („am Montag“, 27.01.2025) oder der Folgetag, aus dem Ereignis erschlossen",
      ),
      summaryEn:
        "DeepSeek's cheap AI model triggered a historic tech sell-off: Nvidia fell 17% on Monday and lost a record " +
        "$589 billion in market value; Microsoft fell 2%.",
    },
    {
      key: "de010",
      file: "de-010-nvidia-kurssturz-zdf.txt",
      title: "Nvidia-Kurssturz durch KI von DeepSeek an der Wallstreet",
      url: "https://www.zdf.de/nachrichten/wirtschaft/unternehmen/nvidia-kurssturz-ki-deepseek-wallstreet-100.html",
      excerpt: true,
      publisher: "zdf",
      language: "de",
      published: fuzzy(
        "2025-01-27",
        "2025-01-31",
        "range",
        "undatiert; Januar 2025 (Monatsangabe der Seite), nach dem Montag des Kurssturzes",
      ),
      summaryEn:
        "Nvidia's 17% drop on Monday was the largest one-day loss in Wall Street history, $592.7 billion according to " +
        "LSEG, triggered by DeepSeek's cheaper AI assistant.",
    },
    {
      key: "de011",
      file: "de-011-aleph-alpha-halbe-milliarde-welt.txt",
      title: "Aleph Alpha: Deutschlands KI-Hoffnung sammelt halbe Milliarde Dollar ein",
      url: "https://www.welt.de/wirtschaft/article248395338/Aleph-Alpha-Deutschlands-KI-Hoffnung-sammelt-halbe-Milliarde-Dollar-ein.html",
      excerpt: true,
      publisher: "welt",
      language: "de",
      published: fuzzy(
        "2023-11-06",
        "2023-11-30",
        "range",
        "undatiert; November 2023 (Monatsangabe der Seite), ab dem genannten Montag",
      ),
      summaryEn:
        "Aleph Alpha founder Jonas Andrulis, together with economy minister Robert Habeck, announced on Monday a funding " +
        "round totalling $500 million from mostly German companies such as Bosch, SAP and the Schwarz group.",
    },
    {
      key: "de012",
      file: "de-012-aleph-alpha-kritik-finanzierung-decoder.txt",
      title: 'Kritik an Berichterstattung zu Aleph Alphas 500-Millionen-"Investitionspaket"',
      url: "https://the-decoder.de/kritik-an-berichterstattung-zu-aleph-alphas-500-millionen-finanzierung",
      excerpt: true,
      publisher: "the-decoder",
      language: "de",
      published: fuzzy(
        "2024-06-27",
        "2024-06-27",
        "day",
        "Ursprünglicher Artikel vom 27. Juni 2024 (Update vom 26. Juli 2024)",
      ),
      summaryEn:
        "Journalist Thomas Knüwer questions Aleph Alpha's announced $500 million round; Aleph Alpha says it raised " +
        "€470 million: €110 million equity, €300 million research funding and €60 million in order commitments.",
    },
    {
      key: "de013",
      file: "de-013-mistral-wertvollstes-ki-startup-t3n.txt",
      title: "Europas wertvollstes KI-Startup",
      url: "https://t3n.de/news/europas-wertvollstes-ki-startup-1629684/",
      excerpt: true,
      publisher: "t3n",
      originalReporter: "handelsblatt",
      language: "de",
      published: fuzzy(
        "2024-06-01",
        "2024-06-30",
        "month",
        "undatiert; Juni 2024 erschlossen („nur ein Jahr“ nach der Seed-Runde im Juni 2023)",
      ),
      summaryEn:
        "Mistral AI raised another €600 million in a Series B, taking its funding above €1 billion at a valuation of " +
        "almost €6 billion; the article compares it with Aleph Alpha, OpenAI and Anthropic rounds.",
    },
    {
      key: "de014",
      file: "de-014-mistral-14-milliarden-bewertung-trendingtopics.txt",
      title: "Mistral AI soll in Finanzierungsrunde 14 Milliarden Dollar Bewertung erreichen",
      url: "https://www.trendingtopics.eu/mistral-ai-soll-in-finanzierungsrunde-14-milliarden-dollar-bewertung-erreichen/",
      excerpt: true,
      publisher: "trending-topics",
      originalReporter: "handelsblatt",
      language: "de",
      published: fuzzy("2025-09-04", "2025-09-04", "day", "04.09.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "According to Handelsblatt, Mistral AI is close to a €2 billion investment at a $14 billion valuation, its " +
        "first raise since June 2024 (then valued at €5.8 billion).",
    },
    {
      key: "de015",
      file: "de-015-microsoft-milliarden-openai-heise.txt",
      title: "Microsoft investiert weitere Milliarden in ChatGPT-Entwickler OpenAI",
      url: "https://www.heise.de/news/Microsoft-investiert-weitere-Milliarden-in-ChatGPT-Entwickler-OpenAI-7468786.html",
      excerpt: true,
      publisher: "heise-online",
      originalReporter: "bloomberg",
      language: "de",
      published: fuzzy(
        "2023-01-23",
        "2023-01-31",
        "range",
        "undatiert; Januar 2023 (Monatsangabe der Seite), ab dem genannten Montag",
      ),
      summaryEn:
        "Microsoft announced a multi-year, multi-billion-dollar investment in OpenAI on Monday; Bloomberg puts it at " +
        "$10 billion. Microsoft had already invested $1 billion in 2019.",
    },
    {
      key: "de016",
      file: "de-016-stability-ai-entlaesst-zehn-prozent.txt",
      title: "Stability AI entlässt zehn Prozent seiner Belegschaft",
      url: "https://www.trendingtopics.eu/stability-ai-entlaesst-zehn-prozent-seiner-belegschaft/",
      excerpt: true,
      publisher: "trending-topics",
      originalReporter: "cnbc",
      language: "de",
      published: fuzzy(
        "2024-04-01",
        "2024-04-30",
        "month",
        "undatiert; April 2024 erschlossen (Rücktritt „im März“, „letzten Monat“ bekannt gegeben)",
      ),
      summaryEn:
        "According to CNBC, Stability AI is laying off about ten percent of its roughly 200 staff, more than 20 people, " +
        "a month after founder Emad Mostaque stepped down as CEO amid controversy.",
    },
    {
      key: "de017",
      file: "de-017-stability-ai-gruender-tritt-zurueck-boersen-zeitung.txt",
      title: "Stability AI-Gründer tritt zurück",
      url: "https://boersen-zeitung.de/thema/personen/stability-ai-gruender-tritt-zurueck",
      excerpt: true,
      publisher: "boersen-zeitung",
      author: "kro",
      language: "de",
      published: fuzzy(
        "2024-03-22",
        "2024-03-31",
        "range",
        "undatiert; März 2024 erschlossen aus dem gemeldeten Rücktritt (Freitag, 22. März 2024)",
      ),
      summaryEn:
        "Stability AI founder and CEO Emad Mostaque has resigned after investors had demanded it; COO Shan Shan Wong " +
        "and CTO Christian Laforte take over, after an exodus that included three Stable Diffusion researchers.",
    },
    {
      key: "de018",
      file: "de-018-stability-ai-chef-tritt-zurueck-standard.txt",
      title: '"Keine Zentralisierung gegen Zentralisierung": Chef von Stability AI tritt zurück',
      url: "https://www.derstandard.at/story/3000000213080/keine-zentralisierung-gegen-zentralisierung-chef-von-stability-ai-tritt-zurueck",
      excerpt: true,
      publisher: "der-standard",
      language: "de",
      published: fuzzy(
        "2024-03-23",
        "2024-03-31",
        "range",
        "undatiert; März 2024 (Monatsangabe der Seite), nach dem Freitagabend (Ortszeit) des Rücktritts",
      ),
      summaryEn:
        "Emad Mostaque announced on Friday evening that he is stepping down as Stability AI's CEO to pursue " +
        "decentralised AI; Stability had lost key staff, spent an estimated $8 million in October 2023 alone and " +
        "failed to close a planned round.",
    },
    {
      key: "de019",
      file: "de-019-altman-gefeuert-deutschlandfunk.txt",
      title: "Plötzliches Aus für Altman: Chef von Firma hinter ChatGPT gefeuert",
      url: "https://www.deutschlandfunk.de/ploetzliches-aus-fuer-altman-chef-von-firma-hinter-chatgpt-gefeuert-102.html",
      excerpt: true,
      publisher: "deutschlandfunk",
      language: "de",
      published: fuzzy(
        "2023-11-17",
        "2023-11-30",
        "range",
        "undatiert; November 2023 (Monatsangabe der Seite), ab der Entlassung am 17. November",
      ),
      summaryEn:
        "OpenAI's board fired Sam Altman, saying he was not consistently candid in his communications; CTO Mira Murati " +
        "takes over for now.",
    },
    {
      key: "de020",
      file: "de-020-open-ai-entlaesst-altman-srf.txt",
      title: "ChatGPT-Hersteller Open AI entlässt Mitbegründer und CEO Sam Altman",
      url: "https://www.srf.ch/news/wirtschaft/chatgpt-hersteller-open-ai-entlaesst-mitbegruender-und-ceo-sam-altman",
      excerpt: true,
      publisher: "srf",
      language: "de",
      published: fuzzy(
        "2023-11-17",
        "2023-11-18",
        "range",
        "undatiert; November 2023 (Monatsangabe der Seite); Tag nach dem APEC-Auftritt „am Donnerstag“",
      ),
      summaryEn:
        "OpenAI's board dismissed co-founder and CEO Sam Altman after an internal review found he was not consistently " +
        "candid; CTO Mira Murati becomes interim CEO.",
    },
    {
      key: "de021",
      file: "de-021-openai-altman-wieder-verwaltungsrat-wiwo.txt",
      title: "Rückkehr: OpenAI beruft Sam Altman wieder in Verwaltungsrat",
      url: "https://www.wiwo.de/technologie/digitale-welt/rueckkehr-openai-beruft-sam-altman-wieder-in-verwaltungsrat/29697984.html",
      excerpt: true,
      publisher: "wirtschaftswoche",
      language: "de",
      published: fuzzy(
        "2024-03-08",
        "2024-03-11",
        "range",
        "undatiert; März 2024 erschlossen (Bekanntgabe „am Freitag“ nach der WilmerHale-Prüfung, 8. März 2024)",
      ),
      summaryEn:
        "OpenAI reappointed Sam Altman to its board after a WilmerHale review found his November 2023 firing resulted " +
        "from a breakdown of trust; three new members join. Background: Brockman's resignation and the return days later.",
    },
    {
      key: "de022",
      file: "de-022-deepseek-r2-verschoben-trendingtopics.txt",
      title: "DeepSeek R2-Modell",
      url: "https://www.trendingtopics.eu/deepseek-r2-modell/",
      excerpt: true,
      publisher: "trending-topics",
      originalReporter: "financial-times",
      language: "de",
      published: fuzzy("2025-08-14", "2025-08-14", "day", "14.08.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "The Financial Times reports DeepSeek delayed its R2 model, originally planned for May, because training on " +
        "Huawei's Ascend chips failed; it now trains on Nvidia and uses Huawei only for inference.",
    },
    {
      key: "de023",
      file: "de-023-openai-kuendigt-open-weight-modell-an-t3n.txt",
      title: "Nach DeepSeek-Erfolg: Auch OpenAI kündigt ein Open-Weight-Modell an – das steckt dahinter",
      url: "https://t3n.de/news/nach-deepseek-erfolg-auch-openai-kuendigt-ein-open-weight-modell-an-das-steckt-dahinter-1680918/",
      excerpt: true,
      publisher: "t3n",
      language: "de",
      published: fuzzy("2025-04-01", "2025-04-30", "month", "undatiert; April 2025 (Monatsangabe der Seite)"),
      summaryEn:
        "Sam Altman announced that OpenAI will release its own open-weight language model in summer 2025.",
    },
    {
      key: "de024",
      file: "de-024-openai-open-weight-modelle-t3n.txt",
      title: "OpenAI: Open-Weight-Modelle",
      url: "https://t3n.de/news/openai-open-weight-modelle-1700939/",
      excerpt: true,
      publisher: "t3n",
      language: "de",
      published: fuzzy(
        "2025-08-05",
        "2025-08-31",
        "range",
        "undatiert; August 2025 (Monatsangabe der Seite), ab dem 5. August",
      ),
      summaryEn:
        "OpenAI released gpt-oss-120B and gpt-oss-20B on August 5, 2025, its first open-weight models since GPT-2; the " +
        "release planned for July had been postponed for safety reasons.",
    },
    {
      key: "de025",
      file: "de-025-microsoft-verschiebt-recall-zdnet.txt",
      title: "Erneute Kehrtwende: Microsoft verschiebt Windows Copilot Recall",
      url: "https://www.zdnet.de/88416470/erneute-kehrtwende-microsoft-verschiebt-windows-copilot-recall/",
      excerpt: true,
      publisher: "zdnet-de",
      language: "de",
      published: fuzzy("2024-06-01", "2024-06-30", "month", "undatiert; Juni 2024 (Monatsangabe der Seite)"),
      summaryEn:
        "Microsoft postponed Windows Recall indefinitely: it will not launch with the first Copilot+ PCs on June 18 but " +
        "be tested in the Windows Insider Program first, after security experts criticised it.",
    },
    {
      key: "de026",
      file: "de-026-recall-im-oktober-heise.txt",
      title: "Microsoft bringt Recall im Oktober zurück auf CoPilot+-PCs – für Insider",
      url: "https://heise.de/news/Microsoft-bringt-Recall-im-Oktober-zurueck-auf-CoPilot-PCs-fuer-Insider-9843863.html",
      excerpt: true,
      publisher: "heise-online",
      language: "de",
      published: fuzzy(
        "2024-06-14",
        "2024-09-30",
        "range",
        "undatiert; Sommer 2024 erschlossen (nach dem Juni-Blogbeitrag, vor dem Start „ab Oktober“)",
      ),
      summaryEn:
        "Microsoft says Recall will return for Windows Insiders on Copilot+ PCs from October, after it was turned into " +
        "an opt-in feature over privacy concerns.",
    },
    {
      key: "de027",
      file: "de-027-windows-recall-erneut-verschoben-t3n.txt",
      title: "Windows Recall: Warum Microsoft die KI-Funktion schon wieder verschiebt",
      url: "https://t3n.de/news/windows-recall-warum-microsoft-die-ki-funktion-schon-wieder-verschiebt-1655047/",
      excerpt: true,
      publisher: "t3n",
      originalReporter: "the-verge",
      language: "de",
      published: fuzzy(
        "2024-11-01",
        "2024-11-30",
        "month",
        "undatiert; November 2024 (Monatsangabe der Seite)",
      ),
      summaryEn:
        "According to The Verge, Microsoft delays Recall a second time, from October to December 2024, to refine it " +
        "for security before the Windows Insider preview.",
    },
    {
      key: "de028",
      file: "de-028-xai-entlaesst-grok-trainer-businessinsider.txt",
      title: "xAI von Elon Musk entlässt Hunderte Grok-Trainer",
      url: "https://www.businessinsider.de/wirtschaft/xai-von-elon-musk-entlaesst-hunderte-grok-trainer/",
      excerpt: true,
      publisher: "business-insider-de",
      language: "de",
      published: fuzzy("2025-09-13", "2025-09-13", "day", "13.09.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "Elon Musk's xAI laid off at least 500 workers, about a third of its data-annotation team that trains Grok, " +
        "on Friday, shifting from generalist to specialist AI tutors.",
    },
    {
      key: "de029",
      file: "de-029-entlassungen-ki-abteilungen-meta-inside-it.txt",
      title: "Entlassungen in den KI-Abteilungen von Meta",
      url: "https://www.inside-it.ch/entlassungen-in-den-ki-abteilungen-von-meta-20251023",
      excerpt: true,
      publisher: "inside-it",
      language: "de",
      published: fuzzy("2025-10-23", "2025-10-23", "day", "23.10.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "Meta cuts about 600 jobs in its AI units (FAIR, AI infrastructure, product AI), about a fifth of the roughly " +
        "3,000-strong Superintelligence Labs; the new TBD Lab is spared.",
    },
    {
      key: "de030",
      file: "de-030-meta-apples-ki-experten-millionen-macerkopf.txt",
      title: "Meta: Apples KI-Experte für Millionen",
      url: "https://www.macerkopf.de/2025/07/10/meta-apples-ki-experten-millionen/",
      excerpt: true,
      publisher: "macerkopf",
      originalReporter: "bloomberg",
      language: "de",
      published: fuzzy("2025-07-10", "2025-07-10", "day", "10.07.2025 (Datum in der Adresse)"),
      summaryEn:
        "Apple lost Ruoming Pang, head of its foundation-models team, to Meta; according to Bloomberg Meta's pay package " +
        "is worth more than $200 million, and Apple did not counter.",
    },
    {
      key: "de031",
      file: "de-031-openai-uebernimmt-io-netzwoche.txt",
      title: "OpenAI übernimmt Start-up von Ex-Apple-Designer Jony Ive",
      url: "https://www.netzwoche.ch/news/2025-05-22/openai-uebernimmt-start-up-von-ex-apple-designer-jony-ive",
      excerpt: true,
      publisher: "netzwoche",
      language: "de",
      published: fuzzy("2025-05-22", "2025-05-22", "day", "22.05.2025 (Datum in der Adresse)"),
      summaryEn:
        "OpenAI buys Jony Ive's hardware start-up io for about $6.5 billion in stock; it pays $5 billion as it already " +
        "holds 23 percent.",
    },
    {
      key: "de032",
      file: "de-032-google-windsurf-openai-decoder.txt",
      title: "OpenAI geht leer aus: Google schnappt sich Top-Personal des KI-Coding-Start-ups Windsurf",
      url: "https://the-decoder.de/openai-geht-leer-aus-google-schnappt-sich-top-personal-des-ki-coding-start-ups-windsurf",
      excerpt: true,
      publisher: "the-decoder",
      originalReporter: "the-information",
      language: "de",
      published: fuzzy(
        "2025-06-13",
        "2025-12-31",
        "range",
        "undatiert; 2025 erschlossen (nach Metas Scale-AI-Beteiligung, Character.AI-Deal „im Vorjahr“)",
      ),
      summaryEn:
        "OpenAI's Windsurf acquisition failed; Google hires CEO Varun Mohan and part of the R&D team for about $2.4 " +
        "billion including a licence. Background: similar deals by Google (Character.AI), Microsoft (Inflection), Meta (Scale AI).",
    },
    {
      key: "de033",
      file: "de-033-baidu-blamiert-sich-ernie-bot-boersen-zeitung.txt",
      title: "Baidu blamiert sich mit „Ernie Bot“",
      url: "https://boersen-zeitung.de/unternehmen-branchen/baidu-blamiert-sich-mit-ernie-bot-36169708-c410-11ed-a9f0-51ff8dd96ac2",
      excerpt: true,
      publisher: "boersen-zeitung",
      author: "nh",
      language: "de",
      published: fuzzy(
        "2023-03-16",
        "2023-03-31",
        "range",
        "undatiert; März 2023 erschlossen (Präsentation „am Donnerstag“, 16. März 2023; ChatGPT „im November“)",
      ),
      summaryEn:
        "Baidu's first public demonstration of its Ernie Bot fell far short of expectations: CEO Robin Li only showed " +
        "pre-recorded videos and admitted the product is not yet market-ready.",
    },
    {
      key: "de034",
      file: "de-034-behemoth-fruehestens-herbst-decoder.txt",
      title: "Zuckerbergs KI-Ambitionen stocken: Behemoth-Modell kommt frühestens im Herbst",
      url: "https://the-decoder.de/zuckerbergs-ki-ambitionen-stocken-behemoth-modell-kommt-fruehestens-im-herbst",
      excerpt: true,
      publisher: "the-decoder",
      originalReporter: "wsj",
      language: "de",
      published: fuzzy(
        "2025-05-01",
        "2025-06-30",
        "range",
        "undatiert; Mai/Juni 2025 erschlossen (nach der LlamaCon im April, Start nun „Herbst oder später“)",
      ),
      summaryEn:
        "According to the Wall Street Journal, Meta postponed Behemoth, planned for April, first to June and now to the " +
        "fall or later, because engineers struggle to improve it significantly; Meta declined to comment.",
    },
    {
      key: "de035",
      file: "de-035-wie-apple-der-eu-trotzt-kleinezeitung.txt",
      title: "Wie Apple auf Kosten seiner Nutzer der EU trotzt",
      url: "https://www.kleinezeitung.at/wirtschaft/18647470/wie-apple-auf-kosten-seiner-nutzer-der-eu-trotzt",
      excerpt: true,
      publisher: "kleine-zeitung",
      language: "de",
      published: fuzzy("2024-07-01", "2024-07-31", "month", "undatiert; Juli 2024 (Monatsangabe der Seite)"),
      summaryEn:
        "Apple Intelligence was promised for the fall (US, English, beta); the full range including the new Siri is " +
        "now expected with iOS 18.4 in spring 2025, and EU users must wait.",
    },
    {
      key: "de036",
      file: "de-036-apple-ki-features-spaeter-europa-cash.txt",
      title: "Apple bringt einige KI-Features erst später nach Europa",
      url: "https://cash.ch/news/top-news/apple-bringt-einige-ki-features-erst-spater-nach-europa-723575",
      excerpt: true,
      publisher: "cash",
      originalReporter: "reuters",
      language: "de",
      published: fuzzy(
        "2024-06-10",
        "2024-06-30",
        "range",
        "undatiert; Juni 2024 erschlossen (Apple-Mitteilung zu Apple Intelligence und DMA nach der WWDC 2024)",
      ),
      summaryEn:
        "Apple holds back Apple Intelligence and iPhone Mirroring in the EU for now, citing uncertainty over the " +
        "Digital Markets Act's interoperability requirements; the Financial Times first reported it.",
    },
    {
      key: "de037",
      file: "de-037-alibaba-aktie-vierjahreshoch-cash.txt",
      title: "Aktie von Alibaba auf Vierjahreshoch - Cathie Wood steigt ein",
      url: "https://www.cash.ch/news/top-news/aktie-von-alibaba-auf-vierjahreshoch-cathie-wood-steigt-ein-864448",
      excerpt: true,
      publisher: "cash",
      language: "de",
      published: fuzzy("2025-09-24", "2025-09-24", "day", "24.09.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "Alibaba shares hit a near four-year high after CEO Eddie Wu said Alibaba will expand its February plan to " +
        "invest more than $53 billion over three years in AI models and infrastructure.",
    },
    {
      key: "de038",
      file: "de-038-gpt-5-erkenntnisse-sueddeutsche.txt",
      title: "GPT-5 – ChatGPT – Open AI – Sam Altman",
      url: "https://www.sueddeutsche.de/wirtschaft/gpt-5-chatgpt-openai-sam-altman-ki-li.3295715",
      excerpt: true,
      publisher: "sueddeutsche",
      language: "de",
      published: fuzzy("2025-08-08", "2025-08-08", "day", "08.08.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "OpenAI unveiled GPT-5 on Thursday evening; the successor to GPT-4 should have come long ago, delayed by " +
        "technical difficulties, setbacks and high costs.",
    },
    {
      key: "de039",
      file: "de-039-amazon-anthropic-sueddeutsche.txt",
      title: "Künstliche Intelligenz: Amazon, Amodei, Anthropic",
      url: "https://www.sueddeutsche.de/wirtschaft/kuenstliche-intelligenz-amazon-amodei-anthropic-1.6254633",
      excerpt: true,
      publisher: "sueddeutsche",
      language: "de",
      published: fuzzy(
        "2023-09-25",
        "2023-09-30",
        "range",
        "undatiert; September 2023 (Monatsangabe der Seite), ab dem genannten Montag",
      ),
      summaryEn:
        "Amazon announced on Monday it will invest up to $4 billion in Anthropic: $1.25 billion in shares first, with " +
        "an option for another $2.75 billion; Anthropic will run mainly on AWS.",
    },
    {
      key: "de040",
      file: "de-040-openai-500-milliarden-bewertet-finanzen-ch.txt",
      title: "OpenAI wurde bei Anteilsplatzierung mit 500 Milliarden Dollar bewertet",
      url: "https://www.finanzen.ch/nachrichten/konjunktur/openai-wurde-bei-anteilsplatzierung-mit-500-milliarden-dollar-bewertet-1035245757",
      excerpt: true,
      publisher: "finanzen-ch",
      originalReporter: "awp",
      language: "de",
      published: fuzzy("2025-10-02", "2025-10-02", "day", "02.10.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "Bloomberg reports investors bought $6.6 billion of shares from current and former OpenAI employees at a $500 " +
        "billion valuation, about $200 billion more than at the SoftBank-led $40 billion round in April.",
    },
    {
      key: "de041",
      file: "de-041-google-verschiebt-gemini-inside-it.txt",
      title: "Google verschiebt die Einführung von Gemini",
      url: "https://www.inside-it.ch/google-verschiebt-die-einfuehrung-von-gemini-20231204",
      excerpt: true,
      publisher: "inside-it",
      originalReporter: "the-information",
      language: "de",
      published: fuzzy("2023-12-04", "2023-12-04", "day", "04.12.2023 (Datum in der Adresse)"),
      summaryEn:
        "According to The Information, Google cancelled the Gemini launch events planned for the next week because the " +
        "AI did not reliably handle some non-English queries.",
    },
    {
      key: "de042",
      file: "de-042-anthropic-vergleich-autoren-zdfheute.txt",
      title: "Anthropic: Vergleich mit Autoren nach Klage in den USA",
      url: "https://www.zdfheute.de/wirtschaft/unternehmen/anthropic-chatbot-claude-usa-klage-autoren-vergleich-ki-kuenstliche-intelligenz-100.html",
      excerpt: true,
      publisher: "zdfheute",
      language: "de",
      published: fuzzy("2025-09-06", "2025-09-06", "day", "06.09.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "Anthropic proposes to pay authors at least $1.5 billion, about $3,000 per work, to settle a class action over " +
        "some 500,000 pirated books used to train Claude; the judge still has to approve.",
    },
    {
      key: "de043",
      file: "de-043-google-aktie-verliert-100-milliarden-futurezone.txt",
      title: "Google-Aktie verliert 100 Milliarden Dollar nach Chatbot-Ankündigung",
      url: "https://futurezone.at/b2b/google-aktie-verliert-100-milliarden-dollar-bard-chatbot-ki-microsoft-bing/402321971",
      excerpt: true,
      publisher: "futurezone",
      language: "de",
      published: fuzzy(
        "2023-02-08",
        "2023-02-09",
        "range",
        "undatiert; 8./9. Februar 2023 erschlossen (Kursrutsch „am Mittwochmorgen“ nach der Bard-Ankündigung vom Dienstag)",
      ),
      summaryEn:
        "Alphabet shares fell 7.8 points on Wednesday and lost more than $100 billion in value after the Bard " +
        "announcement and a promotional video in which Bard gave a false answer about the James Webb telescope.",
    },
    {
      key: "de044",
      file: "de-044-google-pausiert-personen-generierung-gemini-itmagazine.txt",
      title: "Google pausiert nach Kritik vorerst die Personen-Generierung in Gemini",
      url: "https://www.itmagazine.ch/artikel/81622/Google_pausiert_nach_Kritik_vorerst_die_Personen-Generierung_in_Gemini.html",
      excerpt: true,
      publisher: "swiss-it-magazine",
      author: "dok",
      language: "de",
      published: fuzzy(
        "2024-02-01",
        "2024-02-29",
        "month",
        "undatiert; Februar 2024 (Monatsangabe der Seite)",
      ),
      summaryEn:
        "After criticism of how Gemini depicts people, including historically inaccurate images, Google paused the " +
        "generation of images of people while it works on improvements.",
    },
    {
      key: "de045",
      file: "de-045-nvidia-hohe-verluste-junge-welt.txt",
      title: "Nvidia: Hohe Verluste durch US-Exportbeschränkungen",
      url: "https://www.jungewelt.de/artikel/498350.nvidia-hohe-verluste-durch.html",
      excerpt: true,
      publisher: "junge-welt",
      originalReporter: "afp",
      language: "de",
      published: fuzzy("2025-04-01", "2025-04-30", "month", "undatiert; April 2025 (Monatsangabe der Seite)"),
      summaryEn:
        "Nvidia expects costs of $5.5 billion in its first quarter because the US government now requires export " +
        "licences for its H20 chips made for China.",
    },
    {
      key: "de046",
      file: "de-046-openai-fuenf-milliarden-verlust-itreseller.txt",
      title: "OpenAI auf Kurs zu Fünf-Milliarden-Verlust",
      url: "https://itreseller.ch/Artikel/101364/OpenAI_auf_Kurs_zu_Fuenf-Milliarden-Verlust.html",
      excerpt: true,
      publisher: "it-reseller",
      originalReporter: "the-information",
      author: "ubi",
      language: "de",
      published: fuzzy(
        "2024-02-16",
        "2024-10-01",
        "range",
        "undatiert; 2024 erschlossen (laufendes Geschäftsjahr, OpenAI „mit rund 80 Milliarden Dollar bewertet“)",
      ),
      summaryEn:
        "According to The Information, OpenAI faces an operating loss of $5 billion this year, driven by about $7 " +
        "billion for running and training models and $1.5 billion for staff.",
    },
    {
      key: "de047",
      file: "de-047-openai-12-milliarden-verlust-quartal-itreseller.txt",
      title: "OpenAI: 12 Milliarden Verlust in einem Quartal",
      url: "https://www.itreseller.ch/artikel/104317/OpenAI_12_Milliarden_Verlust_in_einem_Quartal.html",
      excerpt: true,
      publisher: "it-reseller",
      originalReporter: "wsj",
      author: "mw",
      language: "de",
      published: fuzzy(
        "2025-10-29",
        "2025-11-30",
        "range",
        "undatiert; Herbst 2025 erschlossen (nach Microsofts Quartalszahlen mit dem OpenAI-Verlust, 32,5-Prozent-Anteil bekannt)",
      ),
      summaryEn:
        "The Wall Street Journal, citing a Bernstein analyst, derives from Microsoft's $4.1 billion OpenAI-related loss " +
        "that OpenAI lost about $12 billion in one quarter.",
    },
    {
      key: "de048",
      file: "de-048-asml-mistral-deal-capital.txt",
      title: "Wertvollste Börsenfirma Europas: Was ASML vom Mistral-Deal haben könnte",
      url: "https://www.capital.de/wirtschaft-politik/wertvollste-boersenfirma-europas--was-asml-vom-mistral-deal-haben-koennte-36056922.html",
      excerpt: true,
      publisher: "capital",
      language: "de",
      published: fuzzy(
        "2025-09-08",
        "2025-09-30",
        "range",
        "undatiert; September 2025 erschlossen („etwa eine Woche“ nach dem Einstieg von ASML bei Mistral)",
      ),
      summaryEn:
        "A week after ASML's €1.3 billion, 11 percent minority stake in Mistral AI confused investors, ASML overtook SAP " +
        "as Europe's most valuable company.",
    },
    {
      key: "de049",
      file: "de-049-aleph-alpha-andrulis-tritt-zurueck-capital.txt",
      title: "Aleph-Alpha-Gründer Jonas Andrulis tritt von CEO-Posten zurück",
      url: "https://www.capital.de/wirtschaft-politik/aleph-alpha-gruender-jonas-andrulis-tritt-von-ceo-posten-zurueck-36118502.html",
      excerpt: true,
      publisher: "capital",
      language: "de",
      published: fuzzy(
        "2025-08-01",
        "2025-12-31",
        "range",
        "undatiert; Herbst 2025 erschlossen (Spörri „in diesem Sommer“ gekommen, Beirat ab 1. Januar 2026)",
      ),
      summaryEn:
        "Aleph Alpha founder Jonas Andrulis steps down as CEO with immediate effect and is to chair the advisory board " +
        "from January 2026; COO Carsten Dirks leaves; the company had shifted from large language models to applications.",
    },
    {
      key: "de050",
      file: "de-050-aleph-alpha-baut-ab-business-punk.txt",
      title: "KI-Kater in Heidelberg: Andrulis geht und Aleph Alpha baut massiv ab",
      url: "https://www.business-punk.com/?p=219174",
      excerpt: true,
      publisher: "business-punk",
      originalReporter: "business-insider-de",
      language: "de",
      published: fuzzy(
        "2026-01-01",
        "2026-03-31",
        "range",
        "undatiert; Anfang 2026 erschlossen (Beiratswechsel „zum Jahreswechsel 2026“ verworfen, CEO-Posten „im Oktober 2025“ abgegeben)",
      ),
      summaryEn:
        "Aleph Alpha lays off 50 employees, about 17 percent of staff, according to Business Insider, and founder Jonas " +
        "Andrulis leaves the company completely instead of chairing the advisory board.",
    },
    {
      key: "de051",
      file: "de-051-siri-desaster-apple-ki-chef-mobiflip.txt",
      title: "Siri-Desaster: Apple wirft den KI-Chef raus",
      url: "https://www.mobiflip.de/siri-desaster-apple-wirft-den-ki-chef-raus/",
      excerpt: true,
      publisher: "mobiflip",
      language: "de",
      published: fuzzy("2025-12-02", "2025-12-02", "day", "02.12.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "Apple's AI chief John Giannandrea leaves in spring 2026 after the Siri delays; Amar Subramanya takes over, " +
        "reporting to Craig Federighi.",
    },
    {
      key: "de052",
      file: "de-052-ki-krise-neuer-siri-chef-mobiflip.txt",
      title: "KI-Krise: Apple hat jetzt einen neuen Siri-Chef",
      url: "https://www.mobiflip.de/shortnews/ki-krise-apple-hat-jetzt-einen-neuen-siri-chef/",
      excerpt: true,
      publisher: "mobiflip",
      originalReporter: "bloomberg",
      language: "de",
      published: fuzzy("2025-03-21", "2025-03-21", "day", "21.03.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "According to Bloomberg, Apple hands Siri development to Vision Pro chief Mike Rockwell, reporting to Craig " +
        "Federighi; John Giannandrea stays with smaller tasks.",
    },
    {
      key: "de053",
      file: "de-053-anthropic-verdreifacht-bewertung-boersen-zeitung.txt",
      title: "USA legen im Kampf um KI-Vormachtstellung nach",
      url: "https://boersen-zeitung.de/unternehmen-branchen/usa-legen-im-kampf-um-ki-vormachtstellung-nach",
      excerpt: true,
      publisher: "boersen-zeitung",
      author: "xaw",
      language: "de",
      published: fuzzy(
        "2025-02-01",
        "2025-03-31",
        "range",
        "undatiert; Februar/März 2025 erschlossen (OpenAI-Runde „im Oktober des vergangenen Jahres“, Gespräche „Ende Januar“ bekannt)",
      ),
      summaryEn:
        "Anthropic raised $3.5 billion and tripled its valuation to $61.5 billion; OpenAI had raised $6.6 billion in " +
        "October and is reportedly negotiating a $40 billion round at a $340 billion valuation.",
    },
    {
      key: "de054",
      file: "de-054-meta-analysten-schlagen-alarm-wallstreet-online.txt",
      title: "Analysten schlagen Alarm: Zahlen abgestraft, Wall-Street-Downgrades",
      url: "https://www.wallstreet-online.de/nachricht/20096386-analysten-schlagen-alarm-zahlen-abgestraft-wall-street-downgrades",
      excerpt: true,
      publisher: "wallstreet-online",
      language: "de",
      published: fuzzy("2025-10-30", "2025-10-30", "day", "30.10.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "Meta raised its 2025 capital spending plan to $70–72 billion for AI; Oppenheimer and Benchmark downgraded the " +
        "stock, Barclays and Bank of America cut their price targets.",
    },
    {
      key: "de055",
      file: "de-055-italien-millionenstrafe-openai-decoder.txt",
      title: "Italien verhängt Millionenstrafe gegen OpenAI wegen Datenschutzverletzungen bei ChatGPT",
      url: "https://the-decoder.de/italien-verhaengt-millionenstrafe-gegen-openai-wegen-datenschutzverletzungen-bei-chatgpt",
      excerpt: true,
      publisher: "the-decoder",
      language: "de",
      published: fuzzy(
        "2024-12-20",
        "2024-12-31",
        "range",
        "undatiert; Dezember 2024 erschlossen (Bußgeldentscheidung der italienischen Datenschutzbehörde)",
      ),
      summaryEn:
        "Italy's data protection authority fined OpenAI 15 million euros and ordered a six-month information campaign " +
        "over ChatGPT's data processing, transparency and missing age checks.",
    },
    {
      key: "de056",
      file: "de-056-sammelklage-apple-ki-funktionen-computerbase.txt",
      title: "Irreführende Werbung: Sammelklage gegen Apple wegen KI-Funktionen eingereicht",
      url: "https://computerbase.de/news/wirtschaft/irrefuehrende-werbung-sammelklage-gegen-apple-wegen-ki-funktionen-eingereicht.91883",
      excerpt: true,
      publisher: "computerbase",
      originalReporter: "axios",
      language: "de",
      published: fuzzy(
        "2025-03-07",
        "2025-04-30",
        "range",
        "undatiert; März/April 2025 erschlossen (Klage nach den „jetzigen drastischen Verzögerungen zur neuen Siri“)",
      ),
      summaryEn:
        "A class action filed on Wednesday in San José accuses Apple of misleading consumers with ads for Apple " +
        "Intelligence features that were limited or absent, and seeks unspecified damages.",
    },
    {
      key: "de057",
      file: "de-057-verzoegerte-siri-funktionen-apple-abweisung-macerkopf.txt",
      title: "Verzögerte Siri-Funktionen: Apple beantragt Abweisung der Sammelklage",
      url: "https://www.macerkopf.de/2025/09/29/verzoegerte-siri-funktionen-apple-abweisung/",
      excerpt: true,
      publisher: "macerkopf",
      originalReporter: "9to5mac",
      language: "de",
      published: fuzzy("2025-09-29", "2025-09-29", "day", "29.09.2025 (Datum in der Adresse)"),
      summaryEn:
        "Apple asked the court to dismiss the class action over the delayed Siri features, arguing customers received " +
        "most of the more than twenty Apple Intelligence features on time.",
    },
  ],
  events: [
    // ── Apple: Siri ─────────────────────────────────────────────────────────────────────────────
    {
      key: "apple-delay-2025-03-siri",
      type: "delay",
      lab: "apple",
      model: "siri",
      title: "Apple delays the AI-powered Siri features to 2026",
      summary:
        "On Friday, March 7, 2025 Apple said some of the AI improvements to Siri announced at WWDC 2024 will take " +
        "longer than expected and are now expected in the coming year (2026).",
      occurred: fuzzy("2025-03-07", "2025-03-07", "day", "am Freitag (7. März)"),
      status: "confirmed",
      citations: [
        {
          article: "de051",
          role: "context",
          quote:
            "Doch die begeistert kaum Nutzer und das bessere Siri musste man sogar um ein Jahr verschieben.",
          attribution: "own_reporting",
        },
        {
          article: "de003",
          role: "re_report",
          quote:
            "Einige Verbesserungen der künstlichen Intelligenz bei Apples Sprachassistent Siri werde sich auf 2026 verzögern, teilte das Unternehmen mit, wie Reuters berichtete.",
          attribution: "relays_outlet",
          attributedTo: "Reuters",
        },
        {
          article: "de003",
          role: "company_response",
          quote:
            "„Es wird länger dauern, als wir dachten, um diese Funktionen zu liefern. Wir gehen davon aus, dass wir sie im kommenden Jahr einführen werden“, meldete Jacqueline Roy, eine Unternehmenssprecherin, gegenüber dem unabhängigen Apple-Blog „Daring Fireball“.",
          attribution: "official_statement",
          attributedTo: "Apple (Jacqueline Roy)",
        },
        {
          article: "de002",
          role: "context",
          quote:
            "Dieser Zeitplan ließ sich nicht halten. In der Folge wurden einzelne Bestandteile mehrfach verschoben oder nur in Aussicht gestellt, ohne einen konkreten Veröffentlichungstermin zu nennen.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "apple-delay-2026-02-siri",
      type: "delay",
      lab: "apple",
      model: "siri",
      title: "New Siri may slip again, from iOS 26.4 to iOS 26.5 (May) or iOS 27 (September)",
      summary:
        "Bloomberg reports that new problems in internal tests call Apple's last schedule into question: parts of " +
        "the Siri features planned for iOS 26.4 may come with iOS 26.5 in May or iOS 27 in September 2026. Apple " +
        "told CNBC it is still on track to launch in 2026.",
      occurred: fuzzy("2026-02-09", "2026-02-12", "range", "in dieser Woche (Bericht vom 12.02.2026)"),
      status: "reported",
      citations: [
        {
          article: "de001",
          role: "re_report",
          quote:
            "Zumindest ein Teil der für iOS 26.4 geplanten Funktionen wird möglicherweise erst mit iOS 26.5 im Mai oder sogar mit iOS 27 im September bereitgestellt.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg",
        },
        {
          article: "de002",
          role: "follow_up",
          quote:
            "Marktbeobachter führten diesen unter anderem auf die Berichte zurück, wonach sich das KI-Update für Siri intern bis mindestens Mai verschieben könnte.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg",
        },
        {
          article: "de002",
          role: "company_response",
          quote:
            "Gegenüber dem US-Nachrichtensender CNBC erklärte Apple, man liege weiterhin im Zeitplan und plane die Einführung der angekündigten Neuerungen im Laufe des Jahres 2026.",
          attribution: "official_statement",
          attributedTo: "Apple",
        },
      ],
    },
    {
      key: "apple-benchmark-2026-02-siri-tests",
      type: "benchmark_underperformance",
      lab: "apple",
      model: "siri",
      title: "Internal tests: new Siri slow, unreliable and inaccurate",
      summary:
        "In Apple's internal tests the new Siri reportedly processes requests unreliably or takes unusually long, " +
        "has accuracy problems and cuts off speech recognition when users speak quickly.",
      occurred: fuzzy(
        "2026-01-15",
        "2026-02-12",
        "range",
        "in den vergangenen Wochen (Bericht vom 12.02.2026)",
      ),
      status: "reported",
      citations: [
        {
          article: "de001",
          role: "re_report",
          quote:
            "In Tests soll Siri Anfragen teils unzuverlässig verarbeiten oder ungewöhnlich lange für Antworten benötigen. Weiter gebe es Probleme mit der Genauigkeit.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg",
        },
        {
          article: "de002",
          role: "follow_up",
          quote:
            "Bereits zuvor hatten wir berichtet, dass interne Tests Schwächen bei Verarbeitungsgeschwindigkeit, Zuverlässigkeit und Genauigkeit offenbart hätten.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "apple-architecture-2026-02-siri-chatgpt",
      type: "architecture_problem",
      lab: "apple",
      model: "siri",
      counterparty: "openai",
      title: "New Siri still falls back to OpenAI's ChatGPT where Apple's own technology should answer",
      summary:
        "Bloomberg reports a problem integrating external AI services: in some situations Siri still falls back to " +
        "OpenAI's ChatGPT although Apple's own technology could handle the request.",
      occurred: fuzzy(
        "2026-01-15",
        "2026-02-12",
        "range",
        "in den vergangenen Wochen (Bericht vom 12.02.2026)",
      ),
      status: "reported",
      citations: [
        {
          article: "de001",
          role: "re_report",
          quote:
            "In bestimmten Situationen greife Siri weiterhin auf OpenAI und dessen ChatGPT-Technologie zurück, obwohl die Anfrage eigentlich mit Apples eigener Technik bearbeitet werden könnte.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg",
        },
      ],
    },
    {
      key: "apple-stock-2026-02-siri",
      type: "stock_move",
      lab: "apple",
      model: "siri",
      title: "Apple shares fall clearly on reports of another Siri delay",
      summary:
        "Apple's statement to CNBC came against the background of a clear drop in Apple's share price, which market " +
        "observers attributed partly to the reports of another Siri delay.",
      occurred: fuzzy("2026-02-09", "2026-02-13", "week", "in dieser Woche"),
      status: "reported",
      citations: [
        {
          article: "de002",
          role: "first_report",
          quote:
            "Die Klarstellung erfolgte vor dem Hintergrund eines deutlichen Kursrückgangs der Apple-Aktie.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Amazon: Alexa+ ──────────────────────────────────────────────────────────────────────────
    {
      key: "amazon-benchmark-2024-01-alexa-answers",
      type: "benchmark_underperformance",
      lab: "amazon",
      model: "alexa-plus",
      title: "'Remarkable Alexa' answers fall well short of expectations in tests",
      summary:
        "According to Business Insider, the generative 'Remarkable Alexa', tested with 15,000 external customers, " +
        "often gives false information, digresses or answers at needless length; Amazon is reworking it.",
      occurred: fuzzy("2024-01-01", "2024-01-31", "month", "Januar 2024 (Bericht von Business Insider)"),
      status: "reported",
      citations: [
        {
          article: "de004",
          role: "re_report",
          quote:
            'Die Antworten der neuen Alexa sollen deutlich hinter den Erwartungen zurückbleiben. So soll "Remarkable Alexa" sehr häufig dazu neigen, Falschinformationen weiterzugeben.',
          attribution: "relays_outlet",
          attributedTo: "Business Insider",
        },
      ],
    },
    {
      key: "amazon-delay-2024-11-alexa",
      type: "delay",
      lab: "amazon",
      model: "alexa-plus",
      title: "AI Alexa subscription planned for 2024 now expected in 2025 at the earliest",
      summary:
        "Fortune, citing internal Amazon documents, reports technical and organisational problems that will delay " +
        "the new AI Alexa into the coming year; the launch originally planned for 2024 is now expected in 2025 at the earliest.",
      occurred: fuzzy("2024-11-01", "2024-11-30", "month", "November 2024 (Bericht von Fortune)"),
      status: "reported",
      citations: [
        {
          article: "de005",
          role: "re_report",
          quote:
            "Die Einführung des neuen KI-Abonnements für Alexa war ursprünglich für 2024 vorgesehen, doch mittlerweile wird eine Veröffentlichung frühestens 2025 erwartet.",
          attribution: "relays_outlet",
          attributedTo: "Fortune",
        },
      ],
    },
    {
      key: "amazon-architecture-2024-11-alexa-latency",
      type: "architecture_problem",
      lab: "amazon",
      model: "alexa-plus",
      title: "New Alexa: long latency and incompatibility with older Echo devices",
      summary:
        "Internal reports cite massive latency between request and answer and poor backward compatibility: almost " +
        "4 million users would need new hardware to use the AI features.",
      occurred: fuzzy("2024-11-01", "2024-11-30", "month", "November 2024 (Bericht von Fortune)"),
      status: "reported",
      citations: [
        {
          article: "de005",
          role: "re_report",
          quote:
            "Besonders problematisch ist die massive Verzögerung zwischen Nutzeranfrage und Aleyas Antworten, die sich laut der internen Berichte negativ auf die Nutzererfahrung auswirken soll.",
          attribution: "relays_outlet",
          attributedTo: "Fortune",
        },
      ],
    },
    {
      key: "amazon-other-2024-11-alexa-data",
      type: "other",
      lab: "amazon",
      model: "alexa-plus",
      title: "Not enough data to train the new Alexa; teams work in isolation",
      summary:
        "The internal reports also point to poor coordination between Amazon's developer teams and a lack of " +
        "sufficient data to train the new AI comprehensively.",
      occurred: fuzzy("2024-11-01", "2024-11-30", "month", "November 2024 (Bericht von Fortune)"),
      status: "reported",
      citations: [
        {
          article: "de005",
          role: "re_report",
          quote: "Gleichzeitig fehlt es an ausreichend Daten, um die neue KI umfassend zu trainieren.",
          attribution: "relays_outlet",
          attributedTo: "Fortune",
        },
      ],
    },

    // ── Nvidia: Blackwell ────────────────────────────────────────────────────────────────────────
    {
      key: "nvidia-delay-2024-08-blackwell",
      type: "delay",
      lab: "nvidia",
      model: "blackwell",
      title: "Blackwell B200 delayed by three months or more, to Q1 2025",
      summary:
        "According to The Information, Nvidia told Microsoft and at least one other cloud provider that its Blackwell " +
        "B200 chips will be delayed by three months or more, with volume deliveries expected in the first quarter of " +
        "2025 instead of 2024. Nvidia said only that production is on track to ramp in the second half.",
      occurred: fuzzy(
        "2024-07-29",
        "2024-08-02",
        "week",
        "letzte Woche (Bericht von The Information, Anfang August 2024)",
      ),
      status: "reported",
      citations: [
        {
          article: "de006",
          role: "re_report",
          quote:
            "Demnach habe Nvidia ihren Kunden mitgeteilt, dass sich die gesamte Chipreihe um drei Monate oder mehr verspäten würde.",
          attribution: "relays_outlet",
          attributedTo: "The Information",
        },
        {
          article: "de006",
          role: "company_response",
          quote:
            "Auf offizieller Seite hat sich Nvidia dazu bisher nicht geäußert und gegenüber The Verge nur darauf hingewiesen, dass die Produktion in der zweiten Jahreshälfte hochgefahren wird.",
          attribution: "official_statement",
          attributedTo: "Nvidia",
        },
        {
          article: "de007",
          role: "re_report",
          quote:
            "Die Auslieferung einer großen Anzahl von Blackwell-Chips soll sich auf das erste Quartal im kommenden Jahr verzögern.",
          attribution: "relays_outlet",
          attributedTo: "The Information",
        },
        {
          article: "de007",
          role: "company_response",
          quote:
            "As we've stated before, Hopper demand is very strong, broad Blackwell sampling has started, and production is on track to ramp in 2H. Beyond that, we don't comment on rumors.",
          attribution: "official_statement",
          attributedTo: "Nvidia (John Rizzo)",
        },
        {
          article: "de008",
          role: "re_report",
          quote:
            "Geplant war, dass die KI-Chips noch 2024 an Partner wie Microsoft ausgeliefert werden können. Jetzt rechne man mit einer Auslieferung frühestens Anfang 2025.",
          attribution: "relays_outlet",
          attributedTo: "The Information",
        },
      ],
    },
    {
      key: "nvidia-architecture-2024-08-blackwell-design-flaw",
      type: "architecture_problem",
      lab: "nvidia",
      model: "blackwell",
      title: "Design flaw in Blackwell found unusually late in production",
      summary:
        "A design flaw in the Blackwell B200, noticed by manufacturer TSMC unusually late in the production process, " +
        "is named as the cause of the delay.",
      occurred: fuzzy(
        "2024-07-01",
        "2024-08-02",
        "range",
        "„unüblich spät im Produktionsprozess“ entdeckt (vor dem Bericht Anfang August 2024)",
      ),
      status: "reported",
      citations: [
        {
          article: "de006",
          role: "re_report",
          quote:
            'Ein spät entdeckter Designfehler soll für die Verspätung der AI-Chips B200 der Reihe "Blackwell" verantwortlich sein, so berichtet The Information.',
          attribution: "relays_outlet",
          attributedTo: "The Information",
        },
        {
          article: "de007",
          role: "re_report",
          quote:
            "Grund soll ein Designfehler sein, der „unüblich spät im Produktionsprozess“ entdeckt wurde.",
          attribution: "relays_outlet",
          attributedTo: "The Information",
        },
        {
          article: "de008",
          role: "re_report",
          quote: 'Der Fehler sei aber "ungewöhnlich spät im Produktionsprozess" aufgefallen.',
          attribution: "relays_outlet",
          attributedTo: "The Information",
        },
      ],
    },

    // ── DeepSeek shock on the stock market ───────────────────────────────────────────────────────
    {
      key: "nvidia-stock-2025-01-deepseek",
      type: "stock_move",
      lab: "nvidia",
      counterparty: "deepseek",
      title: "Nvidia falls 17% on DeepSeek, losing a record $589 billion in market value",
      summary:
        "On Monday, January 27, 2025, Nvidia shares fell 17% in New York after DeepSeek's cheap AI model; the company " +
        "lost 589 billion US dollars of market value (LSEG: 592.7 billion), a record for the US stock market.",
      occurred: fuzzy("2025-01-27", "2025-01-27", "day", "am Montag"),
      amountUsd: 589_000_000_000,
      amountQualifier: "exact",
      amountKind: "market_cap",
      percent: -17,
      status: "confirmed",
      citations: [
        {
          article: "de009",
          role: "first_report",
          quote:
            "So brachen die Papiere des führenden Chipkonzerns Nvidia am Montag in New York um 17 Prozent ein. Der Chipkonzern verlor damit 589 Milliarden US-Dollar Börsenwert.",
          attribution: "own_reporting",
        },
        {
          article: "de010",
          role: "re_report",
          quote:
            'Der Kurssturz des Chip-Herstellers Nvidia am Montag um 17 Prozent bedeutet zugleich den größten Tagesverlust, den je ein Unternehmen an der Wall Street hat hinnehmen müssen. Der Börsenwert des exorbitant hoch bewerteten US-Konzerns fiel um 592,7 Milliarden Dollar auf "nur noch" 2,9 Billionen- nie waren es dem Datenanbieter LSEG zufolge mehr bei einem Unternehmen an einem Tag.',
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "microsoft-stock-2025-01-deepseek",
      type: "stock_move",
      lab: "microsoft",
      counterparty: "deepseek",
      title: "Microsoft shares slip about two percent in the DeepSeek sell-off",
      summary:
        "In the same sell-off Microsoft fell two percent on the day (the text writes the number as a word, so no " +
        "percent is stored).",
      occurred: fuzzy("2025-01-27", "2025-01-27", "day", "am Montag"),
      status: "reported",
      citations: [
        {
          article: "de009",
          role: "first_report",
          quote:
            "Konkurrent Broadcom schloss mit mehr als 17 Prozent im Minus und Microsoft gab auf Tagessicht um zwei Prozent nach.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Aleph Alpha ──────────────────────────────────────────────────────────────────────────────
    {
      key: "aleph-alpha-investment-2023-11-series-b",
      type: "investment",
      lab: "aleph-alpha",
      title: "Aleph Alpha announces a $500 million funding round",
      summary:
        "On Monday, November 6, 2023, Aleph Alpha announced, together with economy minister Habeck, a funding round of " +
        "500 million dollars in total from Bosch, SAP, the Schwarz group, Burda and others. The company later said it " +
        "was €470 million, of which €110 million equity.",
      occurred: fuzzy("2023-11-06", "2023-11-06", "day", "am Montag"),
      amountUsd: 500_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "confirmed",
      citations: [
        {
          article: "de011",
          role: "first_report",
          quote:
            "Zusammen mit Habeck gab Andrulis den Abschluss einer Finanzierungsrunde über insgesamt 500 Millionen Dollar bekannt.",
          attribution: "official_statement",
          attributedTo: "Aleph Alpha (Jonas Andrulis)",
        },
        {
          article: "de012",
          role: "follow_up",
          quote:
            "Aleph Alpha hat nach eigenen Angaben im November 2023 in einer Finanzierungsrunde insgesamt 470 Millionen Euro eingesammelt, was zum Tag des Signings umgerechnet mehr als 500 Millionen US-Dollar entsprach.",
          attribution: "official_statement",
          attributedTo: "Aleph Alpha",
        },
        {
          article: "de013",
          role: "context",
          quote:
            "Die deutsche Antwort auf ChatGPT oder Gemini, das Heidelberger Startup Aleph Alpha, hatte im November eine halbe Milliarde US-Dollar einsammeln können.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "aleph-alpha-controversy-2024-06-funding",
      type: "controversy",
      lab: "aleph-alpha",
      title: 'Doubts about Aleph Alpha\'s "$500 million" round: only about $100 million for 20%',
      summary:
        "Journalist Thomas Knüwer questioned the announced $500 million round: a source with insight into the term " +
        "sheet said investors received about 20% for about $100 million. Aleph Alpha then broke the €470 million down " +
        "into €110 million equity, €300 million research funding and €60 million in order commitments.",
      occurred: fuzzy("2024-06-01", "2024-06-27", "range", "Juni 2024 (vor dem Artikel vom 27. Juni 2024)"),
      status: "reported",
      citations: [
        {
          article: "de050",
          role: "context",
          quote:
            "Aleph Alpha geriet in den vergangenen Monaten immer wieder in die Kritik – wegen schwacher Umsätze, einer intransparenten Mega-Finanzierung über 500 Millionen Euro und dem wachsenden Einfluss der Schwarz-Gruppe, wie „Manager Magazin“ dokumentiert.",
          attribution: "relays_outlet",
          attributedTo: "Manager Magazin",
        },
        {
          article: "de012",
          role: "re_report",
          quote:
            "Der Journalist Thomas Knüwer hat in einem ausführlichen Artikel die im November 2023 verkündete Finanzierungsrunde des KI-Start-ups Aleph Alpha über angeblich 500 Millionen Dollar infrage gestellt.",
          attribution: "named_source",
          attributedTo: "Thomas Knüwer",
        },
        {
          article: "de012",
          role: "company_response",
          quote:
            "Die Finanzierung besteht dabei aus drei Komponenten (via Gründerszene): 110 Millionen Euro als echte Eigenkapitalfinanzierung, 300 Millionen Euro als Forschungsfinanzierung und 60 Millionen Euro in Form von Auftragszusagen.",
          attribution: "relays_outlet",
          attributedTo: "Gründerszene",
        },
      ],
    },

    // ── Mistral AI ───────────────────────────────────────────────────────────────────────────────
    {
      key: "mistral-ai-investment-2023-06-seed",
      type: "investment",
      lab: "mistral-ai",
      title: "Mistral raises €105 million seed round four weeks after its start",
      summary:
        "In June 2023, four weeks after its start and without a product, Mistral raised 105 million euros, a record seed round in Europe.",
      occurred: fuzzy("2023-06-01", "2023-06-30", "month", "im Juni 2023"),
      status: "confirmed",
      citations: [
        {
          article: "de013",
          role: "context",
          quote:
            "Schon vier Wochen nach dem Start und noch ohne eigenes Produkt hatte Mistral im Juni 2023 bei Investor:innen 105 Millionen Euro einsammeln und zugleich einen Rekord für die größte Seedingrunde Europas aufstellen können.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "mistral-ai-investment-2023-12-series-a",
      type: "investment",
      lab: "mistral-ai",
      title: "Mistral raises €385 million in December 2023",
      summary: "In December 2023 another 385 million euros flowed into Mistral.",
      occurred: fuzzy("2023-12-01", "2023-12-31", "month", "im Dezember"),
      status: "confirmed",
      citations: [
        {
          article: "de013",
          role: "context",
          quote:
            "Nachdem im Dezember ein weiterer dreistelliger Millionenbetrag (385 Millionen Euro) geflossen war, sicherte sich Mistral in einer Series-B-Runde noch einmal 600 Millionen Euro.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "mistral-ai-investment-2024-06-series-b",
      type: "investment",
      lab: "mistral-ai",
      title: "Mistral's €600 million Series B at a valuation of almost €6 billion",
      summary:
        "Mistral raised 600 million euros in a Series B from about two dozen investors including General Catalyst, " +
        "Andreessen Horowitz and Nvidia; total funding passes one billion euros, valuation almost six billion euros " +
        "(5.8 billion euros). Amounts in euros, so no USD amount is stored.",
      occurred: fuzzy("2024-06-01", "2024-06-30", "month", "Juni 2024"),
      status: "confirmed",
      citations: [
        {
          article: "de013",
          role: "first_report",
          quote:
            "Nachdem im Dezember ein weiterer dreistelliger Millionenbetrag (385 Millionen Euro) geflossen war, sicherte sich Mistral in einer Series-B-Runde noch einmal 600 Millionen Euro.",
          attribution: "official_statement",
          attributedTo: "Mistral AI",
        },
        {
          article: "de013",
          role: "re_report",
          quote:
            "Die Bewertung des Startups soll sich auf knapp sechs Milliarden Euro belaufen. Einem Bericht des Handelsblatts zufolge wäre Mistral damit das wertvollste KI-Startup Europas.",
          attribution: "relays_outlet",
          attributedTo: "Handelsblatt",
        },
        {
          article: "de014",
          role: "context",
          quote:
            "Für Mistral markiert die aktuelle Finanzierungsrunde die erste Kapitalbeschaffung seit Juni 2024. Damals erreichte die Jungfirma eine Bewertung von 5,8 Milliarden Euro.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "mistral-ai-investment-2025-09-series-c",
      type: "investment",
      lab: "mistral-ai",
      counterparty: "asml",
      title: "Mistral AI raises €1.7 billion ($2 billion) in a Series C led by ASML",
      summary:
        "Handelsblatt first reported Mistral AI close to an investment of two billion euros at a valuation of 14 billion " +
        "dollars (CEO Arthur Mensch declined to comment); the round closed at €1.7 billion ($2 billion), led by ASML " +
        "with €1.3 billion for an 11 percent stake.",
      occurred: fuzzy(
        "2025-09-01",
        "2025-09-09",
        "range",
        "Anfang September 2025 (Bericht des Handelsblatts bis zur Bestätigung am 9. September)",
      ),
      // The dollar amount stands in the English pack's citation (the German texts give euros).
      amountUsd: 2_000_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "confirmed",
      citations: [
        {
          article: "de048",
          role: "follow_up",
          quote:
            "Im Internet herrschte Verwirrung über die 1,3 Mrd. Euro schwere und damit elfprozentige Minderheitsbeteiligung.",
          attribution: "own_reporting",
        },
        {
          article: "de014",
          role: "re_report",
          quote:
            "Der französische KI-Champion Mistral AI steht laut Handelsblatt kurz vor dem Abschluss einer Investition in Höhe von zwei Milliarden Euro. Mit dieser Finanzierung würde das Jungunternehmen eine Bewertung von 14 Milliarden Dollar erreichen und seine Position als eines der wertvollsten Tech-Startups Europas festigen.",
          attribution: "relays_outlet",
          attributedTo: "Handelsblatt",
        },
        {
          article: "de014",
          role: "company_response",
          quote:
            "Arthur Mensch, CEO von Mistral AI, lehnte eine Stellungnahme zur aktuellen Finanzierungsrunde ab.",
          attribution: "official_statement",
          attributedTo: "Mistral AI (Arthur Mensch)",
        },
      ],
    },

    // ── Big Tech money into OpenAI and Anthropic ─────────────────────────────────────────────────
    {
      key: "microsoft-investment-2023-01-openai",
      type: "investment",
      lab: "microsoft",
      counterparty: "openai",
      title: "Microsoft's multi-year investment in OpenAI, reportedly $10 billion",
      summary:
        "On Monday, January 23, 2023, Microsoft announced a new multi-year, multi-billion-dollar investment in OpenAI " +
        "without naming the sum; Bloomberg reported 10 billion US dollars.",
      occurred: fuzzy("2023-01-23", "2023-01-23", "day", "am Montag"),
      amountUsd: 10_000_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "confirmed",
      citations: [
        {
          article: "de015",
          role: "re_report",
          quote:
            "Die Wirtschaftsnachrichtendienst Bloomberg berichtete von einer Summe von 10 Milliarden US-Dollar, die Microsoft in OpenAI stecken wolle.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg",
        },
        {
          article: "de015",
          role: "company_response",
          quote:
            'Der US-Software-Konzern kündigte am Montag ein neues mehrjähriges "Multi-Milliarden-Dollar"-Investment an, ohne eine genaue Summe zu nennen.',
          attribution: "official_statement",
          attributedTo: "Microsoft",
        },
        {
          article: "de013",
          role: "context",
          quote: "OpenAI hat im Januar allein von Microsoft zehn Milliarden Dollar bekommen.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "microsoft-investment-2019-07-openai",
      type: "investment",
      lab: "microsoft",
      counterparty: "openai",
      title: "Microsoft's first billion-dollar investment in OpenAI (2019)",
      summary:
        "Microsoft was an early OpenAI investor and put one billion US dollars into the company in 2019 (the text writes the number as a word).",
      occurred: fuzzy("2019-01-01", "2019-12-31", "year", "2019"),
      status: "confirmed",
      citations: [
        {
          article: "de015",
          role: "context",
          quote:
            "Microsoft war ein früher OpenAI-Investor und investierte 2019 bereits eine Milliarde US-Dollar in das Unternehmen.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "google-investment-2023-10-anthropic",
      type: "investment",
      lab: "google",
      counterparty: "anthropic",
      title: "Google commits $2 billion to Anthropic",
      summary:
        "Anthropic raised two billion dollars from Google alone (the text writes the number as a word and does not date " +
        "it; Google's commitment was made in October 2023).",
      occurred: fuzzy("2023-10-01", "2023-10-31", "month", "im Text undatiert; vor Juni 2024"),
      status: "confirmed",
      citations: [
        {
          article: "de013",
          role: "context",
          quote:
            "Das KI-Startup Anthropic sammelte zwei Milliarden Dollar allein von Google und 2,75 Milliarden Dollar von Amazon ein.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "amazon-investment-2024-03-anthropic",
      type: "investment",
      lab: "amazon",
      counterparty: "anthropic",
      title: "Amazon puts a further $2.75 billion into Anthropic",
      summary:
        "Amazon invested 2.75 billion dollars in Anthropic, the option from its September 2023 deal (the text does not " +
        "date it; it was exercised in March 2024).",
      occurred: fuzzy(
        "2024-03-27",
        "2024-03-27",
        "day",
        "im Text undatiert; 27. März 2024 (wie im englischen Bericht)",
      ),
      amountUsd: 2_750_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "confirmed",
      citations: [
        {
          article: "de013",
          role: "context",
          quote:
            "Das KI-Startup Anthropic sammelte zwei Milliarden Dollar allein von Google und 2,75 Milliarden Dollar von Amazon ein.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Stability AI ─────────────────────────────────────────────────────────────────────────────
    {
      key: "stability-ai-departure-2024-03-mostaque",
      type: "departure",
      lab: "stability-ai",
      title: "Founder and CEO Emad Mostaque resigns from Stability AI",
      summary:
        "On Friday evening, March 22, 2024, Emad Mostaque announced he is stepping down as CEO of Stability AI to pursue " +
        "decentralised AI; COO Shan Shan Wong and CTO Christian Laforte lead the company in the interim. Investors had " +
        "already asked him to resign in the autumn.",
      occurred: fuzzy("2024-03-22", "2024-03-22", "day", "am Freitagabend (Ortszeit)"),
      status: "confirmed",
      citations: [
        {
          article: "de018",
          role: "first_report",
          quote:
            "Stability AI, das Unternehmen hinter dem beliebten KI-Bildgenerator Stable Diffusion, verliert seinen CEO: am Freitagabend (Ortszeit) verkündete Emad Mostaque, dass er vom Chefposten zurücktrete.",
          attribution: "named_source",
          attributedTo: "Emad Mostaque",
        },
        {
          article: "de017",
          role: "re_report",
          quote:
            "Der Gründer und bisherige CEO Emad Mostaque ist zurückgetreten, wie das Unternehmen mitteilte.",
          attribution: "official_statement",
          attributedTo: "Stability AI",
        },
        {
          article: "de016",
          role: "context",
          quote:
            "Im März ist Emad Mostaque, Gründer von Stability AI, dem Entwickler der Bilderstellungssoftware Stable Diffusion, von seinem Posten als CEO der Firma zurückgetreten (wir berichteten).",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "stability-ai-departure-2024-03-sd-researchers",
      type: "departure",
      lab: "stability-ai",
      title: "Stable Diffusion researchers Rombach, Blattmann and Lorenz leave Stability AI",
      summary:
        "According to Forbes, the three scientists responsible for Stable Diffusion's foundational research, Robin " +
        "Rombach, Andreas Blattmann and Dominik Lorenz, recently left the start-up (grouped in the text, so one event).",
      occurred: fuzzy("2024-03-01", "2024-03-22", "range", "jüngst (vor dem Rücktritt Mostaques)"),
      status: "reported",
      citations: [
        {
          article: "de017",
          role: "re_report",
          quote:
            "So haben laut einem „Forbes“-Bericht jüngst auch die drei Wissenschaftler Robin Rombach, Andreas Blattmann und Dominik Lorenz, die für die Grundlagenforschung von Stable Diffusion zuständig waren, dem Start-up den Rücken gekehrt.",
          attribution: "relays_outlet",
          attributedTo: "Forbes",
        },
        {
          article: "de018",
          role: "re_report",
          quote:
            "Laut einem Bericht des Fachmediums Techcrunch hat Stability AI in den vergangenen Monaten bereits etliche Schlüsselkräfte verloren.",
          attribution: "relays_outlet",
          attributedTo: "TechCrunch",
        },
      ],
    },
    {
      key: "stability-ai-layoff-2024-04",
      type: "layoff",
      lab: "stability-ai",
      title: "Stability AI lays off more than 20 staff, about ten percent",
      summary:
        "According to an internal memo reported by CNBC, Stability AI laid off more than 20 employees, about ten " +
        "percent of its roughly 200 staff, mostly in operations, to 'right-size' the business.",
      occurred: fuzzy("2024-04-01", "2024-04-30", "month", "April 2024 (Bericht von CNBC)"),
      headcount: 20,
      headcountQualifier: "more_than",
      status: "reported",
      citations: [
        {
          article: "de016",
          role: "re_report",
          quote:
            "Laut einem internen Memo hat das Unicorn mehr als 20 seiner Angestellten entlassen, um das Unternehmen nach einer Periode nicht nachhaltigen Wachstums „richtig zu dimensionieren“.",
          attribution: "relays_outlet",
          attributedTo: "CNBC",
        },
        {
          article: "de016",
          role: "company_response",
          quote:
            "Die Co-CEOs des Unternehmens, Shan Shan Wong und Christian Laforte, teilten den Angestellten mit, dass das Unternehmen „Teile des Geschäfts umstrukturieren muss, was leider bedeutet, dass wir uns von einigen Kolleg:innen verabschieden müssen.“",
          attribution: "official_statement",
          attributedTo: "Stability AI (Shan Shan Wong, Christian Laforte)",
        },
      ],
    },
    {
      key: "stability-ai-controversy-2023-06-forbes-mostaque",
      type: "controversy",
      lab: "stability-ai",
      title: "Forbes: Mostaque misled people about his degree and the Amazon partnership",
      summary:
        "In 2023 a Forbes report said Emad Mostaque had misled people, including investors, about an Oxford master's " +
        "degree and about the nature of Stability AI's partnership with Amazon; Mostaque called several claims false.",
      occurred: fuzzy("2023-01-01", "2023-12-31", "year", "im Jahr 2023"),
      status: "reported",
      citations: [
        {
          article: "de016",
          role: "context",
          quote:
            "Im Jahr 2023 besagte ein Forbes-Bericht, dass Mostaque Menschen, einschließlich seiner eigenen Investoren, über den Erhalt eines Master-Abschlusses der Universität Oxford getäuscht habe.",
          attribution: "relays_outlet",
          attributedTo: "Forbes",
        },
        {
          article: "de016",
          role: "company_response",
          quote:
            "Mostaque antwortete damals, dass mehrere der Behauptungen von Forbes „falsche Anschuldigungen und falsche Darstellungen“ seien.",
          attribution: "named_source",
          attributedTo: "Emad Mostaque",
        },
      ],
    },
    {
      key: "stability-ai-other-2023-autumn-investors-demand-resignation",
      type: "other",
      lab: "stability-ai",
      title: "Investors ask Stability AI's CEO to resign; exodus of senior managers",
      summary:
        "According to media reports, investors had already asked Mostaque to resign in the autumn (2023), when the " +
        "company was struggling with a massive exodus of senior managers.",
      occurred: fuzzy("2023-09-01", "2023-11-30", "season", "im Herbst (2023)"),
      status: "reported",
      citations: [
        {
          article: "de017",
          role: "context",
          quote:
            "Der Abgang Mostaques kommt nicht ganz überraschend, war der Ex-CEO laut Medienberichten doch bereits im Herbst von seinen Investoren zum Rücktritt aufgefordert worden.",
          attribution: "relays_outlet",
          attributedTo: "Medienberichte",
        },
      ],
    },
    {
      key: "stability-ai-other-2023-10-burn-failed-round",
      type: "other",
      lab: "stability-ai",
      title: "Stability AI burned about $8 million in October 2023; planned round failed",
      summary:
        "According to Bloomberg, Stability AI spent an estimated eight million dollars in October 2023 alone, and a " +
        "planned funding round at four billion dollars failed (numbers written as words, so no amount is stored).",
      occurred: fuzzy("2023-10-01", "2023-10-31", "month", "im Oktober 2023"),
      status: "reported",
      citations: [
        {
          article: "de018",
          role: "context",
          quote:
            "Laut Bericht der Nachrichtenagentur Bloomberg gab das Start-zup allein im Oktober 2023 geschätzte acht Millionen Dollar aus, eine geplante Finanzierungsrunde im Ausmaß von vier Milliarden Dollar scheiterte.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg",
        },
      ],
    },

    // ── OpenAI: Altman fired and back ────────────────────────────────────────────────────────────
    {
      key: "openai-departure-2023-11-altman-fired",
      type: "departure",
      lab: "openai",
      title: "OpenAI's board fires CEO Sam Altman",
      summary:
        "On Friday, November 17, 2023, OpenAI's board dismissed co-founder and CEO Sam Altman, saying he had not been " +
        "consistently candid in his communications with the board; CTO Mira Murati became interim CEO. Altman returned " +
        "days later.",
      occurred: fuzzy("2023-11-17", "2023-11-17", "day", "17. November 2023"),
      status: "confirmed",
      citations: [
        {
          article: "de019",
          role: "first_report",
          quote:
            "Der Verwaltungsrat sei nach einer Prüfung zum Schluss gekommen, dass Altman in seiner Kommunikation mit dem Gremium nicht durchweg aufrichtig gewesen sei, heißt es in einer Erklärung.",
          attribution: "official_statement",
          attributedTo: "OpenAI (Verwaltungsrat)",
        },
        {
          article: "de020",
          role: "first_report",
          quote:
            "Der Vorstand des ChatGPT-Herstellers Open AI hat bekannt gegeben, dass er seinen Mitbegründer und CEO Sam Altman entlassen hat.",
          attribution: "official_statement",
          attributedTo: "OpenAI (Vorstand)",
        },
        {
          article: "de021",
          role: "context",
          quote:
            "Noch im November hieß es in einer Mitteilung des Unternehmens, dass der damalige Verwaltungsrat Altman gefeuert habe, weil dieser in seiner Kommunikation „nicht durchweg aufrichtig“ gewesen sei.",
          attribution: "official_statement",
          attributedTo: "OpenAI",
        },
      ],
    },
    {
      key: "openai-departure-2023-11-brockman",
      type: "departure",
      lab: "openai",
      title: "Greg Brockman loses the board chair and resigns as OpenAI president",
      summary:
        "With Altman's firing, board chairman Greg Brockman had to give up his board seat and then announced his " +
        "resignation as president; he returned days later with Altman.",
      occurred: fuzzy("2023-11-17", "2023-11-17", "day", "im November (2023)"),
      status: "confirmed",
      citations: [
        {
          article: "de021",
          role: "context",
          quote:
            "Damals flog der 38-Jährige zudem aus dem Verwaltungsrat, auch der Chef des Gremiums, Greg Brockman, musste den Posten aufgeben und kündigte daraufhin an, als Firmenpräsident zurückzutreten.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "openai-other-2023-11-altman-returns",
      type: "other",
      lab: "openai",
      title: "Altman and Brockman return days later; three directors pushed out",
      summary:
        "Only days after the firing, Altman and Brockman returned to their posts with the backing of most OpenAI staff " +
        "and Microsoft; three board members who had driven the dismissal were pushed out.",
      occurred: fuzzy("2023-11-21", "2023-11-22", "range", "nur Tage später"),
      status: "confirmed",
      citations: [
        {
          article: "de021",
          role: "context",
          quote:
            "Nur Tage später konnten Altman und Brockman jedoch mit Rückendeckung der meisten Angestellten von OpenAI und des engen Geschäftspartners Microsoft auf ihre Spitzenposten zurückkehren.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "openai-other-2024-03-altman-board",
      type: "other",
      lab: "openai",
      title: "Altman back on OpenAI's board after the WilmerHale review",
      summary:
        "OpenAI announced on Friday (March 8, 2024) that Altman rejoins the board after an external review by WilmerHale " +
        "found his firing resulted from a breakdown of trust with the previous board; three further members join.",
      occurred: fuzzy("2024-03-08", "2024-03-08", "day", "am Freitag (Ortszeit)"),
      status: "confirmed",
      citations: [
        {
          article: "de021",
          role: "first_report",
          quote:
            "OpenAI gab am Freitag (Ortszeit) bekannt, den Tech-Unternehmer wieder ins Gremium berufen zu haben.",
          attribution: "official_statement",
          attributedTo: "OpenAI",
        },
      ],
    },

    // ── DeepSeek R2 ──────────────────────────────────────────────────────────────────────────────
    {
      key: "deepseek-delay-2025-08-r2",
      type: "delay",
      lab: "deepseek",
      model: "deepseek-r2",
      title: "DeepSeek delays R2, planned for May, after failed training on Huawei chips",
      summary:
        "According to the Financial Times, DeepSeek postponed its R2 model, originally planned for May 2025, mainly " +
        "because training runs on Huawei's Ascend chips failed.",
      occurred: fuzzy("2025-08-01", "2025-08-14", "range", "Bericht der Financial Times (August 2025)"),
      status: "reported",
      citations: [
        {
          article: "de022",
          role: "re_report",
          quote:
            "Die technischen Schwierigkeiten seien der Hauptgrund für die Verzögerung der ursprünglich für Mai geplanten Markteinführung, so der Bericht.",
          attribution: "relays_outlet",
          attributedTo: "Financial Times",
        },
      ],
    },
    {
      key: "deepseek-architecture-2025-08-r2-ascend",
      type: "architecture_problem",
      lab: "deepseek",
      model: "deepseek-r2",
      counterparty: "huawei",
      title: "R2 training on Huawei Ascend chips fails; DeepSeek falls back to Nvidia",
      summary:
        "Encouraged by the authorities to use Huawei's Ascend processors, DeepSeek hit persistent technical problems and " +
        "could not complete a successful training run even with Huawei engineers on site; it trains on Nvidia chips " +
        "and uses Huawei hardware only for inference.",
      occurred: fuzzy(
        "2025-02-01",
        "2025-08-14",
        "range",
        "während des Trainings von R2 (nach R1 im Januar 2025)",
      ),
      status: "reported",
      citations: [
        {
          article: "de022",
          role: "re_report",
          quote:
            "Trotz der Unterstützung durch ein Team von Huawei-Ingenieuren, das ins Büro von DeepSeek entsandt wurde, konnte das Unternehmen keinen erfolgreichen Trainingslauf auf dem Ascend-Chip durchführen.",
          attribution: "relays_outlet",
          attributedTo: "Financial Times",
        },
      ],
    },

    // ── OpenAI: open-weight model ────────────────────────────────────────────────────────────────
    {
      key: "openai-delay-2025-07-open-weight",
      type: "delay",
      lab: "openai",
      model: "gpt-oss",
      title: "OpenAI's open-weight model, planned for July, postponed for safety reasons",
      summary:
        "The release of gpt-oss-120B and gpt-oss-20B, actually planned for July 2025, was first postponed for safety " +
        "reasons; the models came out on August 5, 2025.",
      occurred: fuzzy(
        "2025-07-11",
        "2025-07-11",
        "day",
        "zunächst verschoben (Altmans Ankündigung vom 11. Juli 2025)",
      ),
      status: "confirmed",
      citations: [
        {
          article: "de024",
          role: "context",
          quote:
            "Die eigentlich für Juli geplante Veröffentlichung von gpt-oss-120B und gpt-oss-20B war zunächst aus Sicherheitsgründen verschoben worden.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Microsoft: Recall ────────────────────────────────────────────────────────────────────────
    {
      key: "microsoft-delay-2024-06-recall",
      type: "delay",
      lab: "microsoft",
      model: "recall",
      title: "Microsoft pulls Recall from the June 18 Copilot+ PC launch",
      summary:
        "Microsoft postponed Windows Recall indefinitely: instead of launching with the first Copilot+ PCs on June 18, " +
        "2024, the controversial feature is first tested in the Windows Insider Program.",
      occurred: fuzzy(
        "2024-06-07",
        "2024-06-17",
        "range",
        "vor dem geplanten Start am 18. Juni (Update des Blogeintrags)",
      ),
      status: "confirmed",
      citations: [
        {
          article: "de025",
          role: "first_report",
          quote:
            "In einem Update zu einem Blogeintrag teilt der Softwarekonzern mit, dass die KI-Funktion, die alle Aktivitäten von Windows-Nutzern erfasst, nicht wie geplant am 18. Juni mit der Markteinführung der ersten Copilot+ PCs startet.",
          attribution: "official_statement",
          attributedTo: "Microsoft",
        },
        {
          article: "de026",
          role: "follow_up",
          quote:
            "Man habe den Ansatz zur Veröffentlichung angepasst, um wertvolle Expertise aus der Windows-Insider-Community zu nutzen, bevor Recall für alle Copilot+-PCs verfügbar gemacht werde.",
          attribution: "official_statement",
          attributedTo: "Microsoft",
        },
      ],
    },
    {
      key: "microsoft-controversy-2024-06-recall-privacy",
      type: "controversy",
      lab: "microsoft",
      model: "recall",
      title: "Security experts criticise Recall; Microsoft makes it opt-in",
      summary:
        "Soon after Recall was presented, security experts doubted its value and its security (the TotalRecall tool " +
        "extracts its database); Microsoft responded with opt-in, Windows Hello and database encryption.",
      occurred: fuzzy("2024-05-20", "2024-06-13", "range", "kurz nach der Vorstellung (Mai/Juni 2024)"),
      status: "confirmed",
      citations: [
        {
          article: "de025",
          role: "first_report",
          quote:
            "Sicherheitsexperten bezweifelten indes schon kurz nach der Vorstellung einen Mehrwert von Windows Recall – und eine sorgfältige Implementierung von Sicherheitsfunktionen.",
          attribution: "own_reporting",
        },
        {
          article: "de025",
          role: "company_response",
          quote:
            "In der vergangenen Woche reagierte Microsoft auf die Kritik und kündigte „eine klarere Auswahlmöglichkeit für das Speichern von Schnappschüssen mit Recall“ an.",
          attribution: "official_statement",
          attributedTo: "Microsoft",
        },
        {
          article: "de026",
          role: "context",
          quote:
            "Das hat insbesondere Besorgnis darüber ausgelöst, dass das einen tiefgehenden Einschnitt in die Privatsphäre darstellen könnte. Anfang Juni ruderte Microsoft daher zurück.",
          attribution: "own_reporting",
        },
        {
          article: "de027",
          role: "context",
          quote: "Schon bei der Ankündigung erntete Windows Recall Kritik.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "microsoft-delay-2024-11-recall",
      type: "delay",
      lab: "microsoft",
      model: "recall",
      title: "Recall delayed a second time, from October to December 2024",
      summary:
        "According to The Verge, Microsoft again delays Recall for Copilot+ PCs, from October to December 2024, taking " +
        "extra time to refine it before the Windows Insider preview.",
      occurred: fuzzy(
        "2024-10-01",
        "2024-11-30",
        "range",
        "nun (Bericht von The Verge, vor dem Artikel vom November 2024)",
      ),
      status: "confirmed",
      citations: [
        {
          article: "de027",
          role: "re_report",
          quote:
            "Statt wie geplant im Oktober soll das Feature im Dezember 2024 erscheinen. Das berichtet die amerikanische News-Seite The Verge.",
          attribution: "relays_outlet",
          attributedTo: "The Verge",
        },
        {
          article: "de027",
          role: "company_response",
          quote:
            "„Wir sind bestrebt, mit Recall ein sicheres und zuverlässiges Erlebnis zu bieten. Um sicherzustellen, dass wir diese wichtigen Updates liefern, nehmen wir uns zusätzliche Zeit, um das Erlebnis zu verfeinern, bevor wir es mit Windows Insidern in der Preview testen lassen“, sagt Brandon LeBlanc, Senior Product Manager von Windows gegenüber dem Magazin.",
          attribution: "official_statement",
          attributedTo: "Microsoft (Brandon LeBlanc)",
        },
      ],
    },

    // ── xAI, Meta: jobs and talent ───────────────────────────────────────────────────────────────
    {
      key: "xai-layoff-2025-09-annotators",
      type: "layoff",
      lab: "xai",
      title: "xAI lays off at least 500 data annotators who train Grok",
      summary:
        "On Friday, September 12, 2025, xAI laid off at least 500 workers from its data-annotation team (about a third " +
        "of it), dropping most generalist AI-tutor roles in favour of specialists.",
      occurred: fuzzy("2025-09-12", "2025-09-12", "day", "am Freitag"),
      headcount: 500,
      headcountQualifier: "at_least",
      status: "confirmed",
      citations: [
        {
          article: "de028",
          role: "first_report",
          quote:
            "Elon Musks xAI hat am Freitag mindestens 500 Mitarbeiter aus dem Data-Annotation-Team entlassen.",
          attribution: "own_reporting",
        },
        {
          article: "de028",
          role: "company_response",
          quote:
            "Im Zuge dieser Neuausrichtung benötigen wir die meisten allgemeinen KI-Tutor-Positionen nicht mehr, und Ihr Arbeitsverhältnis mit xAI wird beendet.",
          attribution: "official_statement",
          attributedTo: "xAI (E-Mail an die Beschäftigten)",
        },
      ],
    },
    {
      key: "meta-layoff-2025-10-superintelligence-labs",
      type: "layoff",
      lab: "meta",
      title: "Meta cuts about 600 jobs in its AI units",
      summary:
        "Meta cuts about 600 jobs in FAIR, AI infrastructure and product AI teams, about a fifth of the roughly 3,000 " +
        "people in its Superintelligence Labs; the TBD Lab is spared.",
      occurred: fuzzy(
        "2025-10-22",
        "2025-10-22",
        "day",
        "Mitteilung am 22.10.2025 (vor dem Artikel vom 23.10.2025)",
      ),
      headcount: 600,
      headcountQualifier: "about",
      status: "confirmed",
      citations: [
        {
          article: "de029",
          role: "re_report",
          quote:
            'Meta streicht Arbeitsplätze in seinen KI-Abteilungen. Es kommt zu rund 600 Entlassungen. Der Konzern will damit seinen Bereich für Künstliche Intelligenz "flexibler und reaktionsfähiger" machen, teilte das Unternehmen mit.',
          attribution: "official_statement",
          attributedTo: "Meta",
        },
        {
          article: "de029",
          role: "company_response",
          quote:
            'Die Zeitung zitiert Metas Chief AI Officer Alexandr Wang aus einem internen Memo: "Indem wir die Grösse unserer Mannschaft reduzieren, werden weniger Gespräche notwendig sein, um Entscheidungen zu treffen.',
          attribution: "relays_outlet",
          attributedTo: "The New York Times",
        },
      ],
    },
    {
      key: "meta-other-2025-06-superintelligence-labs",
      type: "other",
      lab: "meta",
      title: "Meta bundles its AI units into Superintelligence Labs",
      summary:
        "In June 2025 Meta reorganised its AI units under the name Superintelligence Labs, after aggressive hiring from rivals.",
      occurred: fuzzy("2025-06-01", "2025-06-30", "month", "im Juni"),
      status: "confirmed",
      citations: [
        {
          article: "de029",
          role: "context",
          quote: "Meta hatte seine KI-Einheiten im Juni unter dem Namen Superintelligence Labs gebündelt.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "apple-departure-2025-07-pang",
      type: "departure",
      lab: "apple",
      counterparty: "meta",
      title: "Apple's foundation-models chief Ruoming Pang leaves for Meta",
      summary:
        "Ruoming Pang, head of Apple's foundation-model team, moves to Meta's Superintelligence Labs; Apple chose not to " +
        "make a counter-offer.",
      occurred: fuzzy("2025-07-01", "2025-07-10", "range", "vor Kurzem (Juli 2025)"),
      status: "confirmed",
      citations: [
        {
          article: "de030",
          role: "follow_up",
          quote:
            "Apple hat einen seiner wichtigsten KI-Manager verloren. Ruoming Pang, bisher Leiter des Teams für das Foundation Model, wechselt zu Meta.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "meta-hiring-2025-07-pang",
      type: "hiring",
      lab: "meta",
      counterparty: "apple",
      title: "Meta hires Apple's Ruoming Pang with a package of more than $200 million",
      summary:
        "According to Bloomberg, Meta's multi-year compensation package for Ruoming Pang is worth more than 200 million " +
        "US dollars, mostly performance-linked stock.",
      occurred: fuzzy("2025-07-01", "2025-07-10", "range", "Juli 2025 (Bericht von Bloomberg)"),
      amountUsd: 200_000_000,
      amountQualifier: "more_than",
      amountKind: "compensation",
      status: "reported",
      citations: [
        {
          article: "de030",
          role: "re_report",
          quote: "Laut Bloomberg umfasst das Vergütungspaket über 200 Millionen US-Dollar.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg",
        },
      ],
    },

    // ── Deals for companies and their people ─────────────────────────────────────────────────────
    {
      key: "openai-acquisition-2025-05-io",
      type: "acquisition",
      lab: "openai",
      counterparty: "io",
      title: "OpenAI buys Jony Ive's hardware start-up io for about $6.5 billion",
      summary:
        "OpenAI acquires io, the hardware start-up of former Apple design chief Jony Ive, in an all-stock deal worth " +
        "about 6.5 billion US dollars; it pays 5 billion dollars because it already holds 23 percent.",
      occurred: fuzzy("2025-05-21", "2025-05-22", "range", "Ankündigung (vor dem Artikel vom 22.05.2025)"),
      amountUsd: 6_500_000_000,
      amountQualifier: "about",
      amountKind: "deal_value",
      status: "confirmed",
      citations: [
        {
          article: "de031",
          role: "re_report",
          quote:
            'Das KI-Unternehmen übernimmt das vor einem Jahr gegründete Start-up "io" des ehemaligen Apple-Chefdesigners Jony Ive für rund 6,5 Milliarden US-Dollar im Rahmen einer Aktientransaktion.',
          attribution: "official_statement",
          attributedTo: "OpenAI",
        },
        {
          article: "de031",
          role: "company_response",
          quote:
            "OpenAI zahlt eigenen Angaben zufolge 5 Milliarden Dollar für die Akquisition, da das Unternehmen bereits 23 Prozent an io hält.",
          attribution: "official_statement",
          attributedTo: "OpenAI",
        },
      ],
    },
    {
      key: "openai-other-2025-07-windsurf-deal-collapses",
      type: "other",
      lab: "openai",
      counterparty: "windsurf",
      title: "OpenAI's planned acquisition of Windsurf collapses",
      summary:
        "OpenAI's takeover of the AI coding start-up Windsurf failed; Windsurf's CEO goes to Google instead.",
      occurred: fuzzy("2025-07-01", "2025-07-31", "month", "im Text undatiert; Juli 2025"),
      status: "confirmed",
      citations: [
        {
          article: "de032",
          role: "re_report",
          quote:
            "OpenAI erfährt nach zuletzt zahlreichen Abwerbungen die nächste Niederlage: Die Übernahme des KI-Coding-Start-ups Windsurf ist gescheitert, der CEO geht zu Google.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "google-hiring-2025-07-windsurf",
      type: "hiring",
      lab: "google",
      counterparty: "windsurf",
      title: "Google pays about $2.4 billion to hire Windsurf's CEO and team and license its technology",
      summary:
        "Google DeepMind takes over Windsurf CEO Varun Mohan and part of the R&D team; according to The Information it " +
        "pays about 2.4 billion US dollars, covering multi-year pay and a non-exclusive licence, with no stake.",
      occurred: fuzzy("2025-07-01", "2025-07-31", "month", "im Text undatiert; Juli 2025"),
      amountUsd: 2_400_000_000,
      amountQualifier: "about",
      amountKind: "deal_value",
      status: "reported",
      citations: [
        {
          article: "de032",
          role: "re_report",
          quote: "Laut The Information zahlt Google rund 2,4 Milliarden US-Dollar für den Deal.",
          attribution: "relays_outlet",
          attributedTo: "The Information",
        },
      ],
    },
    {
      key: "windsurf-departure-2025-07-mohan",
      type: "departure",
      lab: "windsurf",
      counterparty: "google",
      title: "Windsurf CEO Varun Mohan and part of the R&D team leave for Google DeepMind",
      summary:
        "Windsurf's CEO Varun Mohan and part of the research and development team move to Google DeepMind; Jeff Wang " +
        "becomes interim CEO (grouped in the text, so one event).",
      occurred: fuzzy("2025-07-01", "2025-07-31", "month", "im Text undatiert; Juli 2025"),
      status: "confirmed",
      citations: [
        {
          article: "de032",
          role: "re_report",
          quote:
            "Google wird den CEO von Windsurf, Varun Mohan, sowie Teile seines Forschungs- und Entwicklungsteams übernehmen.",
          attribution: "official_statement",
          attributedTo: "Windsurf",
        },
      ],
    },
    {
      key: "google-hiring-2024-08-character-ai",
      type: "hiring",
      lab: "google",
      counterparty: "character-ai",
      title: "Google rehires Character.AI's founders and pays the start-up $2.7 billion",
      summary:
        "In 2024 Google took over Character.AI founders Noam Shazeer and Daniel De Freitas and paid the start-up 2.7 " +
        "billion US dollars in parallel.",
      occurred: fuzzy("2024-08-02", "2024-08-02", "day", "im Vorjahr (2. August 2024)"),
      amountUsd: 2_700_000_000,
      amountQualifier: "exact",
      amountKind: "deal_value",
      status: "confirmed",
      citations: [
        {
          article: "de032",
          role: "context",
          quote:
            "Bereits im Vorjahr hatte Google die Character-AI-Gründer Noam Shazeer und Daniel De Freitas übernommen und parallel 2,7 Milliarden US-Dollar an das Start-up gezahlt.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "microsoft-hiring-2024-03-inflection",
      type: "hiring",
      lab: "microsoft",
      counterparty: "inflection-ai",
      title: "Microsoft pays Inflection about $650 million and hires Mustafa Suleyman",
      summary:
        "Microsoft spent about 650 million US dollars on a deal with Inflection AI to hire DeepMind co-founder Mustafa " +
        "Suleyman as its 'CEO of AI' (March 2024; the text does not date it).",
      occurred: fuzzy("2024-03-19", "2024-03-21", "range", "im Text undatiert; 19.–21. März 2024"),
      amountUsd: 650_000_000,
      amountQualifier: "about",
      amountKind: "deal_value",
      status: "confirmed",
      citations: [
        {
          article: "de032",
          role: "context",
          quote:
            'Microsoft investierte rund 650 Millionen US-Dollar in einen ähnlichen Deal mit Inflection, um den Deepmind-Mitgründer Mustafa Suleyman als "CEO of AI" anzuheuern.',
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "inflection-ai-departure-2024-03-suleyman",
      type: "departure",
      lab: "inflection-ai",
      counterparty: "microsoft",
      title: "Inflection AI loses co-founder and CEO Mustafa Suleyman to Microsoft",
      summary:
        "Mustafa Suleyman left Inflection AI to become Microsoft's 'CEO of AI' as part of the licensing deal.",
      occurred: fuzzy("2024-03-19", "2024-03-19", "day", "im Text undatiert; 19. März 2024"),
      status: "confirmed",
      citations: [
        {
          article: "de032",
          role: "context",
          quote:
            'Microsoft investierte rund 650 Millionen US-Dollar in einen ähnlichen Deal mit Inflection, um den Deepmind-Mitgründer Mustafa Suleyman als "CEO of AI" anzuheuern.',
          attribution: "own_reporting",
        },
      ],
    },
    {
      // Same fact as the seed's event: the loader merges this citation into it.
      key: "meta-scale-ai-stake",
      type: "acquisition",
      lab: "meta",
      counterparty: "scale-ai",
      title: "Meta pays more than $14B for a 49% stake in Scale AI",
      summary: "Meta took 49 percent of Scale AI to bring CEO Alexandr Wang and part of the team on board.",
      occurred: fuzzy("2025-06-11", "2025-06-20", "month_part", "Mitte Juni"),
      status: "reported",
      citations: [
        {
          article: "de032",
          role: "context",
          quote:
            "Auch Meta verfolgt diese Strategie: Das Unternehmen übernahm 49 Prozent an Scale AI, um CEO Alexandr Wang und Teile des Teams zu sich zu holen.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Baidu ────────────────────────────────────────────────────────────────────────────────────
    {
      key: "baidu-benchmark-2023-03-ernie-demo",
      type: "benchmark_underperformance",
      lab: "baidu",
      model: "ernie-bot",
      title: "Baidu's first Ernie Bot demo falls far short of expectations",
      summary:
        "At the stage presentation on Thursday, March 16, 2023, CEO Robin Li only showed pre-recorded videos of Ernie " +
        "Bot, gave no comparison with ChatGPT and said the product is still some way from being market-ready.",
      occurred: fuzzy("2023-03-16", "2023-03-16", "day", "am Donnerstag"),
      status: "confirmed",
      citations: [
        {
          article: "de033",
          role: "first_report",
          quote:
            "Nachdem die Gesellschaft wochenlang die Trommel für ihren sogenannten „Ernie Bot“ als hauseigenen Chatbot-Dienst auf Basis Künstlicher Intelligenz (KI) gerührt hatte, blieb die erste tatsächliche Demonstration des selbstlernenden Systems, mit dem künftig konversationsähnliche Suchergebnisse zu erhalten sein sollen, weit hinter den Erwartungen zurück.",
          attribution: "own_reporting",
        },
        {
          article: "de033",
          role: "company_response",
          quote:
            "Li selber sagte bei dem Auftritt, dass man noch einiges davon entfernt sei, ein marktfähiges Produkt anzubieten.",
          attribution: "named_source",
          attributedTo: "Robin Li (Baidu)",
        },
      ],
    },

    // ── Meta: Behemoth (same facts as the seed's events: the loader merges these citations) ──────
    {
      key: "behemoth-delay",
      type: "delay",
      lab: "meta",
      model: "llama-4-behemoth",
      title: "Llama 4 Behemoth delayed again: from end of April to June, now fall or later",
      summary:
        "Meta's largest Llama 4 model, meant for LlamaCon in April 2025, was moved to June and now to the fall or later, " +
        "according to the Wall Street Journal; Meta declined to comment.",
      occurred: fuzzy("2025-05-01", "2025-05-31", "month", "Mai 2025 (Bericht des Wall Street Journal)"),
      status: "reported",
      citations: [
        {
          article: "de034",
          role: "re_report",
          quote:
            "Stattdessen veröffentlichte Meta bisher nur zwei kleinere Modelle aus der Llama-Familie – die Einführung von Behemoth wurde zunächst auf Juni und nun auf Herbst oder später verschoben, wie das Wall Street Journal berichtet.",
          attribution: "relays_outlet",
          attributedTo: "The Wall Street Journal",
        },
        {
          article: "de034",
          role: "company_response",
          quote: "Ein Sprecher von Meta lehnte eine Stellungnahme gegenüber dem WSJ ab.",
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
      summary:
        "Engineers fail to improve Behemoth significantly over earlier versions, people familiar with the matter say.",
      occurred: fuzzy("2025-05-01", "2025-05-31", "month", "Mai 2025 (Bericht des Wall Street Journal)"),
      status: "reported",
      citations: [
        {
          article: "de034",
          role: "re_report",
          quote:
            "Laut mit der Angelegenheit vertrauten Personen gelingt es den Ingenieurteams nicht, Behemoths Fähigkeiten gegenüber früheren Versionen signifikant zu verbessern.",
          attribution: "anonymous_sources",
          attributedTo: "mit der Angelegenheit vertraute Personen",
        },
      ],
    },
    {
      key: "llama-4-arena-controversy",
      type: "controversy",
      lab: "meta",
      title: "Meta promoted Llama 4 with a chat-optimised variant on Chatbot Arena",
      summary:
        "The two Llama models released in April first ranked well on a popular chatbot leaderboard; Meta had submitted " +
        "a specially adapted model, which Zuckerberg admitted.",
      occurred: fuzzy(
        "2025-04-01",
        "2025-04-10",
        "month_part",
        "Anfang April 2025 (Start der Llama-4-Reihe)",
      ),
      status: "confirmed",
      citations: [
        {
          article: "de034",
          role: "context",
          quote:
            "Später wurde bekannt, dass Meta ein speziell angepasstes Modell für den Benchmark eingereicht hatte – nicht das öffentlich veröffentlichte.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Apple Intelligence in the EU ─────────────────────────────────────────────────────────────
    {
      key: "apple-delay-2024-06-apple-intelligence-eu",
      type: "delay",
      lab: "apple",
      model: "apple-intelligence",
      title: "Apple holds back Apple Intelligence in the EU over the Digital Markets Act",
      summary:
        "Apple said it will not bring Apple Intelligence, iPhone Mirroring and SharePlay screen sharing to EU users for " +
        "now, citing uncertainty over the DMA's interoperability requirements.",
      occurred: fuzzy("2024-06-10", "2024-06-30", "range", "Juni 2024 (nach der WWDC)"),
      status: "confirmed",
      citations: [
        {
          article: "de036",
          role: "re_report",
          quote:
            "Zu den zurückgestellten Funktionen gehöre die «Apple Intelligence» genannte Künstliche Intelligenz (KI), teilte der US-Konzern mit.",
          attribution: "official_statement",
          attributedTo: "Apple",
        },
        {
          article: "de036",
          role: "company_response",
          quote:
            "«Insbesondere sind wir besorgt, dass die Kompatibilitätsanforderungen des Digital Markets Act (DMA) uns dazu zwingen könnten, die Unversehrtheit unserer Produkte in einer Weise zu beeinträchtigen, die die Privatsphäre und die Datensicherheit der Nutzer gefährdet.»",
          attribution: "official_statement",
          attributedTo: "Apple",
        },
        {
          article: "de035",
          role: "follow_up",
          quote: "In der Europäischen Union heißt es erst einmal „Bitte warten“.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Alibaba ──────────────────────────────────────────────────────────────────────────────────
    {
      key: "alibaba-investment-2025-02-ai-capex",
      type: "investment",
      lab: "alibaba",
      title: "Alibaba plans more than $53 billion over three years for AI models and infrastructure",
      summary:
        "In February 2025 Alibaba presented a plan to invest more than 53 billion US dollars over three years in AI models and infrastructure.",
      occurred: fuzzy("2025-02-01", "2025-02-28", "month", "im Februar"),
      amountUsd: 53_000_000_000,
      amountQualifier: "more_than",
      amountKind: "capex",
      status: "confirmed",
      citations: [
        {
          article: "de037",
          role: "context",
          quote:
            "Um mitzuhalten, werde Alibaba sein im Februar vorgestelltes Vorhaben erweitern, über drei Jahre mehr als 53 Milliarden Dollar in KI-Modelle und Infrastruktur zu stecken.",
          attribution: "named_source",
          attributedTo: "Eddie Wu (Alibaba)",
        },
      ],
    },
    {
      key: "alibaba-investment-2025-09-ai-capex-expanded",
      type: "investment",
      lab: "alibaba",
      title: "Alibaba will expand its AI investment plan beyond $53 billion",
      summary:
        "CEO Eddie Wu said at a developer conference in Hangzhou that Alibaba will expand its AI infrastructure plan; no new sum was given.",
      occurred: fuzzy(
        "2025-09-24",
        "2025-09-24",
        "day",
        "auf einer Entwicklerkonferenz in Hangzhou (24.09.2025)",
      ),
      status: "confirmed",
      citations: [
        {
          article: "de037",
          role: "re_report",
          quote:
            "Konzernchef Eddie Wu erklärte auf einer Entwicklerkonferenz in Hangzhou, dass die weltweiten Investitionen in künstliche Intelligenz derzeit rasant zunähmen.",
          attribution: "named_source",
          attributedTo: "Eddie Wu (Alibaba)",
        },
      ],
    },
    {
      key: "alibaba-stock-2025-09-four-year-high",
      type: "stock_move",
      lab: "alibaba",
      title: "Alibaba shares reach their highest level in almost four years",
      summary:
        "Alibaba shares reached their highest level in almost four years on the AI investment news; they have more than " +
        "doubled since the start of the year (no percentage given).",
      occurred: fuzzy("2025-09-24", "2025-09-24", "day", "24.09.2025"),
      status: "confirmed",
      citations: [
        {
          article: "de037",
          role: "first_report",
          quote: "Die Aktien von Alibaba haben den höchsten Stand seit fast vier Jahren erreicht.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── OpenAI and Anthropic money ───────────────────────────────────────────────────────────────
    {
      key: "gpt-5-delays",
      type: "delay",
      lab: "openai",
      model: "gpt-5",
      title: "OpenAI's GPT-5 launch has slipped several times",
      summary:
        "GPT-5 came out in August 2025, two and a half years after GPT-4; technical difficulties, setbacks and high " +
        "costs had delayed its development.",
      occurred: fuzzy("2025-05-15", "2025-05-31", "range", "undatiert; mehrmals verschoben, Stand Mai 2025"),
      status: "reported",
      citations: [
        {
          article: "de038",
          role: "context",
          quote:
            "GPT-4 wurde vor zweieinhalb Jahren veröffentlicht, der Nachfolger hätte längst erscheinen sollen. Technische Schwierigkeiten, Rückschläge und hohe Kosten verzögerten die Entwicklung.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "amazon-investment-2023-09-anthropic",
      type: "investment",
      lab: "amazon",
      counterparty: "anthropic",
      title: "Amazon to invest up to $4 billion in Anthropic, $1.25 billion first",
      summary:
        "On Monday, September 25, 2023, Amazon announced it will invest up to four billion dollars in Anthropic: AWS " +
        "first takes shares for 1.25 billion dollars, with an option for another 2.75 billion.",
      occurred: fuzzy("2023-09-25", "2023-09-25", "day", "am Montag"),
      amountUsd: 1_250_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "confirmed",
      citations: [
        {
          article: "de039",
          role: "first_report",
          quote:
            "Die Cloud-Sparte Amazon Web Services (AWS) werde zunächst Anteile für 1,25 Milliarden Dollar übernehmen. Daneben gebe es eine Kaufoption über weitere 2,75 Milliarden Dollar.",
          attribution: "official_statement",
          attributedTo: "Amazon",
        },
      ],
    },
    {
      key: "openai-investment-2025-10-employee-share-sale",
      type: "investment",
      lab: "openai",
      title: "Investors buy $6.6 billion of OpenAI employee shares at a $500 billion valuation",
      summary:
        "Investors including Dragoneer, MGX, T. Rowe, Thrive Capital and SoftBank bought shares worth 6.6 billion " +
        "dollars from current and former OpenAI staff, valuing OpenAI at 500 billion dollars (a valuation, not the " +
        "event's amount).",
      occurred: fuzzy("2025-10-02", "2025-10-02", "day", "am Donnerstag (Bericht von Bloomberg)"),
      amountUsd: 6_600_000_000,
      amountQualifier: "exact",
      amountKind: "deal_value",
      status: "reported",
      citations: [
        {
          article: "de040",
          role: "re_report",
          quote:
            "Investoren wie Dragonneer Investment Group, MGX, T. Rowe, Thrive Capital oder Softbank haben den Bloomberg-Informationen zufolge aktuellen und früheren OpenAI-Angestellten Anteile für 6,6 Milliarden Dollar abgekauft.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg",
        },
        {
          article: "de040",
          role: "company_response",
          quote: "Vertreter der beteiligten Unternehmen wollten die Informationen nicht kommentieren.",
          attribution: "official_statement",
          attributedTo: "beteiligte Unternehmen",
        },
      ],
    },
    {
      key: "openai-investment-2025-03-softbank-round",
      type: "investment",
      lab: "openai",
      counterparty: "softbank",
      title: "OpenAI raises $40 billion in a round led by SoftBank",
      summary:
        "OpenAI's funding round of 40 billion dollars, led by SoftBank, in spring 2025 (the text says April).",
      occurred: fuzzy("2025-03-31", "2025-04-30", "range", "im April dieses Jahres"),
      amountUsd: 40_000_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "confirmed",
      citations: [
        {
          article: "de040",
          role: "context",
          quote:
            "Das sind rund 200 Milliarden Dollar mehr als bei einer vom japanischen Technologieinvestor Softbank angeführten Finanzierungsrunde von 40 Milliarden Dollar im April dieses Jahres, wie die Nachrichtenagentur Bloomberg am Donnerstag unter Berufung auf mit der Angelegenheit vertraute Personen berichtete.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg",
        },
      ],
    },

    // ── Google: Gemini ───────────────────────────────────────────────────────────────────────────
    {
      key: "google-delay-2023-12-gemini",
      type: "delay",
      lab: "google",
      model: "gemini-1-0",
      title: "Google cancels next week's Gemini launch events over unreliable non-English answers",
      summary:
        "According to The Information, CEO Sundar Pichai cancelled the Gemini launch events planned for the following " +
        "week in California, New York and Washington because the AI did not reliably handle some non-English queries.",
      occurred: fuzzy(
        "2023-11-27",
        "2023-12-04",
        "range",
        "jetzt (Bericht von The Information, vor dem 04.12.2023)",
      ),
      status: "reported",
      citations: [
        {
          article: "de041",
          role: "re_report",
          quote: "Nun habe CEO Sundar Pichai jedoch beschlossen, die Eventreihe abzusagen.",
          attribution: "relays_outlet",
          attributedTo: "The Information",
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
        "Google found that Gemini could not reliably process some non-English requests, a person familiar with the matter said.",
      occurred: fuzzy("2023-11-27", "2023-12-04", "range", "vor dem Bericht vom 04.12.2023"),
      status: "reported",
      citations: [
        {
          article: "de041",
          role: "re_report",
          quote:
            "'The Information' jedoch etwas dazwischengekommen: Das Unternehmen hat festgestellt, dass die KI einige nicht-englische Anfragen nicht zuverlässig bearbeiten konnte, so eine Person, die mit der Angelegenheit vertraut ist.",
          attribution: "anonymous_sources",
          attributedTo: "Person, die mit der Angelegenheit vertraut ist",
        },
      ],
    },

    // ── Anthropic, Google, Nvidia: money lost ────────────────────────────────────────────────────
    {
      key: "anthropic-other-2025-09-authors-settlement",
      type: "other",
      lab: "anthropic",
      title: "Anthropic offers at least $1.5 billion to settle the authors' copyright class action",
      summary:
        "Anthropic proposes to pay authors at least 1.5 billion US dollars, about 3,000 dollars per work, for some " +
        "500,000 books downloaded from pirate databases to train Claude; the settlement needs the judge's approval.",
      occurred: fuzzy(
        "2025-09-05",
        "2025-09-05",
        "day",
        "Vergleichsvorschlag bei Gericht (Freitag, 5. September 2025)",
      ),
      amountUsd: 1_500_000_000,
      amountQualifier: "at_least",
      amountKind: "settlement",
      status: "confirmed",
      citations: [
        {
          article: "de042",
          role: "re_report",
          quote:
            "Das US-Start-up Anthropic will Buchautoren nach einer Klage mit mindestens 1,5 Milliarden Dollar für den unrechtmäßigen Download ihrer Werke entschädigen.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "google-stock-2023-02-bard",
      type: "stock_move",
      lab: "google",
      model: "bard",
      title: "Alphabet loses more than $100 billion after the Bard announcement",
      summary:
        "On Wednesday, February 8, 2023, Alphabet shares fell 7.8 points after the Bard announcement and lost more than " +
        "100 billion dollars in value; a promotional video had shown Bard giving a false answer.",
      occurred: fuzzy("2023-02-08", "2023-02-08", "day", "am Mittwochmorgen"),
      amountUsd: 100_000_000_000,
      amountQualifier: "more_than",
      amountKind: "market_cap",
      percent: -7.8,
      status: "confirmed",
      citations: [
        {
          article: "de043",
          role: "first_report",
          quote:
            "Nachdem direkt nach der Vorankündigung am Dienstag zunächst ein Anstieg von 5 Prozent verzeichnet wurde, sank sie am Mittwochmorgen wieder um 7,8 Prozentpunkte\n\nDamit landete sie auf ungefähr 99 Dollar und verlor über 100 Milliarden Dollar an Wert.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "google-benchmark-2023-02-bard-jwst-error",
      type: "benchmark_underperformance",
      lab: "google",
      model: "bard",
      title: "Bard gives a false answer about the James Webb telescope in Google's promo video",
      summary:
        "In Google's promotional tweet Bard claimed the James Webb Space Telescope took the very first picture of an " +
        "exoplanet; the first was taken in 2004 by the VLT. Google said it shows the importance of rigorous testing.",
      occurred: fuzzy("2023-02-06", "2023-02-08", "range", "vor der offiziellen Präsentation (Februar 2023)"),
      status: "confirmed",
      citations: [
        {
          article: "de043",
          role: "re_report",
          quote:
            "Die Talfahrt ging weiter, nachdem Reuters über einen Google-Tweet mit einem Werbevideo berichtete, in dem Bard falsche Informationen teilte.",
          attribution: "relays_outlet",
          attributedTo: "Reuters",
        },
        {
          article: "de043",
          role: "company_response",
          quote:
            'Gegenüber Reuters teilte Google mit: "Das zeigt, wie wichtig ein gründlicher Testprozess ist."',
          attribution: "official_statement",
          attributedTo: "Google",
        },
      ],
    },
    {
      key: "google-controversy-2024-02-gemini-images",
      type: "controversy",
      lab: "google",
      title: "Google pauses Gemini's images of people after criticism",
      summary:
        "After users criticised how Gemini depicts people, for example historically inaccurate soldiers, Google paused " +
        "the generation of images of people while it works on improvements.",
      occurred: fuzzy("2024-02-22", "2024-02-22", "day", "zurzeit (Pause am 22. Februar 2024)"),
      status: "confirmed",
      citations: [
        {
          article: "de044",
          role: "company_response",
          quote:
            "Auch Google selbst hat auf X gepostet , dass man an Verbesserungen von Gemini arbeite und darum die Personen-Generierung vorerst pausiert habe.",
          attribution: "official_statement",
          attributedTo: "Google",
        },
        {
          article: "de044",
          role: "re_report",
          quote:
            "Wohl noch mehr Kritikfläche bietet das Verhalten der KI, wenn man sie zur Visualisierung von historischen Ereignissen verwendet.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "nvidia-other-2025-04-h20-charge",
      type: "other",
      lab: "nvidia",
      title: "Nvidia books $5.5 billion in costs after US requires licences for H20 exports to China",
      summary:
        "According to an SEC filing, the US government told Nvidia that its H20 chips made for China now need an export " +
        "licence; Nvidia puts the cost at 5.5 billion US dollars in its first quarter.",
      occurred: fuzzy("2025-04-01", "2025-04-30", "month", "am Dienstag (Ortszeit), April 2025"),
      amountUsd: 5_500_000_000,
      amountQualifier: "exact",
      amountKind: "other",
      status: "confirmed",
      citations: [
        {
          article: "de045",
          role: "re_report",
          quote:
            "Im Geschäftsbericht für das erste Quartal wird dies demnach mit Kosten in Höhe von 5,5 Milliarden US-Dollar beziffert.",
          attribution: "relays_outlet",
          attributedTo: "AFP",
        },
      ],
    },

    // ── OpenAI's losses ──────────────────────────────────────────────────────────────────────────
    {
      key: "openai-other-2024-07-projected-loss",
      type: "other",
      lab: "openai",
      title: "OpenAI heads for a $5 billion operating loss in 2024",
      summary:
        "According to The Information, OpenAI faces an operating loss of 5 billion US dollars for the current year, " +
        "from about 7 billion for running and training models and 1.5 billion for staff.",
      occurred: fuzzy("2024-02-16", "2024-10-01", "range", "Bericht von The Information (2024)"),
      amountUsd: 5_000_000_000,
      amountQualifier: "exact",
      amountKind: "other",
      status: "reported",
      citations: [
        {
          article: "de046",
          role: "re_report",
          quote:
            'Laut einem Bericht von "The Information" (Paywall) steht OpenAI fürs laufende Geschäftsjahr ein operativer Verlust von 5 Milliarden US-Dollar ins Haus.',
          attribution: "relays_outlet",
          attributedTo: "The Information",
        },
      ],
    },
    {
      key: "openai-other-2025-10-quarterly-loss",
      type: "other",
      lab: "openai",
      title: "OpenAI lost about $12 billion in one quarter, Microsoft's figures suggest",
      summary:
        "The Wall Street Journal, citing Bernstein analyst Firoz Valliji, derives from Microsoft's quarterly report that " +
        "OpenAI lost about 12 billion US dollars in the last quarter.",
      occurred: fuzzy("2025-07-01", "2025-09-30", "quarter", "im letzten Quartal"),
      amountUsd: 12_000_000_000,
      amountQualifier: "about",
      amountKind: "other",
      status: "reported",
      citations: [
        {
          article: "de047",
          role: "re_report",
          quote:
            "Auf Basis der damaligen Bewertung von OpenAI und des inzwischen bekannten 32,5-Prozent-Anteils von Microsoft ergibt sich demnach ein Gesamtverlust von rund 12 Milliarden US-Dollar für OpenAI in diesem Zeitraum.",
          attribution: "relays_outlet",
          attributedTo: "The Wall Street Journal",
        },
      ],
    },
    {
      key: "microsoft-other-2025-10-openai-equity-loss",
      type: "other",
      lab: "microsoft",
      counterparty: "openai",
      title: "Microsoft books a $4.1 billion loss from its OpenAI stake",
      summary:
        "Microsoft's quarterly report shows a loss of 4.1 billion US dollars related to its OpenAI stake.",
      occurred: fuzzy("2025-07-01", "2025-09-30", "quarter", "im Quartalsbericht (letztes Quartal)"),
      amountUsd: 4_100_000_000,
      amountQualifier: "exact",
      amountKind: "other",
      status: "confirmed",
      citations: [
        {
          article: "de047",
          role: "re_report",
          quote:
            'Das "Wall Street Journal" bezieht sich bei seinem Bericht auf den Bernstein-Analysten Firoz Valliji, der berechnet hat, dass der von Microsoft im Quartalsbericht ausgewiesene Verlust von 4,1 Milliarden US-Dollar im Zusammenhang mit der OpenAI-Beteiligung deutlich grössere Dimensionen haben dürfte.',
          attribution: "relays_outlet",
          attributedTo: "The Wall Street Journal",
        },
      ],
    },

    // ── Aleph Alpha after the round ──────────────────────────────────────────────────────────────
    {
      key: "aleph-alpha-departure-2025-10-andrulis-ceo",
      type: "departure",
      lab: "aleph-alpha",
      title: "Founder Jonas Andrulis steps down as Aleph Alpha's CEO",
      summary:
        "Jonas Andrulis stepped down as CEO with immediate effect (October 2025); co-CEO Reto Spörri and Ilhan Scheer " +
        "take over, and Andrulis was to chair the advisory board from January 2026.",
      occurred: fuzzy(
        "2025-10-01",
        "2025-10-31",
        "month",
        "im Oktober 2025 („am Donnerstag“ bekanntgegeben)",
      ),
      status: "confirmed",
      citations: [
        {
          article: "de049",
          role: "re_report",
          quote:
            "Der Gründer und CEO der deutschen KI-Hoffnung Aleph Alpha, Jonas Andrulis, tritt mit sofortiger Wirkung von seinem Amt zurück.",
          attribution: "official_statement",
          attributedTo: "Aleph Alpha",
        },
        {
          article: "de050",
          role: "context",
          quote:
            "Besonders brisant: Firmengründer Jonas Andrulis, der seinen CEO-Posten bereits im Oktober 2025 abgab, verlässt das Unternehmen vollständig.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "aleph-alpha-departure-2025-10-coo-dirks",
      type: "departure",
      lab: "aleph-alpha",
      title: "Aleph Alpha's COO Carsten Dirks leaves",
      summary:
        "Together with the CEO change, Chief Operating Officer Carsten Dirks leaves Aleph Alpha completely.",
      occurred: fuzzy("2025-10-01", "2025-10-31", "month", "mit dem Rücktritt des CEO (Oktober 2025)"),
      status: "confirmed",
      citations: [
        {
          article: "de049",
          role: "re_report",
          quote: "Chief Operating Officer Carsten Dirks hingegen kehrt dem Unternehmen gänzlich den Rücken.",
          attribution: "official_statement",
          attributedTo: "Aleph Alpha",
        },
      ],
    },
    {
      key: "aleph-alpha-layoff-2026-01",
      type: "layoff",
      lab: "aleph-alpha",
      title: "Aleph Alpha lays off 50 employees, about 17 percent of staff",
      summary:
        "After a strategy review by the new management, Aleph Alpha cuts 50 jobs, about 17 percent of its workforce, " +
        "according to Business Insider.",
      occurred: fuzzy("2026-01-01", "2026-03-31", "range", "nun (Anfang 2026)"),
      headcount: 50,
      headcountQualifier: "exact",
      status: "reported",
      citations: [
        {
          article: "de050",
          role: "re_report",
          quote:
            "Während Politik und Wirtschaft das Unternehmen noch vor Kurzem als europäische Antwort auf OpenAI und Co. feierten, muss die einstige Vorzeigefirma nun 50 Mitarbeiter entlassen.",
          attribution: "relays_outlet",
          attributedTo: "Business Insider",
        },
      ],
    },
    {
      key: "aleph-alpha-departure-2026-01-andrulis-exit",
      type: "departure",
      lab: "aleph-alpha",
      title: "Jonas Andrulis leaves Aleph Alpha completely instead of chairing its advisory board",
      summary:
        "Founder Jonas Andrulis gives up all roles and leaves Aleph Alpha; according to Bild he was to chair the advisory " +
        "board from the turn of the year 2026.",
      occurred: fuzzy("2026-01-01", "2026-03-31", "range", "nun (Anfang 2026)"),
      status: "reported",
      citations: [
        {
          article: "de050",
          role: "re_report",
          quote:
            "Parallel dazu zieht sich Gründer Jonas Andrulis komplett aus dem Unternehmen zurück – ein Schritt, der viele Beobachter überrascht.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Apple's AI leadership ────────────────────────────────────────────────────────────────────
    {
      key: "apple-departure-2025-12-giannandrea",
      type: "departure",
      lab: "apple",
      title: "Apple's AI chief John Giannandrea leaves after the Siri delays",
      summary:
        "John Giannandrea leaves Apple in spring 2026 and advises until then; Amar Subramanya takes over AI, reporting " +
        "to Craig Federighi.",
      occurred: fuzzy(
        "2025-12-01",
        "2025-12-02",
        "range",
        "jetzt (Ankündigung vor dem Artikel vom 02.12.2025)",
      ),
      status: "confirmed",
      citations: [
        {
          article: "de051",
          role: "re_report",
          quote: "John Giannandrea verlässt Apple im Frühjahr 2026 und hat bis dahin eine „beratende Rolle“.",
          attribution: "official_statement",
          attributedTo: "Apple",
        },
        {
          article: "de051",
          role: "context",
          quote:
            "Bloomberg gab vor einer Weile an, dass Tim Cook das Vertrauen in John Giannandrea verloren hat.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg",
        },
      ],
    },
    {
      key: "apple-other-2025-03-siri-reorg",
      type: "other",
      lab: "apple",
      model: "siri",
      title: "Apple moves Siri from Giannandrea to Vision Pro chief Mike Rockwell",
      summary:
        "According to Bloomberg's Mark Gurman, Mike Rockwell now leads Siri development, reporting to Craig Federighi; " +
        "John Giannandrea stays with smaller tasks. Apple confirmed the change only internally.",
      occurred: fuzzy("2025-03-17", "2025-03-21", "week", "jetzt (Woche des Berichts vom 21.03.2025)"),
      status: "reported",
      citations: [
        {
          article: "de052",
          role: "re_report",
          quote:
            "Mike Rockwell leitet jetzt die Entwicklung von Siri, so Mark Gurman, er hat sich bei Apple bisher um die Vision Pro gekümmert.",
          attribution: "relays_outlet",
          attributedTo: "Bloomberg (Mark Gurman)",
        },
      ],
    },

    // ── Anthropic and OpenAI rounds ──────────────────────────────────────────────────────────────
    {
      key: "anthropic-investment-2025-03-series-e",
      type: "investment",
      lab: "anthropic",
      title: "Anthropic raises $3.5 billion and triples its valuation to $61.5 billion",
      summary:
        "Anthropic raised 3.5 billion dollars in a funding round, tripling its valuation to 61.5 billion dollars (a " +
        "valuation, not the event's amount).",
      occurred: fuzzy("2025-02-01", "2025-03-31", "range", "nun (Februar/März 2025)"),
      amountUsd: 3_500_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "confirmed",
      citations: [
        {
          article: "de053",
          role: "re_report",
          quote:
            "So hat die für ihren Chatbot Claude bekannte Anthropic im Rahmen einer Finanzierungsrunde 3,5 Mrd. Dollar aufgenommen und ihre Bewertung damit auf 61,5 Mrd. Dollar verdreifacht.",
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
      occurred: fuzzy("2024-10-01", "2024-10-31", "month", "im Oktober des vergangenen Jahres"),
      amountUsd: 6_600_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "confirmed",
      citations: [
        {
          article: "de053",
          role: "context",
          quote:
            "Im Oktober des vergangenen Jahres sammelte das Start-up 6,6 Mrd. Dollar ein und erzielt eine Bewertung von 157 Mrd. Dollar.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Meta's spending, OpenAI's fine ───────────────────────────────────────────────────────────
    {
      key: "meta-investment-2025-10-capex-raised",
      type: "investment",
      lab: "meta",
      title: "Meta raises its 2025 capex plan to $70–72 billion for AI",
      summary:
        "Meta now plans capital spending of 70 to 72 billion US dollars for 2025 (previously 66 to 72 billion), mainly " +
        "for data centres and AI research, and expects 2026 spending to grow much faster.",
      occurred: fuzzy("2025-10-29", "2025-10-30", "range", "nun (mit den Zahlen zum dritten Quartal 2025)"),
      // The range (70 to 72 billion US dollars) is not stored as amountUsd/amountUsdMax: the text writes it
      // "zwischen 70 und 72 Milliarden", and the starter-data number check only accepts "70 Milliarden".
      status: "confirmed",
      citations: [
        {
          article: "de054",
          role: "re_report",
          quote:
            "Meta plant nun Ausgaben zwischen 70 und 72 Milliarden US-Dollar, nachdem zuvor ein Korridor von 66 bis 72 Milliarden US-Dollar vorgesehen war.",
          attribution: "official_statement",
          attributedTo: "Meta",
        },
      ],
    },
    {
      key: "meta-other-2025-10-analyst-downgrades",
      type: "other",
      lab: "meta",
      title: "Oppenheimer and Benchmark downgrade Meta over AI spending",
      summary:
        "After the higher spending plan, Oppenheimer downgraded Meta to Perform and Benchmark to Hold; Barclays and Bank " +
        "of America cut their price targets.",
      occurred: fuzzy("2025-10-30", "2025-10-30", "day", "30.10.2025"),
      status: "confirmed",
      citations: [
        {
          article: "de054",
          role: "first_report",
          quote:
            'Oppenheimer und Benchmark senkten ihre Bewertungen jeweils auf "Perform" beziehungsweise "Halten".',
          attribution: "named_source",
          attributedTo: "Oppenheimer, Benchmark",
        },
      ],
    },
    {
      key: "openai-other-2024-12-italy-fine",
      type: "other",
      lab: "openai",
      title: "Italy's data protection authority fines OpenAI 15 million euros",
      summary:
        "After an investigation opened in March 2023, Italy's Garante fined OpenAI 15 million euros (a euro amount, so " +
        "none stored) for an unreported data breach, processing without legal basis, lack of transparency and missing " +
        "age verification, and ordered a six-month information campaign.",
      occurred: fuzzy("2024-12-20", "2024-12-31", "range", "nun (Dezember 2024)"),
      status: "confirmed",
      citations: [
        {
          article: "de055",
          role: "re_report",
          quote:
            "Die italienische Datenschutzbehörde hat gegen OpenAI eine Geldstrafe von 15 Millionen Euro verhängt und eine sechsmonatige Informationskampagne angeordnet.",
          attribution: "official_statement",
          attributedTo: "Garante per la protezione dei dati personali",
        },
      ],
    },

    // ── Apple: the lawsuit over the Siri ads ─────────────────────────────────────────────────────
    {
      key: "apple-other-2025-03-ai-ad-lawsuit",
      type: "other",
      lab: "apple",
      model: "siri",
      title: "Class action accuses Apple of misleading ads for Apple Intelligence and the new Siri",
      summary:
        "A class action filed on Wednesday in the US District Court in San José seeks unspecified damages for buyers of " +
        "devices with Apple Intelligence, saying the advertised features were limited or absent. In September 2025 " +
        "Apple moved to dismiss it.",
      occurred: fuzzy("2025-03-07", "2025-03-31", "range", "am Mittwoch (März 2025)"),
      status: "reported",
      citations: [
        {
          article: "de056",
          role: "re_report",
          quote:
            "Wie Axios berichtet, wurde die Klage am Mittwoch im U.S. District Court in San José eingereicht und verlangt „unbezifferte“ finanzielle Schäden im Namen aller Kunden, die ein iPhone, Mac oder iPad mit Apple Intelligence gekauft haben.",
          attribution: "relays_outlet",
          attributedTo: "Axios",
        },
        {
          article: "de057",
          role: "company_response",
          quote:
            "Das Unternehmen argumentiert, dass die Kunden den Großteil der über zwanzig neuen KI-Funktionen pünktlich und kostenlos erhalten haben.",
          attribution: "official_statement",
          attributedTo: "Apple",
        },
        {
          article: "de057",
          role: "follow_up",
          quote:
            "Wie 9to5Mac berichtet, hat das Unternehmen nun einen Antrag auf Abweisung der Sammelklage gestellt.",
          attribution: "relays_outlet",
          attributedTo: "9to5Mac",
        },
      ],
    },
  ],
  commitments: [
    {
      model: "siri",
      sequence: 1,
      planned: fuzzy("2024-09-01", "2024-11-30", "season", "im Herbst desselben Jahres (2024)"),
      article: "de002",
      quote:
        "Apple hatte die erweiterten Siri-Funktionen erstmals im Sommer 2024 angekündigt und damals eine Einführung im Herbst desselben Jahres in Aussicht gestellt.",
    },
    {
      model: "siri",
      sequence: 2,
      planned: fuzzy("2025-03-01", "2025-05-31", "season", "mit iOS 18.4 im Frühjahr 2025"),
      article: "de035",
      quote:
        "Mehrere Quellen berichten davon, dass mit der Ausrollung von iOS 18.4. im Frühjahr 2025 die gesamte Service-Palette zur Verfügung stehen soll.",
    },
    {
      model: "siri",
      sequence: 3,
      planned: fuzzy("2026-01-01", "2026-12-31", "year", "im kommenden Jahr (2026)"),
      article: "de003",
      quote:
        "Einige Verbesserungen der künstlichen Intelligenz bei Apples Sprachassistent Siri werde sich auf 2026 verzögern, teilte das Unternehmen mit, wie Reuters berichtete.",
    },
    {
      model: "siri",
      sequence: 4,
      planned: fuzzy(
        "2026-05-01",
        "2026-09-30",
        "range",
        "mit iOS 26.5 im Mai oder sogar mit iOS 27 im September",
      ),
      article: "de001",
      quote:
        "Zumindest ein Teil der für iOS 26.4 geplanten Funktionen wird möglicherweise erst mit iOS 26.5 im Mai oder sogar mit iOS 27 im September bereitgestellt.",
    },
    {
      model: "alexa-plus",
      sequence: 1,
      planned: fuzzy("2024-06-30", "2024-06-30", "day", "am 30. Juni"),
      article: "de004",
      quote:
        "Dennoch bleibt der Zeitplan straff: Schon am 30. Juni soll die neue Alexa veröffentlicht werden.",
    },
    {
      model: "alexa-plus",
      sequence: 2,
      planned: fuzzy("2025-01-01", "2025-12-31", "year", "frühestens 2025", true),
      article: "de005",
      quote:
        "Die Einführung des neuen KI-Abonnements für Alexa war ursprünglich für 2024 vorgesehen, doch mittlerweile wird eine Veröffentlichung frühestens 2025 erwartet.",
    },
    {
      model: "blackwell",
      sequence: 1,
      planned: fuzzy("2024-01-01", "2024-12-31", "year", "im Laufe des Jahres (2024)"),
      article: "de006",
      quote:
        "Erst Anfang dieses Jahres stellte NVIDIA auf der Messe GTC 2024 die neue Chipreihe vor und erklärte, sie würde im Laufe des Jahres erhältlich sein.",
    },
    {
      model: "blackwell",
      sequence: 2,
      planned: fuzzy("2025-01-01", "2025-03-31", "quarter", "im ersten Quartal von 2025"),
      article: "de006",
      quote:
        "Wie ein Microsoft-Mitarbeiter und weitere anonym gehaltene Quellen gegenüber The Information bekannt gaben, könne man mit der Lieferung der neuen Blackwell-Architektur im ersten Quartal von 2025 rechnen.",
    },
    {
      model: "deepseek-r2",
      sequence: 1,
      planned: fuzzy("2025-05-01", "2025-05-31", "month", "ursprünglich für Mai (2025) geplant"),
      article: "de022",
      quote:
        "Die technischen Schwierigkeiten seien der Hauptgrund für die Verzögerung der ursprünglich für Mai geplanten Markteinführung, so der Bericht.",
    },
    {
      model: "gpt-oss",
      sequence: 1,
      planned: fuzzy("2025-06-01", "2025-08-31", "season", "im Sommer 2025"),
      article: "de023",
      quote:
        "OpenAI-Chef Sam Altman hat es offiziell gemacht: Sein KI-Unternehmen will im Sommer 2025 ein eigenes Open-Weight-Sprachmodell veröffentlichen.",
    },
    {
      model: "gpt-oss",
      sequence: 2,
      planned: fuzzy("2025-07-01", "2025-07-31", "month", "eigentlich für Juli geplant"),
      article: "de024",
      quote:
        "Die eigentlich für Juli geplante Veröffentlichung von gpt-oss-120B und gpt-oss-20B war zunächst aus Sicherheitsgründen verschoben worden.",
    },
    {
      model: "recall",
      sequence: 1,
      planned: fuzzy("2024-06-18", "2024-06-18", "day", "am 18. Juni"),
      article: "de025",
      quote:
        "In einem Update zu einem Blogeintrag teilt der Softwarekonzern mit, dass die KI-Funktion, die alle Aktivitäten von Windows-Nutzern erfasst, nicht wie geplant am 18. Juni mit der Markteinführung der ersten Copilot+ PCs startet.",
    },
    {
      model: "recall",
      sequence: 2,
      planned: fuzzy("2024-10-01", "2024-10-31", "month", "ab Oktober"),
      article: "de026",
      quote:
        "Ab Oktober sollen Copilot+-PC-Besitzer, die am Windows-Insider-Programm teilnehmen, die Funktion wieder testen können.",
    },
    {
      model: "recall",
      sequence: 3,
      planned: fuzzy("2024-12-01", "2024-12-31", "month", "im Dezember 2024"),
      article: "de027",
      quote: "Statt wie geplant im Oktober soll das Feature im Dezember 2024 erscheinen.",
    },
    // Behemoth: the same three plans as the seed (identical ranges), so the loader keeps each once.
    {
      model: "llama-4-behemoth",
      sequence: 1,
      planned: fuzzy("2025-04-21", "2025-04-30", "month_part", "im April, passend zur LlamaCon"),
      article: "de034",
      quote:
        "Das große Sprachmodell war ursprünglich für eine Veröffentlichung im April vorgesehen, passend zur ersten Entwicklerkonferenz LlamaCon.",
    },
    {
      model: "llama-4-behemoth",
      sequence: 2,
      planned: fuzzy("2025-06-01", "2025-06-30", "month", "Juni"),
      article: "de034",
      quote:
        "Stattdessen veröffentlichte Meta bisher nur zwei kleinere Modelle aus der Llama-Familie – die Einführung von Behemoth wurde zunächst auf Juni und nun auf Herbst oder später verschoben, wie das Wall Street Journal berichtet.",
    },
    {
      model: "llama-4-behemoth",
      sequence: 3,
      planned: fuzzy("2025-09-01", "2025-11-30", "season", "Herbst oder später", true),
      article: "de034",
      quote:
        "Stattdessen veröffentlichte Meta bisher nur zwei kleinere Modelle aus der Llama-Familie – die Einführung von Behemoth wurde zunächst auf Juni und nun auf Herbst oder später verschoben, wie das Wall Street Journal berichtet.",
    },
    {
      model: "apple-intelligence",
      sequence: 1,
      planned: fuzzy("2024-09-01", "2024-11-30", "season", "im Herbst (2024)"),
      article: "de035",
      quote:
        "Nun, bei der Vorstellung hieß es recht schwammig, dass Apple Intelligence erstmals „im Herbst“ verfügbar sein werde.",
    },
    {
      model: "gemini-1-0",
      sequence: 1,
      planned: fuzzy(
        "2023-12-04",
        "2023-12-08",
        "week",
        "in der nächsten Woche (Woche ab dem 4. Dezember 2023)",
      ),
      article: "de041",
      quote:
        "Eigentlich wollte Google in der nächsten Woche in Kalifornien, New York und Washington seine neue konversationelle Künstliche Intelligenz mit dem Namen Gemini vorstellen.",
    },
  ],
};
