import { fuzzy } from "../types";
import type { StarterPack } from "./types";

/**
 * German real articles of the starter pack (issue 9 §1), hand-labelled.
 *
 * The texts are the openings the page store holds (excerpt: true): the body as published, with
 * the last, cut-off sentence dropped. Where the stored opening has no headline, the first line is
 * the headline as the page's address spells it. Publication dates come from the page (its
 * date line or address) and are as precise as that; `text` says where a date was inferred.
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
        "März 2025 (Seitenangabe), nach Freitag, 7. März",
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
      published: fuzzy("2024-01-01", "2024-01-31", "month", "Januar 2024 (Seitenangabe)"),
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
      published: fuzzy("2024-11-01", "2024-11-30", "month", "November 2024 (Seitenangabe)"),
      summaryEn:
        "Fortune, citing internal documents, reports latency, compatibility, team and training-data problems with " +
        "Amazon's AI Alexa; the subscription planned for 2024 is now expected in 2025 at the earliest.",
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
        {
          article: "de005",
          role: "re_report",
          quote:
            "Fast 4 Millionen Nutzer müssten auf neue Hardware umsteigen, um die KI-Funktionen überhaupt nutzen zu können.",
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
      planned: fuzzy("2026-01-01", "2026-12-31", "year", "im kommenden Jahr (2026)"),
      article: "de003",
      quote:
        "Einige Verbesserungen der künstlichen Intelligenz bei Apples Sprachassistent Siri werde sich auf 2026 verzögern, teilte das Unternehmen mit, wie Reuters berichtete.",
    },
    {
      model: "siri",
      sequence: 3,
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
  ],
};
