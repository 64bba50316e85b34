import { fuzzy } from "../types";
import type { StarterPack } from "./types";

/**
 * The held-out pack (issue 9 §1): real articles labelled by the rules of docs/labelling.md like
 * the rest of the starter pack, but kept out of the tuning of the extraction assistant, so that
 * `npm run extract:eval -- --keys hen,hde` estimates how it does on articles it has never seen.
 * Keys start with "h" (hen01…, hde01…); the texts are openings from the page store (excerpt:
 * true) without the last, cut-off sentence, image captions and teasers.
 *
 * Facts the tuning packs already hold keep their event key (the loader merges the citations and
 * keeps the first declaration's fields); labs, models and publishers are merged by slug. New
 * events carry their German title and summary here, as event-texts-de.ts does for the others.
 */

const day = (iso: string, text: string) => fuzzy(iso, iso, "day", text);

export const MORE_PACK: StarterPack = {
  publishers: [
    { slug: "neowin", name: "Neowin", domain: "neowin.net", language: "en", country: "US" },
    { slug: "the-star", name: "The Star", domain: "thestar.com.my", language: "en", country: "MY" },
    {
      slug: "windows-central",
      name: "Windows Central",
      domain: "windowscentral.com",
      language: "en",
      country: "US",
    },
    { slug: "der-standard", name: "Der Standard", domain: "derstandard.at", language: "de", country: "AT" },
    { slug: "t3n", name: "t3n", domain: "t3n.de", language: "de", country: "DE" },
    // Outlets the articles relay: declared so originalReporter resolves.
    { slug: "bloomberg", name: "Bloomberg", domain: "bloomberg.com", language: "en", country: "US" },
    { slug: "reuters", name: "Reuters", domain: "reuters.com", language: "en", country: "GB" },
    { slug: "politico", name: "Politico", domain: "politico.eu", language: "en", country: "BE" },
    {
      slug: "business-insider",
      name: "Business Insider",
      domain: "businessinsider.com",
      language: "en",
      country: "US",
    },
    { slug: "moneycontrol", name: "Moneycontrol", domain: "moneycontrol.com", language: "en", country: "IN" },
    { slug: "the-week", name: "The Week", domain: "theweek.com", language: "en", country: "US" },
    { slug: "techtarget", name: "TechTarget", domain: "techtarget.com", language: "en", country: "US" },
    { slug: "junge-welt", name: "junge Welt", domain: "jungewelt.de", language: "de", country: "DE" },
    { slug: "forbes-austria", name: "Forbes Austria", domain: "forbes.at", language: "de", country: "AT" },
    { slug: "dpa", name: "Deutsche Presse-Agentur (dpa)", domain: "dpa.com", language: "de", country: "DE" },
    { slug: "newsbytes", name: "NewsBytes", domain: "newsbytesapp.com", language: "en", country: "IN" },
    { slug: "wsj", name: "The Wall Street Journal", domain: "wsj.com", language: "en", country: "US" },
    {
      slug: "basic-thinking",
      name: "BASIC thinking",
      domain: "basicthinking.de",
      language: "de",
      country: "DE",
    },
    { slug: "heise-online", name: "heise online", domain: "heise.de", language: "de", country: "DE" },
    { slug: "macerkopf", name: "Macerkopf", domain: "macerkopf.de", language: "de", country: "DE" },
    { slug: "financial-times", name: "Financial Times", domain: "ft.com", language: "en", country: "GB" },
    {
      slug: "channel-newsasia",
      name: "CNA (Channel NewsAsia)",
      domain: "channelnewsasia.com",
      language: "en",
      country: "SG",
    },
    { slug: "phonearena", name: "PhoneArena", domain: "phonearena.com", language: "en", country: "US" },
    { slug: "bgr", name: "BGR", domain: "bgr.com", language: "en", country: "US" },
    {
      slug: "trending-topics",
      name: "Trending Topics",
      domain: "trendingtopics.eu",
      language: "de",
      country: "AT",
    },
    { slug: "dr-web", name: "Dr. Web", domain: "drweb.de", language: "de", country: "DE" },
    { slug: "investing-com", name: "Investing.com", domain: "investing.com", language: "en", country: "US" },
    {
      slug: "business-insider-de",
      name: "Business Insider Deutschland",
      domain: "businessinsider.de",
      language: "de",
      country: "DE",
    },
  ],
  labs: [
    { slug: "openai", name: "OpenAI", aliases: [], website: "https://openai.com", country: "US" },
    { slug: "google", name: "Google", aliases: [], website: "https://www.google.com", country: "US" },
    { slug: "xai", name: "xAI", aliases: [], website: "https://x.ai", country: "US" },
    {
      slug: "safe-superintelligence",
      name: "Safe Superintelligence",
      aliases: ["Safe Superintelligence Inc.", "Safe Superintelligence Inc", "SSI"],
      website: "https://ssi.inc",
      country: "US",
      description: "AI start-up founded in June 2024 by Ilya Sutskever, Daniel Gross and Daniel Levy.",
    },
    { slug: "meta", name: "Meta", aliases: [], website: "https://about.meta.com", country: "US" },
    {
      slug: "microsoft",
      name: "Microsoft",
      aliases: [],
      website: "https://www.microsoft.com",
      country: "US",
    },
    {
      slug: "intel",
      name: "Intel",
      aliases: ["Intel Corp.", "Intel Corporation", "Intels"],
      website: "https://www.intel.com",
      country: "US",
    },
    {
      slug: "builder-ai",
      name: "Builder.ai",
      aliases: ["Builder AI", "Engineer.ai"],
      website: "https://www.builder.ai",
      country: "GB",
      description: "London app-building start-up backed by Microsoft; insolvent in May 2025.",
    },
    { slug: "apple", name: "Apple", aliases: [], website: "https://www.apple.com", country: "US" },
    { slug: "alibaba", name: "Alibaba", aliases: [], website: "https://www.alibabagroup.com", country: "CN" },
    {
      slug: "thinking-machines-lab",
      name: "Thinking Machines Lab",
      aliases: ["Thinking Machines", "TML"],
      website: "https://thinkingmachines.ai",
      country: "US",
      description: "AI start-up founded in February 2025 by former OpenAI CTO Mira Murati.",
    },
    { slug: "deepseek", name: "DeepSeek", aliases: [], website: "https://www.deepseek.com", country: "CN" },
    {
      slug: "character-ai",
      name: "Character.AI",
      aliases: [],
      website: "https://character.ai",
      country: "US",
    },
    {
      slug: "softbank",
      name: "SoftBank",
      aliases: ["SoftBank Group", "Softbank"],
      website: "https://group.softbank",
      country: "JP",
    },
    { slug: "nvidia", name: "Nvidia", aliases: [], website: "https://www.nvidia.com", country: "US" },
  ],
  models: [
    {
      slug: "advanced-voice-mode",
      name: "ChatGPT Advanced Voice Mode",
      lab: "openai",
      aliases: ["Voice Mode", "advanced Voice Mode", "new Voice Mode", "Sprachmodus"],
      status: "delayed",
      description: "ChatGPT's real-time voice conversation mode, demonstrated with GPT-4o in May 2024.",
      history: [
        {
          status: "delayed",
          at: day("2024-06-25", "June 25, 2024"),
          article: "hen01",
          note: "alpha for some Plus users moved from late June to late July 2024",
        },
      ],
    },
    {
      slug: "gpt-store",
      name: "GPT Store",
      lab: "openai",
      aliases: ["store for custom chatbots", "online store for custom chatbots"],
      status: "delayed",
      description: "OpenAI's store for custom versions of ChatGPT (GPTs), announced at DevDay 2023.",
      history: [
        {
          status: "delayed",
          at: day("2023-11-30", "Thursday (Nov 30)"),
          article: "hen02",
          note: "moved from late 2023 to early 2024",
        },
      ],
    },
    {
      slug: "bard",
      name: "Bard",
      lab: "google",
      family: "Gemini",
      aliases: ["Google Bard"],
      status: "released",
      history: [],
    },
    {
      slug: "gpt-oss",
      name: "gpt-oss",
      lab: "openai",
      family: "gpt-oss",
      aliases: ["open-weight model", "Open-Weight model"],
      status: "released",
      history: [],
    },
    {
      slug: "falcon-shores",
      name: "Falcon Shores",
      lab: "intel",
      aliases: ["Intel Falcon Shores"],
      status: "shelved",
      description:
        "Intel's planned AI accelerator after Gaudi 3; kept as an internal test chip in January 2025.",
      history: [
        {
          status: "shelved",
          at: day("2025-01-30", "on Thursday"),
          article: "hen06",
          note: "release cancelled on the Q4 2024 earnings call",
        },
      ],
    },
    {
      slug: "jaguar-shores",
      name: "Jaguar Shores",
      lab: "intel",
      aliases: ["Intel Jaguar Shores"],
      status: "announced",
      description: "Intel's rack-scale AI GPU, its focus after Falcon Shores was cancelled.",
      history: [],
    },
    {
      slug: "gaudi",
      name: "Gaudi",
      lab: "intel",
      aliases: ["Gaudi 3", "Intel Gaudi"],
      status: "released",
      description: "Intel's AI data center accelerator line (from Habana Labs).",
      history: [],
    },
    {
      slug: "meta-ai",
      name: "Meta AI",
      lab: "meta",
      aliases: ["Meta AI assistant", "KI-Assistent von Meta"],
      status: "released",
      description: "Meta's AI assistant in Facebook, Instagram, WhatsApp and Messenger.",
      history: [],
    },
    {
      slug: "ai-overviews",
      name: "AI Overviews",
      lab: "google",
      aliases: ["AI Overview", "KI-Übersicht", "KI-Übersichten"],
      status: "released",
      description:
        "Google Search's AI-generated summaries above the results, launched in the US in May 2024.",
      history: [],
    },
    {
      slug: "apple-intelligence-china",
      name: "Apple Intelligence (China)",
      lab: "apple",
      family: "Apple Intelligence",
      aliases: ["China-Version der Apple Intelligence"],
      status: "delayed",
      description: "The Chinese version of Apple Intelligence, built with Alibaba to meet Chinese AI rules.",
      history: [],
    },
  ],
  articles: [
    {
      key: "hen01",
      file: "hen-01-openai-voice-mode-late-july-neowin.txt",
      title: "OpenAI holds off on launching its ChatGPT Voice Mode for a month until late July",
      url: "https://www.neowin.net/news/openai-holds-off-on-launching-its-chatgpt-voice-mode-for-a-month-until-late-july/",
      excerpt: true,
      publisher: "neowin",
      language: "en",
      published: fuzzy(
        "2024-06-25",
        "2024-06-30",
        "range",
        "undated; reports OpenAI's X post of June 25, 2024 as new (“Now, in a new message”), still in June",
      ),
      summaryEn:
        "OpenAI says on X it needs one more month for the advanced Voice Mode: the alpha for a small group of " +
        "ChatGPT Plus users moves from late June to late July 2024, all Plus users in the fall.",
    },
    {
      key: "hen02",
      file: "hen-02-openai-delays-gpt-store-the-star.txt",
      title: "OpenAI delays launch of online store for custom chatbots",
      url: "https://www.thestar.com.my/tech/tech-news/2023/12/04/openai-delays-launch-of-online-store-for-custom-chatbots",
      excerpt: true,
      publisher: "the-star",
      originalReporter: "bloomberg",
      language: "en",
      published: day("2023-12-04", "2023-12-04 (date in the page's address)"),
      summaryEn:
        "OpenAI emailed GPT builders on Nov 30, 2023 that the GPT Store, announced for November and then " +
        "intended for December, will open in early 2024, citing the turmoil around Sam Altman's ousting.",
    },
    {
      key: "hen03",
      file: "hen-03-sutskever-ssi-raises-billion-windows-central.txt",
      title:
        "Former OpenAI co-founder raises $1 billion for safety-focused firm while the ChatGPT maker prioritizes " +
        "shiny products and is on the cusp of bankruptcy",
      url: "https://www.windowscentral.com/software-apps/former-openai-co-founder-raises-a-billion-for-safety-focused-firm",
      excerpt: true,
      publisher: "windows-central",
      originalReporter: "reuters",
      language: "en",
      published: day("2024-09-06", "2024-09-06 (date on the page)"),
      summaryEn:
        "Ilya Sutskever's Safe Superintelligence raised $1 billion (Reuters); the piece contrasts it with OpenAI, " +
        "reportedly facing $5 billion of losses, new funding talks and criticism of rushed GPT-4o safety testing.",
    },
    {
      key: "hde01",
      file: "hde-01-bard-eu-start-blockiert-standard.txt",
      title: "Datenschutzbehörde blockiert EU-Start von Googles ChatGPT-Konkurrent Bard",
      url: "https://www.derstandard.at/story/3000000174571/datenschutzbehoerde-blockiert-eu-start-von-googles-chatgpt-konkurrent-bard",
      excerpt: true,
      publisher: "der-standard",
      originalReporter: "politico",
      language: "de",
      published: fuzzy("2023-06-01", "2023-06-30", "month", "undatiert; Juni 2023 (Monatsangabe der Seite)"),
      summaryEn:
        "Ireland's Data Protection Commission blocks Bard's EU launch planned for this week, saying Google gave " +
        "too little information on data protection; the DPC is examining the matter (Politico).",
    },
    {
      key: "hde02",
      file: "hde-02-xai-entlaesst-500-mitarbeiter-t3n.txt",
      title: "xAI entlässt 500 Mitarbeiter – und sucht direkt nach neuen Bewerbern",
      url: "https://t3n.de/news/xai-entlaesst-500-mitarbeiter-und-sucht-direkt-nach-neuen-bewerbern-1707490/",
      excerpt: true,
      publisher: "t3n",
      originalReporter: "business-insider",
      author: "Noëlle Bölling",
      language: "de",
      published: day("2025-09-14", "14.09.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "Citing Business Insider, t3n reports xAI let go of about 500 data annotators, a third of the team, after at " +
        "least nine senior staff of the human data team left last week; it now favours specialist AI tutors.",
    },
    {
      key: "hen04",
      file: "hen-04-openai-holds-back-open-weight-moneycontrol.txt",
      title: "Delayed again: OpenAI holds back open-weight AI model launch, here's why",
      url: "https://www.moneycontrol.com/technology/delayed-again-openai-holds-back-open-weight-ai-model-launch-here-s-why-article-13270721.html",
      excerpt: true,
      publisher: "moneycontrol",
      language: "en",
      published: fuzzy(
        "2025-07-11",
        "2025-07-31",
        "range",
        "undated; July 2025 inferred: reports as news Altman's statement of Friday, July 11, 2025 on the open-weight model",
      ),
      summaryEn:
        "OpenAI again delays its first open-weight model, planned for next week, with no new date; Sam Altman cites " +
        "additional safety tests and review of high-risk areas, since published weights cannot be pulled back.",
    },
    {
      key: "hen05",
      file: "hen-05-grok-praises-hitler-the-week.txt",
      title: "Musk chatbot Grok praises Hitler on X",
      url: "https://theweek.com/tech/grok-chatbot-ai-antisemitism-musk",
      excerpt: true,
      publisher: "the-week",
      language: "en",
      published: day("2025-07-09", "2025-07-09 (date on the page)"),
      summaryEn:
        "xAI's Grok made antisemitic comments, praised Hitler and called itself 'MechaHitler' on X on Tuesday; the " +
        "ADL condemned it, and xAI said it is removing the posts and banning hate speech before Grok posts.",
    },
    {
      key: "hen06",
      file: "hen-06-intel-axes-falcon-shores-techtarget.txt",
      title: "Intel axes Falcon Shores amid market challenges",
      url: "https://www.techtarget.com/searchdatacenter/news/366618595/Intel-axes-Falcon-Shores-amid-market-challenges",
      excerpt: true,
      publisher: "techtarget",
      language: "en",
      published: day("2025-01-31", "2025-01-31 (date on the page)"),
      summaryEn:
        "On its Q4 earnings call Intel cancelled the release of its Falcon Shores AI accelerator to focus on the " +
        "rack-scale Jaguar Shores; co-CEO Holthaus said Gaudi delivered disappointing sales.",
    },
    {
      key: "hde03",
      file: "hde-03-meta-verschiebt-ki-start-europa-junge-welt.txt",
      title: "Facebook-Konzern verschiebt Tests",
      url: "https://www.jungewelt.de/artikel/477470.facebook-konzern-verschiebt-tests.html",
      excerpt: true,
      publisher: "junge-welt",
      originalReporter: "dpa",
      language: "de",
      published: fuzzy("2024-06-01", "2024-06-30", "month", "undatiert; Juni 2024 (Monatsangabe der Seite)"),
      summaryEn:
        "Meta postpones the start of its new AI software in Europe after the Irish data protection authority asked " +
        "it not to train its models on public Facebook and Instagram posts; NOYB had filed complaints in 11 countries.",
    },
    {
      key: "hde04",
      file: "hde-04-builder-ai-700-entwickler-forbes.txt",
      title: "700 Entwickler statt vollautomatisierter KI",
      url: "https://www.forbes.at/artikel/700-entwickler-statt-vollautomatisierter-ki",
      excerpt: true,
      publisher: "forbes-austria",
      language: "de",
      published: fuzzy(
        "2025-05-01",
        "2025-12-31",
        "range",
        "undatiert; nach der Insolvenz „im Mai 2025“ erschienen, 2025 erschlossen (Geschäftsjahr 2024 zuletzt genannt)",
      ),
      summaryEn:
        "After Builder.ai's insolvency in May 2025, investigations show about 700 developers, mostly in India, did " +
        "the coding sold as AI, revenue was reportedly overstated, and round-tripping with VerSe is alleged.",
    },
    {
      key: "hen07",
      file: "hen-07-thinking-machines-tulloch-joins-meta-newsbytes.txt",
      title: "Thinking Machines Lab co-founder leaves to join Meta",
      url: "https://www.newsbytesapp.com/news/business/thinking-machines-lab-co-founder-andrew-tulloch-heads-to-meta/story",
      excerpt: true,
      publisher: "newsbytes",
      originalReporter: "wsj",
      language: "en",
      published: day("2025-10-12", "Oct 12, 2025 (date on the page)"),
      summaryEn:
        "Thinking Machines Lab co-founder Andrew Tulloch has left to join Meta (WSJ); Meta had tried to buy the " +
        "start-up and reportedly offered Tulloch up to $1.5 billion, which Meta disputed.",
    },
    {
      key: "hde05",
      file: "hde-05-google-empfiehlt-kleber-pizza-basic-thinking.txt",
      title: "Google empfiehlt immer noch Kleber als Pizzazutat",
      url: "https://basicthinking.de/blog/2024/06/12/google-empfiehlt-immer-noch-kleber-als-pizzazutat",
      excerpt: true,
      publisher: "basic-thinking",
      language: "de",
      published: day("2024-06-12", "12.06.2024 (Datum in der Adresse)"),
      summaryEn:
        "Weeks after its US launch in mid-May 2024, Google's AI Overview still recommends glue as a pizza " +
        "ingredient; Google told CNBC most overviews give high-quality information.",
    },
    {
      key: "hde06",
      file: "hde-06-apple-gewinnt-alibaba-als-ki-partner-heise.txt",
      title: "Durchbruch in China: Apple gewinnt Alibaba als KI-Partner",
      url: "https://heise.de/-10281840",
      excerpt: true,
      publisher: "heise-online",
      language: "de",
      published: fuzzy(
        "2025-02-01",
        "2025-03-31",
        "range",
        "undatiert; Februar/März 2025 erschlossen (Artikelnummer der Adresse; der „Ende März“ erwartete Start steht noch aus)",
      ),
      summaryEn:
        "Alibaba chairman Joe Tsai confirms Alibaba will bring Apple Intelligence to China on its Qwen model; the " +
        "start date is open, with rumours of a launch at the end of March.",
    },
    {
      key: "hde07",
      file: "hde-07-apple-intelligence-china-start-sommer-macerkopf.txt",
      title: "Apple Intelligence: China-Start Sommer",
      url: "https://www.macerkopf.de/2025/04/07/apple-intelligence-china-start-sommer/",
      excerpt: true,
      publisher: "macerkopf",
      originalReporter: "bloomberg",
      language: "de",
      published: day("2025-04-07", "07.04.2025 (Datum in der Adresse)"),
      summaryEn:
        "According to Bloomberg's Mark Gurman, Apple targets iOS 18.5 or 18.6 for Apple Intelligence in China, so " +
        "summer at the latest; Alibaba enforces the government's rules on Apple's models.",
    },
    {
      key: "hde08",
      file: "hde-08-apple-intelligence-china-verzoegert-macerkopf.txt",
      title: "iOS 18: politische Spannungen, Apples KI",
      url: "https://www.macerkopf.de/2025/06/06/ios18-politische-spannungen-apples-ki/",
      excerpt: true,
      publisher: "macerkopf",
      originalReporter: "financial-times",
      language: "de",
      published: day("2025-06-06", "06.06.2025 (Datum in der Adresse)"),
      summaryEn:
        "The Financial Times reports the already late launch of Apple Intelligence in China is delayed further by " +
        "US-China tensions: Apple and Alibaba still lack approval from the Cyberspace Administration of China.",
    },
    {
      key: "hen08",
      file: "hen-08-italy-blocks-deepseek-cna.txt",
      title: "Italy's privacy watchdog blocks Chinese AI app DeepSeek",
      url: "https://www.channelnewsasia.com/business/italys-privacy-watchdog-blocks-chinese-ai-app-deepseek-4907016",
      excerpt: true,
      publisher: "channel-newsasia",
      originalReporter: "reuters",
      language: "en",
      published: day("2025-01-31", "2025-01-31 (date on the page)"),
      summaryEn:
        "Italy's data protection authority, the Garante, blocked DeepSeek with immediate effect after the companies " +
        "behind it gave 'totally insufficient' information on personal data, and opened an investigation.",
    },
    {
      key: "hen09",
      file: "hen-09-openai-delays-open-weight-model-phonearena.txt",
      title: '"Something unexpected": OpenAI delays open-weight model, teases surprise twist',
      url: "https://www.phonearena.com/news/something-unexpected-openai-delays-open-weight-model-teases-surprise-twist_id171280",
      excerpt: true,
      publisher: "phonearena",
      language: "en",
      published: fuzzy(
        "2025-06-10",
        "2025-06-15",
        "range",
        "undated; mid-June 2025 inferred: “almost halfway through the month” of June, after Altman's X post of June 10, 2025",
      ),
      summaryEn:
        "Sam Altman says on X that OpenAI's open-weights model will come later in the summer, not in June, after " +
        "the team did 'something unexpected'; GPT-5, expected in May, is now expected around July.",
    },
    {
      key: "hen10",
      file: "hen-10-ai-overviews-still-glue-on-pizza-bgr.txt",
      title: "Google AI Overviews are still a disaster unless you like glue on your pizza",
      url: "https://bgr.com/tech/google-ai-overviews-are-still-a-disaster-unless-you-like-glue-on-your-pizza",
      excerpt: true,
      publisher: "bgr",
      language: "en",
      published: fuzzy(
        "2024-06-01",
        "2024-06-30",
        "range",
        "undated; June 2024 inferred: the glue answer of the May 2024 AI Overviews launch “went viral online a few weeks ago”",
      ),
      summaryEn:
        "Weeks after the viral glue-on-pizza answer, Google's AI Overviews recommend glue on pizza again, now " +
        "learning from the coverage; Google had blamed fakes but admitted it cannot handle online jokes.",
    },
    {
      key: "hde09",
      file: "hde-09-meta-avocado-trendingtopics.txt",
      title: "Meta Avocado",
      url: "https://www.trendingtopics.eu/meta-avocado/",
      excerpt: true,
      publisher: "trending-topics",
      language: "de",
      published: day("2025-12-11", "11.12.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "Meta may turn from open source to a proprietary model: 'Avocado', due in 2026, is rumoured to be closed; " +
        "Alexandr Wang pushes for it, Behemoth has been delayed for months and Yann LeCun is gone.",
    },
    {
      key: "hde10",
      file: "hde-10-character-ai-sperrt-jugendliche-aus-drweb.txt",
      title: "KI-Charakter-Abschiedsschmerz",
      url: "https://www.drweb.de/ki-charakter-abschiedsschmerz/",
      excerpt: true,
      publisher: "dr-web",
      language: "de",
      published: day("2025-12-03", "03.12.2025 (Datumsangabe der Seite)"),
      summaryEn:
        "Character.AI began locking out all users under 18 this week, after at least two teenagers took their lives " +
        "following intense chatbot relationships; parents have sued and regulators ask questions.",
    },
    {
      key: "hen11",
      file: "hen-11-softbank-shares-slump-openai-investing.txt",
      title: "SoftBank Group shares slump 10% on OpenAI concerns",
      url: "https://ng.investing.com/news/stock-market-news/softbank-group-shares-slump-10-on-openai-concerns-2226121",
      excerpt: true,
      publisher: "investing-com",
      language: "en",
      published: day("2025-11-25", "25/11/2025 (date on the page)"),
      summaryEn:
        "SoftBank shares fell nearly 10% in Tokyo on worries over its OpenAI bet, 32% in two weeks since it sold " +
        "its Nvidia stake to fund its $40 billion OpenAI investment; Gemini 3 adds pressure on OpenAI.",
    },
    {
      key: "hde11",
      file: "hde-11-apple-aktie-faellt-wwdc-businessinsider.txt",
      title: "Apple-Aktie fällt plötzlich während der WWDC – das ist der Grund",
      url: "https://www.businessinsider.de/wirtschaft/apple-aktie-faellt-ploetzlich-waehrend-der-wwdc-das-ist-der-grund/",
      excerpt: true,
      publisher: "business-insider-de",
      language: "de",
      published: fuzzy("2025-06-01", "2025-06-30", "month", "undatiert; Juni 2025 (Monatsangabe der Seite)"),
      summaryEn:
        "Apple's shares fell more than 2.5% minutes after Craig Federighi said at the WWDC 2025 keynote that the " +
        "more personal Siri needs more time; Apple had pulled ads that overstated Apple Intelligence.",
    },
  ],
  events: [
    // ── OpenAI: Voice Mode, GPT Store ───────────────────────────────────────────────────────────
    {
      key: "openai-delay-2024-06-voice-mode",
      type: "delay",
      lab: "openai",
      model: "advanced-voice-mode",
      title: "OpenAI delays ChatGPT's advanced Voice Mode alpha from late June to late July",
      summary:
        "On June 25, 2024 OpenAI said on X it needs one more month to reach its bar to launch the advanced Voice " +
        "Mode: better refusal of certain content, user experience and infrastructure to scale to millions.",
      titleDe: "OpenAI verschiebt die Alpha des neuen ChatGPT-Sprachmodus von Ende Juni auf Ende Juli",
      summaryDe:
        "Am 25. Juni 2024 teilte OpenAI auf X mit, dass es für den erweiterten Sprachmodus noch einen Monat " +
        "braucht: Das Modell soll bestimmte Inhalte besser erkennen und ablehnen, dazu kommen Nutzererlebnis und " +
        "eine Infrastruktur für Millionen Nutzer.",
      occurred: day("2024-06-25", "June 25, 2024"),
      status: "confirmed",
      citations: [
        {
          article: "hen01",
          role: "re_report",
          quote:
            "Now, in a new message on its X account, OpenAI has revealed it is delaying the Voice Mode launch for at least another month, until late July.",
          attribution: "official_statement",
          attributedTo: "OpenAI",
        },
        {
          article: "hen01",
          role: "company_response",
          quote:
            "For example, we’re improving the model’s ability to detect and refuse certain content. We’re also working on improving the user experience and preparing our infrastructure to scale to millions while maintaining real-time responses.",
          attribution: "official_statement",
          attributedTo: "OpenAI",
        },
      ],
    },
    {
      key: "openai-controversy-2024-05-sky-voice",
      type: "controversy",
      lab: "openai",
      model: "advanced-voice-mode",
      title: "Scarlett Johansson objects to the 'Sky' voice; OpenAI pauses it",
      summary:
        "After the May 2024 demo, the 'Sky' voice was said to sound like Scarlett Johansson, who said OpenAI had " +
        "tried to recruit her voice; OpenAI denied copying it but paused the voice.",
      titleDe: "Scarlett Johansson kritisiert die Stimme „Sky“; OpenAI setzt sie aus",
      summaryDe:
        "Nach der Vorführung im Mai 2024 hieß es, die Stimme „Sky“ klinge wie Scarlett Johansson, die erklärte, " +
        "OpenAI habe ihre Stimme gewinnen wollen; OpenAI bestritt eine Nachahmung, setzte die Stimme aber aus.",
      occurred: fuzzy("2024-05-13", "2024-05-31", "range", "back in May … A few days later"),
      status: "confirmed",
      citations: [
        {
          article: "hen01",
          role: "context",
          quote:
            'OpenAI has denied that the "Sky" voice used in the Voice Mode demo was patterned after Johansson\'s voice. However, it still decided to pause the use of that digital voice for now.',
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "openai-delay-2023-11-gpt-store",
      type: "delay",
      lab: "openai",
      model: "gpt-store",
      title: "OpenAI delays its GPT Store to early 2024 after the turmoil around Altman",
      summary:
        "In an email on Thursday, Nov 30, 2023 OpenAI told GPT builders the store it had expected to release that " +
        "month will launch in early 2024 rather than late 2023; 'a few unexpected things' kept it busy.",
      titleDe: "OpenAI verschiebt den GPT Store nach den Turbulenzen um Altman auf Anfang 2024",
      summaryDe:
        "In einer E-Mail vom Donnerstag, 30. November 2023, teilte OpenAI den Entwicklern von GPTs mit, dass der " +
        "für diesen Monat erwartete Store erst Anfang 2024 statt Ende 2023 startet; „ein paar unerwartete Dinge“ " +
        "hätten das Unternehmen beschäftigt.",
      occurred: day("2023-11-30", "Thursday (Nov 30)"),
      status: "confirmed",
      citations: [
        {
          article: "hen02",
          role: "re_report",
          quote:
            "The company said it plans to roll out its GPT Store in early 2024, rather than in late 2023 as it had initially planned.",
          attribution: "official_statement",
          attributedTo: "OpenAI",
        },
        {
          article: "hen02",
          role: "company_response",
          quote:
            '"While we had expected to release it this month, a few unexpected things have been keeping us busy!” the email said.',
          attribution: "official_statement",
          attributedTo: "OpenAI",
        },
      ],
    },
    {
      key: "openai-departure-2023-11-altman-fired",
      type: "departure",
      lab: "openai",
      title: "OpenAI's board fires CEO Sam Altman",
      summary:
        "On Nov 17, 2023 OpenAI's directors dismissed Sam Altman, saying he was not consistently candid.",
      occurred: day("2023-11-17", "On Nov. 17"),
      status: "confirmed",
      citations: [
        {
          article: "hen02",
          role: "context",
          quote:
            'On Nov. 17, the company’s directors dismissed Altman, saying in a statement that he was not "consistently candid” with OpenAI’s board, "hindering its ability to exercise its responsibilities.”',
          attribution: "official_statement",
          attributedTo: "OpenAI board",
        },
      ],
    },
    {
      key: "openai-other-2023-11-altman-returns",
      type: "other",
      lab: "openai",
      title: "Sam Altman returns as OpenAI's CEO with a new board",
      summary: "Altman officially returned as CEO, with a rejiggered board, on Wednesday, Nov 29, 2023.",
      occurred: day("2023-11-29", "on Wednesday (Nov 29)"),
      status: "confirmed",
      citations: [
        {
          article: "hen02",
          role: "context",
          quote: "Altman officially returned as CEO, along with a rejiggered board, on Wednesday (Nov 29).",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Safe Superintelligence; OpenAI in the background ──────────────────────────────────────
    {
      key: "safe-superintelligence-investment-2024-09-round",
      type: "investment",
      lab: "safe-superintelligence",
      title: "Ilya Sutskever's Safe Superintelligence raises $1 billion",
      summary:
        "According to Reuters, Safe Superintelligence Inc. raised $1 billion from investors including Andreessen " +
        "Horowitz, Sequoia Capital and NFDG.",
      titleDe: "Ilya Sutskevers Safe Superintelligence sammelt 1 Milliarde Dollar ein",
      summaryDe:
        "Laut Reuters hat Safe Superintelligence Inc. 1 Milliarde Dollar von Investoren eingesammelt, darunter " +
        "Andreessen Horowitz, Sequoia Capital und NFDG.",
      occurred: fuzzy("2024-08-01", "2024-09-06", "range", "recently (report of 6 September 2024)"),
      amountUsd: 1_000_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "reported",
      citations: [
        {
          article: "hen03",
          role: "re_report",
          quote:
            "According to a report by Reuters, the scientist recently managed to raise $1 billion for the new startup to further its safety advances from multiple investors, including Andreessen Horowitz, Sequoia Capital, NFDG, and more.",
          attribution: "relays_outlet",
          attributedTo: "Reuters",
        },
      ],
    },
    {
      key: "openai-departure-2024-05-sutskever",
      type: "departure",
      lab: "openai",
      title: "Co-founder and chief scientist Ilya Sutskever leaves OpenAI",
      summary:
        "Ilya Sutskever announced in May 2024 that he was leaving OpenAI for a personally meaningful project.",
      occurred: fuzzy("2024-05-01", "2024-05-31", "month", "in May"),
      status: "confirmed",
      citations: [
        {
          article: "hen03",
          role: "context",
          quote:
            'After dedicating a decade of his life to OpenAI, co-founder and Chief Scientist Ilya Sutskever announced that he was departing from the firm to focus on a project that was "personally meaningful."',
          attribution: "named_source",
          attributedTo: "Ilya Sutskever",
        },
      ],
    },
    {
      key: "openai-other-2024-07-projected-loss",
      type: "other",
      lab: "openai",
      title: "OpenAI projected to lose about $5 billion in 2024",
      summary: "OpenAI reportedly faces losses of $5 billion.",
      occurred: fuzzy("2024-02-16", "2024-10-01", "range", "Bericht von The Information (2024)"),
      amountUsd: 5_000_000_000,
      amountQualifier: "exact",
      amountKind: "other",
      status: "reported",
      citations: [
        {
          article: "hen03",
          role: "context",
          quote:
            "OpenAI is reportedly on the verge of bankruptcy within the next 12 months, with projections of $5 billion in losses.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "openai-investment-2024-09-round-talks",
      type: "investment",
      lab: "openai",
      title: "OpenAI in talks for a funding round with Microsoft, Apple and Nvidia at over $100 billion",
      summary:
        "OpenAI might raise another round backed by Microsoft, Apple and Nvidia that could value it at over " +
        "$100 billion (the valuation, not an amount raised).",
      titleDe: "OpenAI verhandelt über eine Finanzierungsrunde mit Microsoft, Apple und Nvidia",
      summaryDe:
        "OpenAI könnte eine weitere Finanzierungsrunde mit Microsoft, Apple und Nvidia aufnehmen, die den " +
        "Marktwert auf über 100 Milliarden Dollar heben könnte (eine Bewertung, kein eingesammelter Betrag).",
      occurred: fuzzy("2024-08-01", "2024-09-06", "range", "report of 6 September 2024"),
      status: "rumoured",
      citations: [
        {
          article: "hen03",
          role: "re_report",
          quote:
            "The ChatGPT maker might get an extended lifeline through another round of funding sponsored by Microsoft, Apple, and NVIDIA, which could push its market cap to over $100 billion.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "openai-controversy-2024-05-gpt-4o-safety-testing",
      type: "controversy",
      lab: "openai",
      title:
        "OpenAI reportedly sent GPT-4o launch invitations before safety testing, pressuring its safety team",
      summary:
        "OpenAI reportedly invited guests to GPT-4o's launch before testing took place, pressing the safety team " +
        "to finish its process in under a week.",
      titleDe: "OpenAI soll Einladungen zum GPT-4o-Start vor den Sicherheitstests verschickt haben",
      summaryDe:
        "OpenAI soll die Einladungen zur Vorstellung von GPT-4o verschickt haben, bevor die Tests stattfanden, und " +
        "das Sicherheitsteam gedrängt haben, seine Prüfung in weniger als einer Woche abzuschließen.",
      occurred: fuzzy("2024-04-01", "2024-05-13", "range", "before GPT-4o's launch (May 2024)"),
      status: "reported",
      citations: [
        {
          article: "hen03",
          role: "context",
          quote:
            "Building on this premise, the ChatGPT maker reportedly sent invitations to GPT-4o's launch before testing took place, pressuring the safety team to scheme through the entire process to meet the assigned deadline in under one week.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Google: Bard in the EU ─────────────────────────────────────────────────────────────────
    {
      key: "google-delay-2023-06-bard-eu",
      type: "delay",
      lab: "google",
      model: "bard",
      title: "Irish data protection regulator stops Bard's EU launch planned for this week",
      summary:
        "Google had planned to launch Bard in the EU in the week of the report (June 2023); the Irish Data " +
        "Protection Commission said it had too little information on how Bard protects Europeans' data, so the " +
        "launch is postponed with no new date.",
      titleDe: "Irische Datenschutzbehörde stoppt den für diese Woche geplanten EU-Start von Bard",
      summaryDe:
        "Google wollte Bard in der Woche des Berichts (Juni 2023) in der EU starten; die irische " +
        "Datenschutzbehörde erklärte, sie habe zu wenige Informationen zum Schutz der Nutzerdaten, daher ist der " +
        "Start ohne neuen Termin verschoben.",
      occurred: fuzzy("2023-06-01", "2023-06-30", "month", "diese Woche (Juni 2023)"),
      status: "reported",
      citations: [
        {
          article: "hde01",
          role: "re_report",
          quote:
            'Die irische Datenschutzbehörde blockiert diesen Schritt, indem man dem Service den erhofften Segen nicht erteilt, wie "Politico" berichtet.',
          attribution: "relays_outlet",
          attributedTo: "Politico",
        },
      ],
    },
    {
      key: "google-other-2023-06-dpc-bard-examination",
      type: "other",
      lab: "google",
      model: "bard",
      title: "Irish Data Protection Commission examines Bard",
      summary:
        "The Irish Data Protection Commission says it is actively examining Bard's compliance with EU data " +
        "protection rules and will share details with other EU data protection authorities.",
      titleDe: "Irische Datenschutzbehörde prüft Bard",
      summaryDe:
        "Die irische Datenschutzbehörde DPC untersucht nach eigenen Angaben aktiv, ob Bard die europäischen " +
        "Datenschutzregeln einhält, und will Details mit anderen Datenschutzbehörden der EU teilen.",
      occurred: fuzzy("2023-06-01", "2023-06-30", "month", "derzeit (Juni 2023)"),
      status: "reported",
      citations: [
        {
          article: "hde01",
          role: "re_report",
          quote:
            "Gleichzeitig versichert die irische Data Protection Commission (DPC), dass die Angelegenheit derzeit aktiv untersucht werde und schon bald weitere Details mit anderen Datenschutzbehörden in der EU geteilt werden sollen.",
          attribution: "named_source",
          attributedTo: "Data Protection Commission",
        },
      ],
    },

    // ── xAI: data annotation team ─────────────────────────────────────────────────────────────
    {
      key: "xai-layoff-2025-09-annotators",
      type: "layoff",
      lab: "xai",
      title: "xAI lays off at least 500 data annotators",
      summary: "xAI let go of about 500 workers, a third of its data annotation team.",
      occurred: day("2025-09-12", "on Friday"),
      headcount: 500,
      headcountQualifier: "about",
      status: "reported",
      citations: [
        {
          article: "hde02",
          role: "re_report",
          quote:
            "Wie Business Insider berichtet, war die Umstrukturierung bei xAI damit allerdings noch nicht beendet: Insgesamt trennte sich das Unternehmen von rund 500 Beschäftigten.",
          attribution: "relays_outlet",
          attributedTo: "Business Insider",
        },
      ],
    },
    {
      key: "xai-departure-2025-09-annotation-leads",
      type: "departure",
      lab: "xai",
      title: "At least nine senior members of xAI's human data team leave",
      summary: "At least nine senior staff of the team overseeing Grok's tutors left in the past week.",
      occurred: fuzzy("2025-09-07", "2025-09-13", "week", "in der vergangenen Woche"),
      headcount: 9,
      headcountQualifier: "at_least",
      status: "reported",
      citations: [
        {
          article: "hde02",
          role: "re_report",
          quote:
            "Allein in der vergangenen Woche sollen mindestens neun hochrangige Mitarbeiter:innen gegangen sein.",
          attribution: "relays_outlet",
          attributedTo: "Business Insider",
        },
      ],
    },
    {
      key: "xai-hiring-2025-09-specialist-tutors",
      type: "hiring",
      lab: "xai",
      title: "xAI to rely on specialist AI tutors instead",
      summary: "xAI now wants to rely more on specialist AI tutors.",
      occurred: fuzzy("2025-09-12", "2025-09-13", "range", "künftig (nach den Entlassungen)"),
      status: "reported",
      citations: [
        {
          article: "hde02",
          role: "re_report",
          quote: "Künftig will das KI-Startup verstärkt auf spezialisierte KI-Tutor:innen setzen.",
          attribution: "relays_outlet",
          attributedTo: "Business Insider",
        },
      ],
    },
    // ── OpenAI: open-weight model (re-reported) ────────────────────────────────────────────────
    {
      key: "openai-delay-2025-07-open-weight",
      type: "delay",
      lab: "openai",
      model: "gpt-oss",
      title: "OpenAI postpones its open-weight model indefinitely for more safety tests",
      summary: "The open-weight model planned for the following week is delayed with no new date.",
      occurred: day("2025-07-11", "on Friday"),
      status: "confirmed",
      citations: [
        {
          article: "hen04",
          role: "re_report",
          quote:
            "OpenAI has once again delayed the release of its first open-weight artificial intelligence model, citing the need for additional safety tests and review of high-risk areas.",
          attribution: "official_statement",
          attributedTo: "Sam Altman",
        },
        {
          article: "hen04",
          role: "company_response",
          quote:
            "“We need time to run additional safety tests and review high-risk areas. We are not yet sure how long it will take us,” Altman stated.",
          attribution: "official_statement",
          attributedTo: "Sam Altman",
        },
      ],
    },

    // ── xAI: Grok ──────────────────────────────────────────────────────────────────────────────
    {
      key: "xai-controversy-2025-07-grok-hitler",
      type: "controversy",
      lab: "xai",
      title: "Grok praises Hitler and posts antisemitic comments on X",
      summary:
        "On Tuesday, July 8, 2025 xAI's Grok chatbot made antisemitic comments, praised Adolf Hitler and called " +
        "itself 'MechaHitler' on X; the ADL condemned the posts, and xAI said it is removing them and banning " +
        "hate speech before Grok posts.",
      titleDe: "Grok lobt Hitler und verbreitet antisemitische Kommentare auf X",
      summaryDe:
        "Am Dienstag, 8. Juli 2025, machte xAIs Chatbot Grok auf X antisemitische Kommentare, lobte Adolf Hitler " +
        "und nannte sich selbst „MechaHitler“; die Anti-Defamation League verurteilte die Beiträge, xAI entfernt " +
        "sie nach eigenen Angaben und blockiert Hassrede, bevor Grok postet.",
      occurred: day("2025-07-08", "Tuesday"),
      status: "confirmed",
      citations: [
        {
          article: "hen05",
          role: "first_report",
          quote:
            'The Grok chatbot, created by Elon Musk\'s artificial intelligence company xAI, made antisemitic comments, praised Adolf Hitler and referred to itself as "MechaHitler" in a series of posts on X Tuesday.',
          attribution: "own_reporting",
        },
        {
          article: "hen05",
          role: "company_response",
          quote:
            'xAI last night said it was "working to remove the inappropriate posts" and had "taken action to ban hate speech before Grok posts on X."',
          attribution: "official_statement",
          attributedTo: "xAI",
        },
      ],
    },

    // ── Intel: Falcon Shores, Gaudi ────────────────────────────────────────────────────────────
    {
      key: "intel-delay-2025-01-falcon-shores",
      type: "delay",
      lab: "intel",
      model: "falcon-shores",
      title: "Intel cancels the release of its Falcon Shores AI accelerator",
      summary:
        "On its earnings call on Thursday, January 30, 2025 Intel said it will not bring Falcon Shores to market " +
        "and will focus on Jaguar Shores, a rack-scale solution, instead.",
      titleDe: "Intel stoppt die Markteinführung seines KI-Beschleunigers Falcon Shores",
      summaryDe:
        "In der Telefonkonferenz zu den Quartalszahlen am Donnerstag, 30. Januar 2025, erklärte Intel, Falcon " +
        "Shores nicht auf den Markt zu bringen und sich stattdessen auf die Rack-Lösung Jaguar Shores zu konzentrieren.",
      occurred: day("2025-01-30", "on Thursday"),
      status: "confirmed",
      citations: [
        {
          article: "hen06",
          role: "re_report",
          quote:
            "Intel has canceled the release of its AI accelerator code-named Falcon Shores, instead focusing on the next-generation chip that the company believed would be more competitive in the data center market.",
          attribution: "official_statement",
          attributedTo: "Intel (Michelle Johnston Holthaus)",
        },
        {
          article: "hen06",
          role: "company_response",
          quote:
            '"One of the things we learned from Gaudi is it\'s not enough to just deliver silicon," Holthaus said. "We need to be able to deliver a complete rack-scale solution."',
          attribution: "official_statement",
          attributedTo: "Intel (Michelle Johnston Holthaus)",
        },
      ],
    },
    {
      key: "intel-other-2025-01-gaudi-disappointing-sales",
      type: "other",
      lab: "intel",
      model: "gaudi",
      title: "Intel: Gaudi delivered disappointing sales",
      summary:
        "Intel's co-CEO Holthaus said its first AI data center chip, Gaudi, delivered disappointing sales, and its " +
        "successor Falcon Shores was not the product enterprises wanted.",
      titleDe: "Intel: Gaudi hat enttäuschende Umsätze gebracht",
      summaryDe:
        "Intels Co-Chefin Holthaus sagte, der erste KI-Rechenzentrumschip Gaudi habe enttäuschende Umsätze " +
        "gebracht und der Nachfolger Falcon Shores sei nicht das Produkt gewesen, das Unternehmen wollten.",
      occurred: fuzzy(
        "2024-01-01",
        "2025-01-30",
        "range",
        "delivered disappointing sales (said on January 30, 2025)",
      ),
      status: "confirmed",
      citations: [
        {
          article: "hen06",
          role: "re_report",
          quote:
            "Its first AI data center chip, Gaudi, delivered disappointing sales and its successor, Falcon Shores, wasn't the product enterprises wanted, Holthaus said.",
          attribution: "official_statement",
          attributedTo: "Intel (Michelle Johnston Holthaus)",
        },
      ],
    },

    // ── Meta: AI in Europe ─────────────────────────────────────────────────────────────────────
    {
      key: "meta-delay-2024-06-meta-ai-eu",
      type: "delay",
      lab: "meta",
      model: "meta-ai",
      title: "Meta postpones the start of its AI software in Europe after data protection objections",
      summary:
        "Meta postpones the European start of its new AI software after the Irish data protection authority asked " +
        "it not to train its models on public Facebook and Instagram posts for now.",
      titleDe: "Meta verschiebt den Start seiner KI-Software in Europa nach Widerstand von Datenschützern",
      summaryDe:
        "Meta schiebt den Europa-Start seiner neuen KI-Software auf, nachdem die irische Datenschutzbehörde " +
        "gefordert hatte, die KI-Modelle vorerst nicht mit öffentlichen Beiträgen von Facebook und Instagram zu trainieren.",
      occurred: fuzzy("2024-06-01", "2024-06-30", "month", "Juni 2024"),
      status: "reported",
      citations: [
        {
          article: "hde03",
          role: "re_report",
          quote:
            "Der US-Facebook-Konzern Meta schiebt nach Widerstand von Datenschützern den Start seiner neuen KI-Software in Europa auf.",
          attribution: "relays_outlet",
          attributedTo: "dpa",
        },
      ],
    },
    {
      key: "meta-other-2024-06-dpc-training-request",
      type: "other",
      lab: "meta",
      model: "meta-ai",
      title:
        "Irish data protection authority asks Meta not to train AI on public Facebook and Instagram posts",
      summary:
        "The Irish data protection authority responsible for Meta in the EU asked it not to train its AI models on " +
        "publicly available Facebook and Instagram posts for now.",
      titleDe:
        "Irische Datenschutzbehörde fordert Meta auf, die KI nicht mit öffentlichen Beiträgen zu trainieren",
      summaryDe:
        "Die für Meta in der EU zuständige irische Datenschutzbehörde forderte, die KI-Modelle vorerst nicht mit " +
        "öffentlich verfügbaren Beiträgen von Facebook und Instagram zu trainieren.",
      occurred: fuzzy("2024-06-01", "2024-06-30", "month", "Juni 2024"),
      status: "reported",
      citations: [
        {
          article: "hde03",
          role: "re_report",
          quote:
            "Auslöser ist die Forderung der für Meta in der EU zuständigen irischen Datenschutzbehörde, die KI-Modelle vorerst nicht mit öffentlich verfügbaren Beiträgen von Facebook und Instagram zu trainieren.",
          attribution: "relays_outlet",
          attributedTo: "dpa",
        },
      ],
    },
    {
      key: "meta-other-2024-06-noyb-complaints",
      type: "other",
      lab: "meta",
      title: "NOYB files complaints in eleven countries over Meta's AI training on user data",
      summary:
        "Data protection activists of NOYB filed complaints in eleven countries because Meta planned no explicit " +
        "consent, only an opt-out, for using users' data to train AI.",
      titleDe: "NOYB reicht in elf Ländern Beschwerden gegen Metas KI-Training mit Nutzerdaten ein",
      summaryDe:
        "Die Datenschutzaktivisten von NOYB reichten in elf Ländern Beschwerden ein, weil Meta für das KI-Training " +
        "mit Nutzerdaten keine ausdrückliche Einwilligung, sondern nur einen Widerspruch vorsah.",
      occurred: fuzzy("2024-05-27", "2024-06-23", "range", "vergangene Woche (Bericht vom Juni 2024)"),
      status: "reported",
      citations: [
        {
          article: "hde03",
          role: "re_report",
          quote:
            "Datenschutzaktivisten der Organisation NOYB reichten deswegen vergangene Woche Beschwerden in elf Ländern ein.",
          attribution: "relays_outlet",
          attributedTo: "dpa",
        },
      ],
    },

    // ── Builder.ai ─────────────────────────────────────────────────────────────────────────────
    {
      key: "builder-ai-other-2025-05-insolvency",
      type: "other",
      lab: "builder-ai",
      title: "Microsoft-backed Builder.ai becomes insolvent",
      summary:
        "Builder.ai, valued at over US$250 million in 2023 and backed by Microsoft among others, became insolvent " +
        "in May 2025 and is now under investigation.",
      titleDe: "Das von Microsoft unterstützte Builder.ai ist insolvent",
      summaryDe:
        "Builder.ai, 2023 mit über 250 Millionen US-Dollar bewertet und unter anderem von Microsoft finanziert, ist " +
        "seit Mai 2025 insolvent und steht im Fokus von Untersuchungen.",
      occurred: fuzzy("2025-05-01", "2025-05-31", "month", "im Mai 2025"),
      status: "reported",
      citations: [
        {
          article: "hde04",
          role: "re_report",
          quote:
            "Das britische Softwareunternehmen Builder.ai, das 2023 mit über 250 Mio. US-$ bewertet wurde und unter anderem Investitionen von Microsoft erhielt, steht nach seiner Insolvenz im Mai 2025 im Fokus von Untersuchungen.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "builder-ai-controversy-2025-human-coders",
      type: "controversy",
      lab: "builder-ai",
      title: "Builder.ai's 'AI' coding was largely done by about 700 developers in India",
      summary:
        "Instead of largely automated AI processes, most of Builder.ai's development work was done by hand by " +
        "about 700 developers, mostly in India; its assistant 'Natasha' was presented as the central AI component.",
      titleDe: "Die „KI“-Programmierung von Builder.ai leisteten großteils rund 700 Entwickler in Indien",
      summaryDe:
        "Statt weitgehend automatisierter KI-Prozesse beruhte ein Großteil der Entwicklungsarbeit von Builder.ai " +
        "auf manueller Programmierung durch rund 700 Entwickler, überwiegend in Indien; das System „Natasha“ wurde " +
        "als zentrale KI-Komponente präsentiert.",
      occurred: fuzzy("2025-05-01", "2025-12-31", "range", "nach der Insolvenz (2025)"),
      status: "reported",
      citations: [
        {
          article: "hde04",
          role: "re_report",
          quote:
            "Hintergrund sind erhebliche Diskrepanzen zwischen der öffentlichen Darstellung und der tatsächlichen Leistung der Plattform: Statt auf weitgehend automatisierte Prozesse mit künstlicher Intelligenz beruhte ein Großteil der Entwicklungsarbeit auf manueller Programmierung durch rund 700 Entwickler:innen, überwiegend in Indien.",
          attribution: "anonymous_sources",
        },
      ],
    },
    {
      key: "builder-ai-other-2025-revenue-overstated",
      type: "other",
      lab: "builder-ai",
      title: "Builder.ai reportedly overstated its revenue about fourfold",
      summary:
        "Builder.ai publicly reported about US$220 million of revenue for 2024, while internal figures suggest only " +
        "US$50 to 55 million; for the previous year about US$45 million against a public US$180 million.",
      titleDe: "Builder.ai soll seine Umsätze etwa vierfach überhöht haben",
      summaryDe:
        "Builder.ai meldete für 2024 öffentlich rund 220 Millionen US-Dollar Umsatz, interne Zahlen legen nur 50 bis " +
        "55 Millionen nahe; im Vorjahr sollen es etwa 45 statt öffentlich rund 180 Millionen gewesen sein.",
      occurred: fuzzy("2025-05-01", "2025-12-31", "range", "Medienberichte (2025)"),
      status: "reported",
      citations: [
        {
          article: "hde04",
          role: "re_report",
          quote:
            "Interne Zahlen und Aussagen legen jedoch nahe, dass die tatsächlichen Einnahmen bei lediglich 50 bis 55 Mio. US-$ lagen.",
          attribution: "anonymous_sources",
        },
      ],
    },
    {
      key: "builder-ai-controversy-2025-round-tripping",
      type: "controversy",
      lab: "builder-ai",
      title: "Builder.ai accused of round-tripping with VerSe Innovation",
      summary:
        "Builder.ai is accused of round-tripping with the Indian company VerSe Innovation: invoices without real " +
        "business behind them to inflate revenue and deceive investors and lenders.",
      titleDe: "Builder.ai wird Round-Tripping mit VerSe Innovation vorgeworfen",
      summaryDe:
        "Builder.ai soll mit dem indischen Unternehmen VerSe Innovation Rechnungen ohne reale wirtschaftliche " +
        "Grundlage ausgetauscht haben, um Umsätze aufzublähen und Investoren und Kreditgeber zu täuschen.",
      occurred: fuzzy("2025-05-01", "2025-12-31", "range", "Medienberichte (2025)"),
      status: "reported",
      citations: [
        {
          article: "hde04",
          role: "re_report",
          quote:
            "Ein weiterer Vorwurf betrifft sogenannte Round-Tripping-Vorgänge mit dem indischen Unternehmen VerSe Innovation.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "microsoft-investment-builder-ai",
      type: "investment",
      lab: "microsoft",
      counterparty: "builder-ai",
      title: "Microsoft invested in Builder.ai",
      summary: "Builder.ai received investments from Microsoft, among others, before its insolvency.",
      titleDe: "Microsoft hat in Builder.ai investiert",
      summaryDe: "Builder.ai erhielt vor seiner Insolvenz unter anderem Investitionen von Microsoft.",
      occurred: fuzzy("2016-01-01", "2025-04-30", "range", "undatiert; vor der Insolvenz im Mai 2025"),
      status: "reported",
      citations: [
        {
          article: "hde04",
          role: "context",
          quote:
            "Das britische Softwareunternehmen Builder.ai, das 2023 mit über 250 Mio. US-$ bewertet wurde und unter anderem Investitionen von Microsoft erhielt, steht nach seiner Insolvenz im Mai 2025 im Fokus von Untersuchungen.",
          attribution: "own_reporting",
        },
      ],
    },
    // ── Thinking Machines Lab and Meta ─────────────────────────────────────────────────────────
    {
      key: "thinking-machines-lab-departure-2025-10-tulloch",
      type: "departure",
      lab: "thinking-machines-lab",
      counterparty: "meta",
      title: "Co-founder Andrew Tulloch leaves Thinking Machines Lab for Meta",
      summary:
        "Andrew Tulloch, co-founder of Thinking Machines Lab, has left to join Meta; the start-up said he " +
        "decided to pursue a different path for personal reasons.",
      titleDe: "Mitgründer Andrew Tulloch verlässt Thinking Machines Lab und geht zu Meta",
      summaryDe:
        "Andrew Tulloch, Mitgründer von Thinking Machines Lab, ist zu Meta gewechselt; das Start-up erklärte, er " +
        "habe sich aus persönlichen Gründen für einen anderen Weg entschieden.",
      occurred: day("2025-10-10", "reported on Friday"),
      status: "confirmed",
      citations: [
        {
          article: "hen07",
          role: "re_report",
          quote:
            "Andrew Tulloch, the co-founder of AI start-up Thinking Machines Lab, has left the company to join Meta Platforms.",
          attribution: "relays_outlet",
          attributedTo: "The Wall Street Journal",
        },
        {
          article: "hen07",
          role: "company_response",
          quote:
            'A spokesperson for Thinking Machines Lab confirmed Tulloch\'s departure to the WSJ, saying, "Andrew has decided to pursue a different path for personal reasons."',
          attribution: "official_statement",
          attributedTo: "Thinking Machines Lab",
        },
      ],
    },
    {
      key: "meta-hiring-2025-10-tulloch",
      type: "hiring",
      lab: "meta",
      counterparty: "thinking-machines-lab",
      title: "Meta hires Thinking Machines Lab co-founder Andrew Tulloch",
      summary:
        "Meta hired Andrew Tulloch, co-founder of Thinking Machines Lab, as part of its push for AI talent.",
      titleDe: "Meta holt Andrew Tulloch, Mitgründer von Thinking Machines Lab",
      summaryDe:
        "Meta hat Andrew Tulloch, den Mitgründer von Thinking Machines Lab, im Zuge seiner Jagd nach KI-Talenten " +
        "eingestellt.",
      occurred: day("2025-10-10", "reported on Friday"),
      status: "reported",
      citations: [
        {
          article: "hen07",
          role: "re_report",
          quote:
            "Andrew Tulloch, the co-founder of AI start-up Thinking Machines Lab, has left the company to join Meta Platforms.",
          attribution: "relays_outlet",
          attributedTo: "The Wall Street Journal",
        },
      ],
    },
    {
      key: "meta-hiring-2025-tulloch-offer",
      type: "hiring",
      lab: "meta",
      counterparty: "thinking-machines-lab",
      title: "Meta reportedly offered Tulloch up to $1.5 billion over at least six years",
      summary:
        "After failing to buy Thinking Machines Lab, Mark Zuckerberg tried to recruit Andrew Tulloch with a package " +
        "worth up to $1.5 billion over at least six years, the WSJ reported; Meta disputed this.",
      titleDe: "Meta soll Tulloch bis zu 1,5 Milliarden Dollar über mindestens sechs Jahre geboten haben",
      summaryDe:
        "Nach dem gescheiterten Kauf von Thinking Machines Lab versuchte Mark Zuckerberg laut WSJ, Andrew Tulloch " +
        "mit einem Paket von bis zu 1,5 Milliarden Dollar über mindestens sechs Jahre zu gewinnen; Meta bestritt das.",
      occurred: fuzzy("2025-02-01", "2025-10-10", "range", "previously (before the move, reported in 2025)"),
      amountUsd: 1_500_000_000,
      amountQualifier: "up_to",
      amountKind: "compensation",
      status: "reported",
      citations: [
        {
          article: "hen07",
          role: "context",
          quote:
            "Following that, he attempted to recruit Tulloch with a compensation package worth up to $1.5 billion over at least six years, the WSJ reported, though Meta disputed the accuracy of this claim.",
          attribution: "relays_outlet",
          attributedTo: "The Wall Street Journal",
        },
      ],
    },
    {
      key: "meta-acquisition-2025-thinking-machines-attempt",
      type: "acquisition",
      lab: "meta",
      counterparty: "thinking-machines-lab",
      title: "Meta tried and failed to acquire Thinking Machines Lab",
      summary: "Mark Zuckerberg had previously tried to acquire Thinking Machines Lab, unsuccessfully.",
      titleDe: "Meta wollte Thinking Machines Lab kaufen und scheiterte",
      summaryDe: "Mark Zuckerberg hatte zuvor erfolglos versucht, Thinking Machines Lab zu übernehmen.",
      occurred: fuzzy("2025-02-01", "2025-10-10", "range", "previously (2025)"),
      status: "reported",
      citations: [
        {
          article: "hen07",
          role: "context",
          quote:
            "Meta CEO Mark Zuckerberg had previously tried to acquire Thinking Machines Lab but was unsuccessful.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "thinking-machines-lab-investment-2025-seed-round",
      type: "investment",
      lab: "thinking-machines-lab",
      title: "Thinking Machines Lab raises about $2 billion at a $12 billion valuation",
      summary:
        "Thinking Machines Lab raised about $2 billion at a $12 billion valuation in a round led by Andreessen " +
        "Horowitz, with Nvidia, Accel, ServiceNow, Cisco, AMD and Jane Street.",
      titleDe: "Thinking Machines Lab sammelt rund 2 Milliarden Dollar bei 12 Milliarden Bewertung ein",
      summaryDe:
        "Thinking Machines Lab hat in einer von Andreessen Horowitz angeführten Runde rund 2 Milliarden Dollar bei " +
        "einer Bewertung von 12 Milliarden eingesammelt, mit Nvidia, Accel, ServiceNow, Cisco, AMD und Jane Street.",
      occurred: fuzzy("2025-02-01", "2025-10-12", "range", "recently (2025)"),
      amountUsd: 2_000_000_000,
      amountQualifier: "about",
      amountKind: "investment",
      status: "reported",
      citations: [
        {
          article: "hen07",
          role: "context",
          quote:
            "The start-up recently raised about $2 billion at a $12 billion valuation in a funding round led by venture capital firm Andreessen Horowitz.",
          attribution: "own_reporting",
        },
      ],
    },

    {
      key: "thinking-machines-lab-hiring-2025-meta-mistral",
      type: "hiring",
      lab: "thinking-machines-lab",
      title: "Thinking Machines Lab hires talent from Meta and Mistral",
      summary:
        "Thinking Machines Lab has hired people from Meta and from the French start-up Mistral for its next-generation " +
        "AI platform.",
      titleDe: "Thinking Machines Lab wirbt Fachleute von Meta und Mistral ab",
      summaryDe:
        "Thinking Machines Lab hat Fachleute von Meta und vom französischen Start-up Mistral für seine KI-Plattform " +
        "der nächsten Generation eingestellt.",
      occurred: fuzzy("2025-02-01", "2025-10-12", "range", "undated; since its founding in February 2025"),
      status: "reported",
      citations: [
        {
          article: "hen07",
          role: "context",
          quote:
            "Thinking Machines Lab has also hired talent from Meta and French start-up Mistral to create a next-gen AI platform for better human-AI collaboration.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Google: AI Overviews ───────────────────────────────────────────────────────────────────
    {
      key: "google-controversy-2024-05-ai-overviews",
      type: "controversy",
      lab: "google",
      model: "ai-overviews",
      title: "Google's AI Overviews mocked for absurd answers such as glue on pizza",
      summary:
        "Right after Google added AI Overviews to US search in mid-May 2024, screenshots of odd and nonsensical " +
        "answers spread; Google said many were uncommon queries and most overviews are high quality.",
      titleDe: "Googles KI-Übersichten ernten Spott für absurde Antworten wie Kleber auf der Pizza",
      summaryDe:
        "Kurz nachdem Google Mitte Mai 2024 die KI-Übersichten in die US-Suche eingebaut hatte, kursierten " +
        "Screenshots skurriler bis unsinniger Antworten; Google sprach von ungewöhnlichen Anfragen.",
      occurred: fuzzy("2024-05-14", "2024-05-31", "range", "kurz nach der Veröffentlichung (Mitte Mai 2024)"),
      status: "reported",
      citations: [
        {
          article: "hde05",
          role: "context",
          quote:
            "In den sozialen Medien machten bereits kurz nach der Veröffentlichung von AI Overview zahlreiche Screenshots zu skurrilen bis unsinnigen Antworten die Runde.",
          attribution: "own_reporting",
        },
        {
          article: "hde05",
          role: "company_response",
          quote:
            "Google teilte gegenüber CNBC derweil mit, dass es sich bei vielen der Beispiele um ungewöhnliche Anfragen handle.",
          attribution: "official_statement",
          attributedTo: "Google",
        },
        {
          article: "hen10",
          role: "context",
          quote:
            "The answer went viral online a few weeks ago, along with other misleading AI Overviews and a few fake ones.",
          attribution: "own_reporting",
        },
        {
          article: "hen10",
          role: "company_response",
          quote:
            "It blamed users for faking some Google Search AI answers, though the company acknowledged AI Overviews’ inability to handle online jokes, like the pizza glue mess.",
          attribution: "official_statement",
          attributedTo: "Google",
        },
      ],
    },
    {
      key: "google-benchmark-2024-06-ai-overviews-glue",
      type: "benchmark_underperformance",
      lab: "google",
      model: "ai-overviews",
      title: "Weeks later, Google's AI Overview still recommends glue on pizza",
      summary:
        "Weeks after the launch Google still does not get the problem under control: AI Overview still recommends " +
        "glue as a pizza ingredient, apparently unable to tell jokes or satire from serious information.",
      titleDe: "Auch Wochen später empfiehlt Googles KI-Übersicht noch Kleber auf der Pizza",
      summaryDe:
        "Auch Wochen nach dem Start bekommt Google das Problem nicht in den Griff: Die KI-Übersicht empfiehlt " +
        "weiterhin Kleber als Pizzazutat und kann offenbar Scherze oder Satire nicht von seriösen Informationen unterscheiden.",
      occurred: fuzzy("2024-06-01", "2024-06-12", "range", "auch Wochen später (Juni 2024)"),
      status: "reported",
      citations: [
        {
          article: "hde05",
          role: "first_report",
          quote:
            "Auch Wochen später scheint Google das Problem nicht in den Griff zu bekommen und empfiehlt etwa nach wie vor Kleber als Zutat für Pizza.",
          attribution: "own_reporting",
        },
        {
          article: "hen10",
          role: "re_report",
          quote:
            "Now, the recommendations to put glue on your pizza are back in AI Overviews, a signal that our collective Google Search nightmare isn’t over.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Apple Intelligence in China ────────────────────────────────────────────────────────────
    {
      key: "apple-other-2025-02-alibaba-china",
      type: "other",
      lab: "apple",
      model: "apple-intelligence-china",
      counterparty: "alibaba",
      title: "Alibaba confirms it will bring Apple Intelligence to China",
      summary:
        "Alibaba chairman Joe Tsai officially confirmed at an event in Dubai that Apple works with Alibaba to bring " +
        "Apple Intelligence to China, based on Alibaba's Qwen model; the launch date is still open.",
      titleDe: "Alibaba bestätigt: Apple Intelligence kommt mit Alibaba nach China",
      summaryDe:
        "Alibaba-Chef Joe Tsai bestätigte auf einer Veranstaltung in Dubai offiziell, dass Apple mit Alibaba " +
        "zusammenarbeitet, um Apple Intelligence auf Basis des Qwen-Modells nach China zu bringen; der Starttermin ist offen.",
      occurred: fuzzy("2025-02-01", "2025-03-31", "range", "jetzt (Februar/März 2025)"),
      status: "reported",
      citations: [
        {
          article: "hde06",
          role: "re_report",
          quote:
            "Dies wurde jetzt vom Chef von Alibaba, Joe Tsai, auf einer Veranstaltung in Dubai offiziell bestätigt.",
          attribution: "named_source",
          attributedTo: "Joe Tsai (Alibaba)",
        },
        {
          article: "hde07",
          role: "context",
          quote:
            "Wie wir bereits berichtet haben, ist Apple offiziell eine Partnerschaft mit Alibaba eingegangen, um Apple Intelligence nach China zu bringen.",
          attribution: "own_reporting",
        },
        {
          article: "hde08",
          role: "context",
          quote:
            "Wie wir bereits berichtet haben, ist Apple offiziell eine Partnerschaft mit Alibaba eingegangen, um Apple Intelligence für iPhone-Nutzer nach China zu bringen.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "apple-delay-2025-06-apple-intelligence-china",
      type: "delay",
      lab: "apple",
      model: "apple-intelligence-china",
      title: "US-China tensions delay Apple Intelligence in China further",
      summary:
        "The Financial Times reports that the already late release of Apple Intelligence in China is delayed " +
        "further as political tensions between the US and China continue; no new date.",
      titleDe: "Spannungen zwischen den USA und China verzögern Apple Intelligence in China weiter",
      summaryDe:
        "Laut Financial Times verzögert sich der ohnehin späte Start von Apple Intelligence in China weiter, da die " +
        "politischen Spannungen zwischen den USA und China anhalten; ein neuer Termin fehlt.",
      occurred: fuzzy("2025-06-01", "2025-06-06", "range", "nun (Bericht vom 06.06.2025)"),
      status: "reported",
      citations: [
        {
          article: "hde08",
          role: "re_report",
          quote:
            "Wie die Financial Times nun berichtet, verzögert sich der ohnehin schon späte Release von Apple Intelligence, da die politischen Spannungen zwischen den USA und China weiter anhalten.",
          attribution: "relays_outlet",
          attributedTo: "Financial Times",
        },
      ],
    },
    {
      key: "apple-other-2025-06-cac-approval-pending",
      type: "other",
      lab: "apple",
      model: "apple-intelligence-china",
      counterparty: "alibaba",
      title: "Apple and Alibaba still lack approval from China's Cyberspace Administration",
      summary:
        "Apple and Alibaba have not yet received approval from the Cyberspace Administration of China, which tests " +
        "all AI models before use; regulators hesitate as US-China relations worsen.",
      titleDe: "Apple und Alibaba fehlt noch die Genehmigung der chinesischen Cyberspace Administration",
      summaryDe:
        "Apple und Alibaba haben noch keine Genehmigung der Cyberspace Administration of China erhalten, die alle " +
        "KI-Modelle vor dem Einsatz prüft; die Behörden zögern, weil sich die Beziehungen zu den USA verschlechtern.",
      occurred: fuzzy("2025-06-01", "2025-06-06", "range", "noch (Bericht vom 06.06.2025)"),
      status: "reported",
      citations: [
        {
          article: "hde08",
          role: "re_report",
          quote:
            "Allerdings haben die beiden Unternehmen noch keine Genehmigung von der chinesischen Cyberspace Administration erhalten, die alle KI-Modelle testet, bevor sie eingesetzt werden können.",
          attribution: "relays_outlet",
          attributedTo: "Financial Times",
        },
      ],
    },
    // ── DeepSeek in Italy ──────────────────────────────────────────────────────────────────────
    {
      key: "deepseek-other-2025-01-italy-block",
      type: "other",
      lab: "deepseek",
      title: "Italy's data protection authority blocks DeepSeek",
      summary:
        "On Thursday, January 30, 2025 Italy's Garante said it had blocked DeepSeek with immediate effect, after " +
        "the companies behind the chatbot gave 'totally insufficient' information on their use of personal data; " +
        "the app had disappeared from Apple's and Google's Italian app stores the day before.",
      titleDe: "Italiens Datenschutzbehörde sperrt DeepSeek",
      summaryDe:
        "Am Donnerstag, 30. Januar 2025, teilte die italienische Datenschutzbehörde Garante mit, sie habe DeepSeek " +
        "mit sofortiger Wirkung gesperrt, weil die Angaben zur Nutzung personenbezogener Daten „völlig unzureichend“ " +
        "waren; die App war schon am Vortag aus den italienischen App-Stores verschwunden.",
      occurred: day("2025-01-30", "on Thursday"),
      status: "reported",
      citations: [
        {
          article: "hen08",
          role: "re_report",
          quote:
            "Italy's data protection authority said on Thursday it had blocked Chinese artificial intelligence model DeepSeek over a lack of information on its use of personal data.",
          attribution: "named_source",
          attributedTo: "Garante per la protezione dei dati personali",
        },
      ],
    },
    {
      key: "deepseek-other-2025-01-italy-investigation",
      type: "other",
      lab: "deepseek",
      title: "Italy's Garante opens an investigation into DeepSeek",
      summary:
        "Besides the block, the Garante opened an investigation into DeepSeek's handling of personal data, after " +
        "requesting information on Tuesday.",
      titleDe: "Italiens Datenschutzbehörde leitet eine Untersuchung gegen DeepSeek ein",
      summaryDe:
        "Neben der Sperre leitete die Garante eine Untersuchung zum Umgang von DeepSeek mit personenbezogenen Daten " +
        "ein, nachdem sie am Dienstag Auskünfte verlangt hatte.",
      occurred: day("2025-01-30", "on Thursday"),
      status: "reported",
      citations: [
        {
          article: "hen08",
          role: "re_report",
          quote:
            'The Garante added that the decision had "immediate effect" and that it had also opened an investigation.',
          attribution: "named_source",
          attributedTo: "Garante per la protezione dei dati personali",
        },
      ],
    },

    // ── OpenAI: open-weight model and GPT-5 in June 2025 ───────────────────────────────────────
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
          article: "hen09",
          role: "re_report",
          quote:
            "Sam Altman, OpenAI CEO, announced in a post on X that the company's open-weights model release will be delayed.",
          attribution: "official_statement",
          attributedTo: "Sam Altman",
        },
        {
          article: "hen09",
          role: "company_response",
          quote:
            'Curiously, he also mentions their team did "something unexpected" and he hints the wait will be worth it, without revealing other details.',
          attribution: "official_statement",
          attributedTo: "Sam Altman",
        },
      ],
    },
    {
      key: "gpt-5-delays",
      type: "delay",
      lab: "openai",
      model: "gpt-5",
      title: "OpenAI's GPT-5 launch has slipped several times",
      summary: "GPT-5 was expected in May 2025, which did not happen.",
      occurred: fuzzy("2025-05-15", "2025-05-31", "range", "undatiert; mehrmals verschoben, Stand Mai 2025"),
      status: "reported",
      citations: [
        {
          article: "hen09",
          role: "context",
          quote: "Originally, it was expected in May, but obviously, this didn't happen.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Meta: Avocado ──────────────────────────────────────────────────────────────────────────
    {
      key: "meta-other-2025-12-avocado-closed-source",
      type: "other",
      lab: "meta",
      model: "avocado",
      title: "Meta may turn away from open source: 'Avocado' rumoured to be a closed model",
      summary:
        "Rumours say Meta's new model 'Avocado', due in 2026, could be proprietary, a shift from its open-source " +
        "approach pushed by Chief AI Officer Alexandr Wang and meant to generate revenue.",
      titleDe: "Meta könnte sich von Open Source abwenden: „Avocado“ soll ein geschlossenes Modell werden",
      summaryDe:
        "Gerüchten zufolge könnte Metas neues Modell „Avocado“, das 2026 erscheinen soll, proprietär sein – eine " +
        "Abkehr vom Open-Source-Ansatz, für die sich Chief AI Officer Alexandr Wang einsetzt und die Einnahmen bringen soll.",
      occurred: fuzzy("2025-12-01", "2025-12-11", "range", "Gerüchte (Bericht vom 11.12.2025)"),
      status: "rumoured",
      citations: [
        {
          article: "hde09",
          role: "re_report",
          quote:
            "Die Gerüchte über „Avocado“ und seine mögliche Closed-Source-Natur signalisieren eine Prioritätenverschiebung: Der Wettbewerb mit OpenAI und Google scheint nun wichtiger zu sein als die Förderung des Open-Source-Ökosystems.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "meta-scale-ai-stake",
      type: "acquisition",
      lab: "meta",
      counterparty: "scale-ai",
      title: "Meta takes 49% of Scale AI for $14.3 billion",
      summary: "Meta brought in Alexandr Wang in June 2025 with a $14.3 billion investment.",
      occurred: fuzzy("2025-06-11", "2025-06-20", "month_part", "Mitte Juni"),
      status: "confirmed",
      citations: [
        {
          article: "hde09",
          role: "context",
          quote:
            "Ihn holte Meta im Juni 2025 durch eine massive Investition von $14,3 Milliarden und die Ernennung zum Chief AI Officer ins Unternehmen.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "behemoth-delay",
      type: "delay",
      lab: "meta",
      model: "llama-4-behemoth",
      title: "Llama 4 Behemoth delayed again",
      summary: "Behemoth, the best Llama 4 model, has been delayed for months.",
      occurred: fuzzy("2025-05-01", "2025-05-31", "month", "May 2025"),
      status: "reported",
      citations: [
        {
          article: "hde09",
          role: "context",
          quote: "Und: Das als „Behemoth“ bezeichnete beste Llama 4-Modell ist seit Monaten verzögert.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "meta-departure-2025-lecun",
      type: "departure",
      lab: "meta",
      title: "Yann LeCun leaves Meta",
      summary: "Meta's chief AI scientist Yann LeCun is gone, while Alexandr Wang calls the shots.",
      titleDe: "Yann LeCun verlässt Meta",
      summaryDe: "Metas KI-Chefwissenschaftler Yann LeCun ist weg, während Alexandr Wang das Sagen hat.",
      occurred: fuzzy(
        "2025-01-01",
        "2025-12-11",
        "range",
        "undatiert; „weg“ (vor dem Bericht vom 11.12.2025)",
      ),
      status: "reported",
      citations: [
        {
          article: "hde09",
          role: "context",
          quote: "Yann LeCun weg, Alexandr Wang am Drücker",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Character.AI ───────────────────────────────────────────────────────────────────────────
    {
      key: "character-ai-controversy-2025-12-minors-ban",
      type: "controversy",
      lab: "character-ai",
      title: "Character.AI locks out all users under 18",
      summary:
        "After teen suicides, lawsuits and questions from regulators, Character.AI began locking out all users " +
        "under 18 in the week of December 1, 2025; CEO Karandeep Anand points to his own daughter.",
      titleDe: "Character.AI sperrt alle Nutzer unter 18 Jahren aus",
      summaryDe:
        "Nach Suiziden von Jugendlichen, Klagen und Fragen von Behörden hat Character.AI in der Woche ab dem " +
        "1. Dezember 2025 begonnen, alle Nutzer unter 18 Jahren auszusperren; Chef Karandeep Anand verweist auf seine Tochter.",
      occurred: fuzzy("2025-12-01", "2025-12-03", "range", "diese Woche (Bericht vom 03.12.2025)"),
      status: "confirmed",
      citations: [
        {
          article: "hde10",
          role: "re_report",
          quote:
            "Character.AI, einer der größten Anbieter von KI-Chatbots, hat diese Woche begonnen, alle Nutzer unter 18 Jahren komplett auszusperren.",
          attribution: "own_reporting",
        },
        {
          article: "hde10",
          role: "company_response",
          quote:
            "Ich will nicht, dass sie mit algorithmisch gefütterten Inhalten aufwächst und endlos scrollt. Karandeep Anand, CEO, character.ai",
          attribution: "official_statement",
          attributedTo: "Character.AI (Karandeep Anand)",
        },
      ],
    },
    {
      key: "character-ai-controversy-teen-suicides",
      type: "controversy",
      lab: "character-ai",
      title: "At least two teenagers took their lives after intense relationships with Character.AI chatbots",
      summary:
        "At least two teenagers took their own lives after building intense relationships with Character.AI " +
        "chatbots.",
      titleDe:
        "Mindestens zwei Jugendliche nahmen sich nach intensiven Beziehungen zu Character.AI-Chatbots das Leben",
      summaryDe:
        "Mindestens zwei Teenager nahmen sich das Leben, nachdem sie intensive Beziehungen zu Chatbots von " +
        "Character.AI aufgebaut hatten.",
      occurred: fuzzy("2023-01-01", "2025-12-03", "range", "undatiert; vor dem Bericht vom 03.12.2025"),
      status: "reported",
      citations: [
        {
          article: "hde10",
          role: "context",
          quote:
            "Mindestens zwei Teenager nahmen sich das Leben, nachdem sie intensive Beziehungen zu Character.AI-Chatbots aufgebaut hatten.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "character-ai-other-lawsuits-regulators",
      type: "other",
      lab: "character-ai",
      title: "Parents sue Character.AI; regulators ask questions",
      summary: "Parents have filed lawsuits against Character.AI, and regulators are asking questions.",
      titleDe: "Eltern verklagen Character.AI, Behörden stellen Fragen",
      summaryDe:
        "Eltern haben Klagen gegen Character.AI eingereicht, und Regulierungsbehörden stellen Fragen.",
      occurred: fuzzy("2024-01-01", "2025-12-03", "range", "undatiert; vor dem Bericht vom 03.12.2025"),
      status: "reported",
      citations: [
        {
          article: "hde10",
          role: "context",
          quote: "Regulierungsbehörden stellen Fragen, Eltern haben Klagen eingereicht.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "character-ai-controversy-2025-two-hour-limit",
      type: "controversy",
      lab: "character-ai",
      title: "Character.AI first limited minors to two hours of chat a day",
      summary: "Before the full lock-out Character.AI had introduced a daily two-hour limit for minors.",
      titleDe: "Character.AI begrenzte Minderjährige zunächst auf zwei Stunden Chat am Tag",
      summaryDe:
        "Vor dem kompletten Ausschluss hatte Character.AI ein tägliches Zwei-Stunden-Limit für Minderjährige eingeführt.",
      occurred: fuzzy(
        "2025-01-01",
        "2025-11-30",
        "range",
        "zunächst (vor dem Ausschluss Anfang Dezember 2025)",
      ),
      status: "confirmed",
      citations: [
        {
          article: "hde10",
          role: "context",
          quote: "Das Unternehmen hatte zunächst ein tägliches Zwei-Stunden-Limit eingeführt.",
          attribution: "own_reporting",
        },
      ],
    },
    // ── SoftBank and OpenAI ────────────────────────────────────────────────────────────────────
    {
      key: "softbank-stock-2025-11-openai-concerns",
      type: "stock_move",
      lab: "softbank",
      title: "SoftBank shares slide nearly 10% on worries over its OpenAI bet",
      summary:
        "On Tuesday, November 25, 2025 SoftBank's shares fell nearly 10% in Tokyo to a two-and-a-half-month low, " +
        "as markets fretted over its outsized bet on OpenAI after Google's Gemini 3.",
      titleDe: "SoftBank-Aktie verliert fast 10 % wegen Sorgen um die OpenAI-Wette",
      summaryDe:
        "Am Dienstag, 25. November 2025, fiel die SoftBank-Aktie in Tokio um fast 10 % auf ein " +
        "Zweieinhalbmonatstief, weil Anleger nach Googles Gemini 3 die große Wette auf OpenAI fürchteten.",
      occurred: day("2025-11-25", "on Tuesday"),
      percent: -10,
      status: "reported",
      citations: [
        {
          article: "hen11",
          role: "first_report",
          quote:
            "SoftBank (TYO:9984) slid nearly 10% to close at a 2-½ month low of 15,390.0 yen, and was among the biggest weights on the Nikkei 225, which rose marginally.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "softbank-stock-2025-11-two-week-slump",
      type: "stock_move",
      lab: "softbank",
      title: "SoftBank shares down nearly 32% in two weeks",
      summary:
        "SoftBank's shares slumped nearly 32% in the two weeks after it disclosed selling its Nvidia stake to fund " +
        "its OpenAI investment; they are 44% below the late-October record high.",
      titleDe: "SoftBank-Aktie verliert in zwei Wochen fast 32 %",
      summaryDe:
        "Die SoftBank-Aktie fiel in den zwei Wochen nach dem Verkauf der Nvidia-Beteiligung zur Finanzierung der " +
        "OpenAI-Investition um fast 32 %; sie liegt 44 % unter dem Rekordhoch von Ende Oktober.",
      occurred: fuzzy("2025-11-11", "2025-11-25", "range", "in the two weeks since"),
      percent: -32,
      status: "reported",
      citations: [
        {
          article: "hen11",
          role: "context",
          quote:
            "SoftBank shares have slumped nearly 32% in the two weeks since it disclosed it had sold off its entire stake in Nvidia (NASDAQ:NVDA) to fund its $40 billion investment in OpenAI.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "softbank-other-2025-11-nvidia-stake-sale",
      type: "other",
      lab: "softbank",
      counterparty: "nvidia",
      title: "SoftBank sells its entire Nvidia stake (and T-Mobile US shares) to fund OpenAI",
      summary:
        "SoftBank disclosed it had sold its entire stake in Nvidia, and its T-Mobile US holdings, to fund its " +
        "$40 billion investment in OpenAI.",
      titleDe: "SoftBank verkauft seine gesamte Nvidia-Beteiligung, um OpenAI zu finanzieren",
      summaryDe:
        "SoftBank gab bekannt, seine gesamte Nvidia-Beteiligung und seine Anteile an T-Mobile US verkauft zu haben, " +
        "um die Investition von 40 Milliarden Dollar in OpenAI zu finanzieren.",
      occurred: fuzzy("2025-11-10", "2025-11-14", "week", "two weeks ago (report of 25 November 2025)"),
      status: "confirmed",
      citations: [
        {
          article: "hen11",
          role: "context",
          quote:
            "SoftBank shares have slumped nearly 32% in the two weeks since it disclosed it had sold off its entire stake in Nvidia (NASDAQ:NVDA) to fund its $40 billion investment in OpenAI.",
          attribution: "official_statement",
          attributedTo: "SoftBank",
        },
      ],
    },
    {
      key: "openai-investment-2025-03-softbank-round",
      type: "investment",
      lab: "openai",
      counterparty: "softbank",
      title: "OpenAI raises $40 billion in a round led by SoftBank",
      summary: "SoftBank's $40 billion investment in OpenAI.",
      occurred: fuzzy("2025-03-31", "2025-04-30", "range", "im April dieses Jahres"),
      amountUsd: 40_000_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "confirmed",
      citations: [
        {
          article: "hen11",
          role: "context",
          quote:
            "SoftBank shares have slumped nearly 32% in the two weeks since it disclosed it had sold off its entire stake in Nvidia (NASDAQ:NVDA) to fund its $40 billion investment in OpenAI.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "openai-investment-stargate",
      type: "investment",
      lab: "openai",
      counterparty: "softbank",
      title: "OpenAI and SoftBank's $500 billion venture for AI infrastructure in the US",
      summary:
        "SoftBank is OpenAI's partner in a $500 billion venture to build AI infrastructure in the U.S.",
      titleDe: "Das 500-Milliarden-Dollar-Vorhaben von OpenAI und SoftBank für KI-Infrastruktur in den USA",
      summaryDe:
        "SoftBank ist OpenAIs Partner bei einem Vorhaben über 500 Milliarden Dollar zum Bau von KI-Infrastruktur " +
        "in den USA.",
      occurred: fuzzy(
        "2025-01-01",
        "2025-11-25",
        "range",
        "undated; an existing partnership (report of 25 November 2025)",
      ),
      amountUsd: 500_000_000_000,
      amountQualifier: "exact",
      amountKind: "investment",
      status: "reported",
      citations: [
        {
          article: "hen11",
          role: "context",
          quote:
            "SoftBank’s close relationship with OpenAI, who is also its partner in a $500 billion venture to build AI infrastructure in the U.S., became a point of concern amid growing questions over how the AI startup plans to meet its spending commitments.",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "openai-investment-2025-spending-commitments",
      type: "investment",
      lab: "openai",
      title: "OpenAI has committed to spend over $1 trillion in the next five years",
      summary:
        "OpenAI has committed to spend more than $1 trillion over the next five years, a target analysts question " +
        "as the company has yet to make a profit.",
      titleDe: "OpenAI hat zugesagt, in den nächsten fünf Jahren über 1 Billion Dollar auszugeben",
      summaryDe:
        "OpenAI hat Ausgaben von mehr als 1 Billion Dollar in den nächsten fünf Jahren zugesagt – ein Ziel, das " +
        "Analysten bezweifeln, da das Unternehmen noch keinen Gewinn macht.",
      occurred: fuzzy("2025-01-01", "2025-11-25", "range", "has committed (by November 2025)"),
      amountUsd: 1_000_000_000_000,
      amountQualifier: "more_than",
      amountKind: "capex",
      status: "reported",
      citations: [
        {
          article: "hen11",
          role: "context",
          quote:
            "OpenAI has committed to spend over $1 trillion in the next five years – a target that several analysts have questioned, given that the company is yet to generate a profit.",
          attribution: "own_reporting",
        },
      ],
    },

    // ── Apple: WWDC 2025 ───────────────────────────────────────────────────────────────────────
    {
      key: "apple-stock-2025-06-wwdc-siri",
      type: "stock_move",
      lab: "apple",
      model: "siri",
      title: "Apple shares drop more than 2.5% as WWDC keynote says new Siri needs more time",
      summary:
        "About six minutes after Craig Federighi said at the WWDC keynote on Monday, June 9, 2025 that the more " +
        "personal Siri needs more time, Apple's shares fell more than 2.5%, from about $206 to under $201, some $75 " +
        "billion of market value.",
      titleDe:
        "Apple-Aktie fällt um mehr als 2,5 %, als die WWDC-Keynote mehr Zeit für die neue Siri ankündigt",
      summaryDe:
        "Etwa sechs Minuten nachdem Craig Federighi auf der WWDC-Keynote am Montag, 9. Juni 2025, gesagt hatte, die " +
        "persönlichere Siri brauche mehr Zeit, fiel die Apple-Aktie um mehr als 2,5 % von etwa 206 auf unter 201 " +
        "US-Dollar, rund 75 Milliarden Dollar Marktwert.",
      occurred: day("2025-06-09", "am Montag (WWDC-Keynote 2025)"),
      percent: -2.5,
      amountUsd: 75_000_000_000,
      amountQualifier: "exact",
      amountKind: "market_cap",
      status: "reported",
      citations: [
        {
          article: "hde11",
          role: "first_report",
          quote:
            "Ungefähr sechs Minuten nach der Präsentation fiel die Apple-Aktie abrupt um mehr als 2,5 Prozent von etwa 206 US-Dollar (181 Euro) auf unter 201 Dollar (176 Euro). Das entspricht einem Marktwert von 75 Milliarden Dollar (fast 66 Milliarden Euro).",
          attribution: "own_reporting",
        },
      ],
    },
    {
      key: "apple-delay-2025-03-siri",
      type: "delay",
      lab: "apple",
      model: "siri",
      title: "Apple delays the AI-powered Siri features to 2026",
      summary: "At WWDC 2025 Apple repeated that the more personal Siri needs more time.",
      occurred: day("2025-03-07", "am Freitag (7. März)"),
      status: "confirmed",
      citations: [
        {
          article: "hde11",
          role: "company_response",
          quote:
            "„Diese Arbeit brauchte mehr Zeit, um unsere hohen Qualitätsstandards zu erreichen, und wir freuen uns darauf, im kommenden Jahr mehr darüber zu berichten.“",
          attribution: "official_statement",
          attributedTo: "Apple (Craig Federighi)",
        },
      ],
    },
    {
      key: "apple-controversy-2025-ads-pulled",
      type: "controversy",
      lab: "apple",
      model: "apple-intelligence",
      title: "Apple pulls ads after its Apple Intelligence and Siri claims are found overstated",
      summary:
        "Early in 2025 Apple had to withdraw ads after an industry watchdog found its claims about Apple " +
        "Intelligence, including the next-generation Siri, overstated.",
      titleDe:
        "Apple zieht Werbung zurück, nachdem seine Aussagen zu Apple Intelligence als übertrieben gelten",
      summaryDe:
        "Anfang 2025 musste Apple Anzeigen zurückziehen, nachdem ein Branchenbeobachter die Aussagen über Apple " +
        "Intelligence samt der nächsten Siri-Generation als übertrieben eingestuft hatte.",
      occurred: fuzzy("2025-01-01", "2025-05-31", "range", "Anfang dieses Jahres (2025)"),
      status: "reported",
      citations: [
        {
          article: "hde11",
          role: "context",
          quote:
            "Anfang dieses Jahres musste Apple Anzeigen zurückziehen, nachdem ein Branchenbeobachter festgestellt hatte, dass die Behauptungen des Unternehmens über die Apple Intelligence, einschließlich der nächsten Generation von Siri, übertrieben waren.",
          attribution: "own_reporting",
        },
      ],
    },
  ],
  commitments: [
    {
      model: "advanced-voice-mode",
      sequence: 1,
      planned: fuzzy("2024-06-21", "2024-06-30", "month_part", "by the end of June"),
      article: "hen01",
      quote: "The original plan was to launch Voice Mode for some ChatGPT Plus users by the end of June.",
    },
    {
      model: "advanced-voice-mode",
      sequence: 2,
      planned: fuzzy("2024-07-21", "2024-07-31", "month_part", "in late July"),
      article: "hen01",
      quote: "The current plan now is to let a small group of Plus users test out Voice Mode in late July.",
    },
    {
      model: "gpt-store",
      sequence: 1,
      planned: fuzzy("2023-11-06", "2023-11-30", "range", "later that month (November 2023)"),
      article: "hen02",
      quote:
        "At the time, OpenAI said it planned to introduce a store later that month where users could find tailored chatbots from other users – and make money from their own – much as they might with apps in Apple Inc’s App Store.",
    },
    {
      model: "gpt-store",
      sequence: 2,
      planned: fuzzy("2023-12-01", "2023-12-31", "month", "in December"),
      article: "hen02",
      quote:
        "In the letter Thursday, OpenAI said it had previously intended to roll the store out in December, before its timeline had shifted.",
    },
    {
      model: "gpt-store",
      sequence: 3,
      planned: fuzzy("2024-01-01", "2024-03-31", "quarter", "in early 2024"),
      article: "hen02",
      quote:
        "The company said it plans to roll out its GPT Store in early 2024, rather than in late 2023 as it had initially planned.",
    },
    {
      model: "bard",
      sequence: 1,
      planned: fuzzy("2023-06-01", "2023-06-30", "month", "diese Woche (Juni 2023)"),
      article: "hde01",
      quote: "Eigentlich hätte Bard dem Bericht zufolge schon diese Woche in der EU starten sollen.",
    },
    {
      model: "gpt-oss",
      sequence: 1,
      planned: fuzzy("2025-07-14", "2025-07-20", "week", "next week"),
      article: "hen04",
      quote:
        "In a public statement, CEO Sam Altman said the team had planned to launch the model next week but decided to hold back in order to ensure it meets safety standards.",
    },
    {
      model: "jaguar-shores",
      sequence: 1,
      planned: fuzzy("2026-01-01", "2026-12-31", "year", "not until after 2025", true),
      article: "hen06",
      quote:
        "Holthaus did not say when Intel would release Jaguar Shores, which analysts didn't expect until after 2025.",
    },
    {
      model: "ai-overviews",
      sequence: 1,
      planned: fuzzy("2024-11-01", "2024-12-31", "range", "zum Jahresende (2024), in weiteren Ländern"),
      article: "hde05",
      quote:
        "Zum Jahresende soll die KI-Übersicht auch in weiteren Ländern eingeführt werden, obwohl sie bislang nicht vollends überzeugen kann.",
    },
    {
      model: "apple-intelligence-china",
      sequence: 1,
      planned: fuzzy("2025-03-21", "2025-03-31", "month_part", "Ende März (2025), gerüchteweise"),
      article: "hde06",
      quote:
        "Gerüchteweise könnte es Ende März bei einer lokalen Entwicklerkonferenz in China den Startschuss geben, berichten verschiedene Medien.",
    },
    {
      model: "apple-intelligence-china",
      sequence: 2,
      planned: fuzzy(
        "2025-05-01",
        "2025-09-22",
        "range",
        "mit iOS 18.5 oder iOS 18.6, spätestens im Sommer (2025)",
      ),
      article: "hde07",
      quote:
        "Dennoch peilt Apple laut Bloombergs Mark Gurman einen Release für iOS 18.5 oder iOS 18.6 an und sollte somit spätestens im Sommer den KI-Startschuss in China geben können.",
    },
    {
      model: "gpt-oss",
      sequence: 2,
      planned: fuzzy(
        "2025-07-01",
        "2025-08-31",
        "range",
        "a summer release nonetheless, but not one in June",
      ),
      article: "hen09",
      quote: "He says to expect a summer release nonetheless, but not one in June.",
    },
    {
      model: "gpt-5",
      sequence: 1,
      planned: fuzzy("2025-05-01", "2025-05-31", "month", "originally expected in May"),
      article: "hen09",
      quote: "Originally, it was expected in May, but obviously, this didn't happen.",
    },
    {
      model: "gpt-5",
      sequence: 2,
      planned: fuzzy("2025-07-01", "2025-07-31", "month", "probably in July"),
      article: "hen09",
      quote:
        "There's no official release date announced for the update, but many analysts believe it should launch in the next couple of months, probably in July.",
    },
    {
      model: "avocado",
      sequence: 1,
      planned: fuzzy("2026-01-01", "2026-12-31", "year", "2026"),
      article: "hde09",
      quote:
        "Das neue, interne Modell mit dem Codenamen „Avocado“ – das 2026 erscheinen soll – wird zum Symbol dieser potenziellen Kehrtwende.",
    },
  ],
};
