import { describe, expect, it } from "vitest";
import { expectEachAmong, expectNone, proposalsFor, summary } from "@/tests/support/extract/proposals";

/**
 * News phrasings the extractor missed before stop 21 (first found with an invented probe of 63
 * sentences, then in the stop-20 held-out pack): products that work badly, rebuilds, outages, bans
 * and broken law, stirs, releases held back, people brought back. Sentences invented for these
 * tests in the style of news; each was missed by the code of stop 20.
 */
const news = (text: string, lang: "de" | "en") =>
  proposalsFor(text, { lang, articleDate: "2026-03-15" }).map((e) => `${e.type} ${e.lab ?? `?${e.labName}`}`);

describe("news in words the extractor did not know", () => {
  it("proposes the event of each sentence", () => {
    expectEachAmong(news, [
      [
        "Early testers say Gemini Ultra gets basic arithmetic wrong and invents sources for its answers.",
        "en",
        "benchmark_underperformance google",
      ],
      [
        "Users complained that GPT-5 gave noticeably worse answers than its predecessor in the first days after launch.",
        "en",
        "benchmark_underperformance openai",
      ],
      [
        "Meta's new Llama model lagged well behind rivals on a popular reasoning benchmark, according to researchers.",
        "en",
        "benchmark_underperformance meta",
      ],
      [
        "Apple's AI notification summaries repeatedly produced misleading headlines, the broadcaster said.",
        "en",
        "benchmark_underperformance apple",
      ],
      [
        "Amazon's new Alexa still struggles to understand follow-up questions, internal documents show.",
        "en",
        "benchmark_underperformance amazon",
      ],
      [
        "Googles KI-Suche lieferte in Tests immer wieder falsche Ergebnisse.",
        "de",
        "benchmark_underperformance google",
      ],
      [
        "Das neue Modell von OpenAI macht bei einfachen Rechenaufgaben überraschend viele Fehler.",
        "de",
        "benchmark_underperformance openai",
      ],
      [
        "Das jüngste Modell von Mistral AI kann in Benchmarks nicht mit der Konkurrenz mithalten.",
        "de",
        "benchmark_underperformance mistral-ai",
      ],
      [
        "DeepSeek's latest model performed poorly on math tests compared with OpenAI's o3.",
        "en",
        "benchmark_underperformance deepseek",
      ],
      [
        "Demnach tun sich Metas Entwickler schwer damit, das neue Sprachmodell von Meta deutlich zu verbessern.",
        "de",
        "benchmark_underperformance meta",
      ],
      [
        "OpenAI engineers had to rework the model's training pipeline after repeated failures during the large training run.",
        "en",
        "architecture_problem openai",
      ],
      [
        "Tesla is scaling back its robot plans because of issues with the hand design.",
        "en",
        "architecture_problem tesla",
      ],
      [
        "Googles Training des neuen Gemini-Modells scheiterte mehrfach an technischen Problemen.",
        "de",
        "architecture_problem google",
      ],
      [
        "The European Commission opened formal proceedings against Meta over its AI assistant in WhatsApp.",
        "en",
        "other meta",
      ],
      [
        "Die New York Times hat OpenAI und Microsoft wegen Urheberrechtsverletzungen verklagt.",
        "de",
        "other openai",
      ],
      [
        "ChatGPT was down for several hours on Tuesday after a major outage hit OpenAI's servers.",
        "en",
        "other openai",
      ],
      ["Google will nun die Leitung seiner KI-Sparte neu ordnen.", "de", "other google"],
      [
        "OpenAI's revenue fell short of its internal targets for the year, The Information reported.",
        "en",
        "other openai",
      ],
      [
        "Nvidia wird wegen der US-Exportbeschränkungen keine H20-Chips mehr nach China liefern dürfen.",
        "de",
        "other nvidia",
      ],
      [
        "Mehrere Bundesländer haben die Nutzung von DeepSeek auf Dienstgeräten untersagt.",
        "de",
        "other deepseek",
      ],
      [
        "Ein Landgericht hat entschieden, dass ChatGPT gegen das deutsche Urheberrecht verstößt.",
        "de",
        "other openai",
      ],
      ["Meta hat für seine KI-Sparte einen Einstellungsstopp verhängt.", "de", "other meta"],
      [
        "Nvidia took a $5.5 billion charge after the US government restricted exports of its H20 chip.",
        "en",
        "other nvidia",
      ],
      [
        "Google apologized after Gemini generated historically inaccurate images of people.",
        "en",
        "controversy google",
      ],
      [
        "Microsofts Recall-Funktion löste bei Datenschützern heftige Bedenken aus.",
        "de",
        "controversy microsoft",
      ],
      ["Musks Chatbot Grok sorgte mit antisemitischen Äußerungen für Empörung.", "de", "controversy xai"],
      ["OpenAI has pushed the launch of its open-weight model to later this summer.", "en", "delay openai"],
      ["Apple wird die neue Siri frühestens im Frühjahr 2026 ausliefern.", "de", "delay apple"],
      [
        "Meta is holding off on releasing its largest model until it improves its capabilities.",
        "en",
        "delay meta",
      ],
      ["Amazon said the new Alexa would arrive later than originally promised.", "en", "delay amazon"],
      [
        "Intel hat verkündet, dass der KI-Beschleuniger Falcon Shores nicht auf den Markt kommen wird.",
        "de",
        "delay intel",
      ],
      [
        "Apples neue Siri-Funktionen werden laut Bloomberg nicht rechtzeitig zum Frühjahrs-Update von Apple fertig.",
        "de",
        "delay apple",
      ],
      ["Google holt die Gründer von Character.AI zurück ins Unternehmen.", "de", "hiring google"],
      ["xAI said it would expand its specialist tutor team tenfold.", "en", "hiring xai"],
      ["Microsoft hält die Einführung von Recall vorerst zurück.", "de", "delay microsoft"],
      ["Apple schiebt die Einführung der KI-Funktionen in China weiter auf.", "de", "delay apple"],
      [
        "Die für Ende des Jahres angekündigte Version Grok 5 lässt weiter auf sich warten, teilte xAI mit.",
        "de",
        "delay xai",
      ],
      [
        "Researchers found that Meta's chatbot frequently gave inaccurate medical advice.",
        "en",
        "benchmark_underperformance meta",
      ],
      [
        "Die Zusammenfassungen von Apple Intelligence sind häufig fehlerhaft, kritisieren Medienhäuser.",
        "de",
        "benchmark_underperformance apple",
      ],
      [
        "Grok 3 von xAI erreichte in unabhängigen Tests nicht die versprochenen Werte.",
        "de",
        "benchmark_underperformance xai",
      ],
      [
        "Amazon's Nova models trail the leading models from OpenAI and Google on most benchmarks.",
        "en",
        "benchmark_underperformance amazon",
      ],
      ["Meta muss in der EU eine Geldbuße von 200 Millionen Euro zahlen.", "de", "other meta"],
      ["Apple musste seine KI-Nachrichtenfunktion vorübergehend abschalten.", "de", "other apple"],
      ["Nutzer warfen xAI vor, Grok verbreite Falschinformationen über Wahlen.", "de", "controversy xai"],
      ["Intel will rund 20 Prozent seiner Belegschaft abbauen.", "de", "layoff intel"],
      [
        "Salesforce hat 4.000 Stellen im Kundendienst gestrichen, weil KI-Agenten die Arbeit übernehmen.",
        "de",
        "layoff salesforce",
      ],
      [
        "Meta will seine Ausgaben für KI-Infrastruktur in diesem Jahr auf bis zu 72 Milliarden Dollar erhöhen.",
        "de",
        "investment meta",
      ],
      ["OpenAI is buying the coding startup Windsurf for about $3 billion.", "en", "acquisition openai"],
      [
        "Meta lured away several top researchers from OpenAI with pay packages worth millions.",
        "en",
        "hiring meta",
      ],
      [
        "Google stellt das Team des Start-ups Windsurf ein und zahlt 2,4 Milliarden Dollar für Lizenzen.",
        "de",
        "hiring google",
      ],
      ["Der Marktstart des ersten OpenAI-Geräts wurde auf 2027 verlegt.", "de", "delay openai"],
      [
        "Anthropic is delaying the release of Claude 3.5 Opus, which was due later this year.",
        "en",
        "delay anthropic",
      ],
      ["ChatGPT war am Dienstag weltweit stundenlang nicht erreichbar.", "de", "other openai"],
      ["Google baut in seiner Cloud-Sparte mehr als 100 Designer-Stellen ab.", "de", "layoff google"],
      ["Meta holt den Apple-Manager Ruoming Pang für ein Millionenpaket.", "de", "hiring meta"],
      ["Grok's antisemitic posts sparked outrage.", "en", "controversy xai"],
      [
        "Laut einem Bericht hat Stability AI in den vergangenen Monaten etliche Schlüsselkräfte verloren.",
        "de",
        "departure stability-ai",
      ],
      ["Meta also has a $10bn order for Blackwell chips, the report says.", "en", "investment meta"],
      ["Kritik an OpenAI kommt auch von der Organisation Reporter ohne Grenzen.", "de", "controversy openai"],
      ["Stability AI laufen ranghohe Mitarbeiter derzeit in Scharen davon.", "de", "departure stability-ai"],
      ["OpenAI faces an exodus of top researchers.", "en", "departure openai"],
    ]);
  });
});

describe("the same words that are no such news", () => {
  const all = (text: string, lang: "de" | "en") =>
    proposalsFor(text, { lang, articleDate: "2026-03-15" }).map(summary);

  it("a product word on its own, a field-wide remark, a figure of speech", () => {
    expectNone(
      (text) => all(text, "en"),
      [
        // an adjective, not a stir
        "Microsoft will ship its controversial Recall feature to all Copilot+ PCs in April.",
        // political incorrectness is no weak product
        "The update lets the bot make politically incorrect claims, the company said.",
        // the whole field, no one product
        "Chatbots still give false answers about history.",
      ],
    );
    expectNone(
      (text) => all(text, "de"),
      [
        // strengths and weaknesses: no weak product
        "Die Stärken und Schwächen der Modelle zeigen sich erst nach längerer Nutzung.",
      ],
    );
  });

  it("a hire a month before the news stays background", () => {
    expectNone(
      (text: string) =>
        proposalsFor(text, { lang: "en", articleDate: "2025-07-15" })
          .filter((e) => e.type === "hiring")
          .map(summary),
      ["The job cuts come just a month after Meta hired Scale AI's chief executive Alexandr Wang."],
    );
  });
});

describe("the other party", () => {
  const parties = (text: string, lang: "de" | "en") =>
    // background included: "left in August" is five months before this article's day
    proposalsFor(text, { lang, articleDate: "2025-01-28", background: true }).map(
      (e) => `${e.type} ${e.lab} <- ${e.counterparty}`,
    );

  it("of a share move is the lab that caused it; of a departure, the rival people go to", () => {
    expectEachAmong(parties, [
      [
        "Nvidia shares fell 17% on Monday after DeepSeek released a cheaper model.",
        "en",
        "stock_move nvidia <- deepseek",
      ],
      [
        "OpenAI co-founder John Schulman left in August for rival Anthropic.",
        "en",
        "departure openai <- anthropic",
      ],
    ]);
  });
});

describe("background and denial in English contractions", () => {
  const read = (text: string) =>
    proposalsFor(`Nvidia shares rose on Monday.\n\n${text}`, {
      lang: "en",
      articleDate: "2025-06-20",
      background: true,
    })
      .filter((e) => e.type !== "stock_move")
      .map((e) => `${summary(e)}${e.background ? " (background)" : ""}`);

  it("'wouldn't be the first time' and 'multiple times' recall earlier cases", () => {
    expectEachAmong(read, [
      [
        "This wouldn’t be the first time that OpenAI’s had to delay a launch of an anticipated model.",
        "delay openai (background)",
      ],
      ["Apple has pushed back the debut of the home hub multiple times.", "delay apple (background)"],
    ]);
  });

  it("'hasn't delayed' denies the delay", () => {
    expectNone(read, ["OpenAI hasn't delayed its next model, the company said."]);
  });
});

/**
 * Stop 22: phrasings found with a new invented probe (my own sentences, written after reading the
 * whole tuning set's misses by kind): an officer named by abbreviation, a demo that fails, a share
 * price that goes "bergab" by a percent in words, proceedings opened, a chatbot blocked by a state.
 */
describe("news in words the extractor did not know (stop 22)", () => {
  it("proposes the event of each sentence", () => {
    expectEachAmong(news, [
      [
        "Mistral AI CTO Jane Roe is also leaving the company, according to the report.",
        "en",
        "departure mistral-ai",
      ],
      [
        "A live demo of Meta's new glasses failed to work as planned on stage.",
        "en",
        "benchmark_underperformance meta",
      ],
      [
        "Bei der Vorführung des neuen Grok-Chatbots ging einiges schief.",
        "de",
        "benchmark_underperformance xai",
      ],
      ["Für die Nvidia-Aktie ging es am Montag um sieben Prozent bergab.", "de", "stock_move nvidia"],
      ["Die Behörde hat ein Verfahren gegen Mistral AI eingeleitet.", "de", "other mistral-ai"],
      ["Indonesien hat den Grok-Chatbot gesperrt.", "de", "other xai"],
      ["OpenAI said it would hold back its open-weight model for more safety tests.", "en", "delay openai"],
      ["Google übernimmt das Team des Start-ups Character.AI.", "de", "hiring google"],
      ["Die EU-Kommission leitet ein Verfahren gegen Meta wegen seiner KI-Pläne ein.", "de", "other meta"],
      ["DeepSeek's app was pulled from Italian app stores.", "en", "other deepseek"],
      ["Intel is cutting more than 15% of its workforce as it struggles in AI chips.", "en", "layoff intel"],
      ["Bei Intel fallen weltweit rund 15.000 Stellen weg.", "de", "layoff intel"],
      ["Apple holt sich den früheren Google-Manager John Giannandrea.", "de", "hiring apple"],
      [
        "Meta's Llama 4 Maverick ranked far lower on the leaderboard.",
        "en",
        "benchmark_underperformance meta",
      ],
      [
        "Stability AI is running out of cash and struggling to raise new funding.",
        "en",
        "other stability-ai",
      ],
      [
        "Google's AI Overviews told users to put glue on pizza, sparking ridicule online.",
        "en",
        "controversy google",
      ],
      [
        "OpenAI had to retrain parts of GPT-5 after its early versions performed poorly.",
        "en",
        "architecture_problem openai",
      ],
      [
        "Die Europäische Kommission untersucht die Partnerschaft zwischen Microsoft und OpenAI.",
        "de",
        "other microsoft",
      ],
      ["OpenAI expects to burn through $8 billion of cash this year.", "en", "other openai"],
    ]);
  });

  it("reads money a company cannot find as no round raised", () => {
    expect(
      news("Stability AI is running out of cash and struggling to raise new funding.", "en"),
    ).not.toContain("investment stability-ai");
  });

  it("reads 'beklagen' (to complain) as no lawsuit", () => {
    expectNone((t) => news(t, "de"), ["Viele Nutzer beklagen die langen Wartezeiten bei Meta."]);
  });
});

/**
 * Phrasings found in stop 23 by running the extractor on real news pages it had never met (fifteen
 * openings, EN/DE, judged by hand, not labelled or stored). The sentences here are invented in the
 * same style; each was read wrongly by the code before.
 */
describe("news in words the extractor did not know (stop 23)", () => {
  it("proposes the event of each sentence", () => {
    expectEachAmong(news, [
      // the lead investor as the sentence's subject: the round is the raiser's
      ["SoftBank led a $40 billion funding round for OpenAI.", "en", "investment openai"],
      ["SoftBank leads OpenAI $40bn round", "en", "investment openai"],
      [
        "Thrive Capital has led the biggest financing round for a young company this year, $6 billion for OpenAI.",
        "en",
        "investment openai",
      ],
      // fines in German
      [
        "Die französische Behörde hat Google zu einer Strafe von 250 Millionen Euro verurteilt.",
        "de",
        "other google",
      ],
      ["Meta soll wegen Datenschutzverstößen 200 Millionen Euro zahlen.", "de", "other meta"],
      // a share price that loses a quarter of its value; a subordinate clause ("als … einbrach")
      ["Nvidia büßte an einem Tag ein Viertel seines Wertes ein.", "de", "stock_move nvidia"],
      ["Nvidia lost a quarter of its value in a single week.", "en", "stock_move nvidia"],
      [
        "Für Nvidia war es ein schwarzer Tag, als die Aktie um zwölf Prozent einbrach.",
        "de",
        "stock_move nvidia",
      ],
      // data centres and chip plants given up or stopped
      ["Microsoft has paused construction of a large data center in Wisconsin.", "en", "other microsoft"],
      ["Intel legt den Bau der Chipfabrik in Magdeburg auf Eis.", "de", "other intel"],
      [
        "Berichten zufolge hat OpenAI die Pläne zur Erweiterung eines Rechenzentrums in Texas aufgegeben.",
        "de",
        "other openai",
      ],
    ]);
  });

  it("reads a product that fails a customer's tests as the maker's weak product, not the tester's", () => {
    expectEachAmong(news, [
      [
        "Neue Speicherchips von Samsung sind bei Tests von Nvidia durchgefallen.",
        "de",
        "benchmark_underperformance samsung",
      ],
      [
        "Samsungs Chips hätten die Tests für die Lieferung an Nvidia nicht bestanden.",
        "de",
        "benchmark_underperformance samsung",
      ],
      [
        "Samsung failed Nvidia's qualification tests for its newest memory chips.",
        "en",
        "benchmark_underperformance samsung",
      ],
      [
        "Samsung reportedly fails to pass memory qualification tests by Nvidia.",
        "en",
        "benchmark_underperformance samsung",
      ],
    ]);
    expect(news("Samsungs Speicher ist bei Nvidia-Tests durchgefallen.", "de")).not.toContain(
      "benchmark_underperformance nvidia",
    );
    expect(news("Samsung sei bislang bei keinem Test von Nvidia durchgefallen.", "de")).not.toContain(
      "benchmark_underperformance samsung",
    );
  });

  it("leaves the app stores out of a ban on someone else's app", () => {
    const text =
      "DeepSeek verschwindet aus den App-Stores\n\nDie Behörde ordnete an, dass Apple und Google die App aus ihren Stores entfernen müssen.";
    expect(news(text, "de")).not.toContain("other apple");
    expect(
      news("Die Aufsicht drängt darauf, die DeepSeek-App aus den App-Stores zu verbannen.", "de"),
    ).toContain("other deepseek");
  });

  it("reads 'Der Grund dafür sind Datenschutzbedenken' as the cause of the fact before, not a stir", () => {
    const text = "Italien hat DeepSeek gesperrt. Der Grund dafür sind Datenschutzbedenken.";
    expect(news(text, "de")).not.toContain("controversy deepseek");
  });

  it("gives money raised by a lab's former staff to their new company, not to the lab", () => {
    const text =
      "Several researchers left OpenAI to found Anthropic. These OpenAI's former employees have raised $124 million.";
    expect(news(text, "en")).toContain("investment anthropic");
    expect(news("Former Google employees have raised $8.5 million for their startup.", "en")).not.toContain(
      "investment google",
    );
    expect(
      news(
        "Mira Murati, früher das KI-Hirn von OpenAI, sammelte zum Start zwei Milliarden Dollar ein.",
        "de",
      ),
    ).not.toContain("investment openai");
  });

  it("reads a valuation that settles as no settlement", () => {
    expect(
      news("The deal is now expected to settle closer to a $300 billion valuation for OpenAI.", "en"),
    ).not.toContain("other openai");
  });
});

/**
 * Found in stop 23 on a third batch of real news openings (Grok's posts, Blackwell's racks,
 * OpenAI's departures, Amazon's stake in Anthropic); sentences invented in the same style.
 */
describe("news in words the extractor did not know (stop 23, third batch)", () => {
  it("proposes the event of each sentence", () => {
    expectEachAmong(news, [
      [
        "Nvidia's new GB200 servers are overheating in customers' data centres.",
        "en",
        "architecture_problem nvidia",
      ],
      [
        "Nvidia had to rethink the design of its server racks for the new chips.",
        "en",
        "architecture_problem nvidia",
      ],
      ["Die neuen Chips von Nvidia werden im Betrieb zu heiß.", "de", "architecture_problem nvidia"],
      ["Meta heuert den früheren Apple-Manager Ke Yang als Forschungschef an.", "de", "hiring meta"],
      ["Mehrere Forscher von OpenAI werden zu Meta wechseln.", "de", "departure openai"],
      ["Der Chef von Stability AI ist seinen Posten los.", "de", "departure stability-ai"],
    ]);
  });

  it("keeps two people leaving apart when the second is named 'besides' the first", () => {
    const text =
      "OpenAI-CEO Sam Altman ist seinen Posten los.\n\nNeben Altman verlässt auch Mitgründer Greg Brockman das Unternehmen.";
    expect(news(text, "de").filter((e) => e === "departure openai")).toHaveLength(2);
  });

  it("reads an active ban's subject after the verb, and concerns as the ban's reason", () => {
    expect(news("Italy has banned ChatGPT over privacy concerns.", "en")).toEqual(["other openai"]);
    expect(news("xAI said it has banned hate speech before Grok can post on X.", "en")).not.toContain(
      "other xai",
    );
  });
});

/** A fourth batch of real openings (Midjourney sued, Meta's EU roll-out, Intel's Gaudi target). */
describe("news in words the extractor did not know (stop 23, fourth batch)", () => {
  it("proposes the event of each sentence", () => {
    expectEachAmong(news, [
      ["Meta stops the EU roll-out of its newest AI model.", "en", "delay meta"],
      ["Meta will release its multimodal Llama model, but not in the EU.", "en", "delay meta"],
      ["Apple will Apple Intelligence vorerst nicht in der EU einführen.", "de", "delay apple"],
      ["Intel's Gaudi chips have not lived up to sales expectations.", "en", "other intel"],
      ["Intel will not reach its $500 million revenue target for Gaudi this year.", "en", "other intel"],
      ["Intel scrapped its sales forecast for the Gaudi accelerator.", "en", "other intel"],
    ]);
  });

  it("gives a lawsuit to the one sued, not to the studios that sue", () => {
    const text =
      "Disney und Universal verklagen Anbieter eines KI-Bildgenerators\n\nDie Studios haben Klage gegen Midjourney eingereicht.";
    expect(news(text, "de")).toContain("other midjourney");
    expect(news(text, "de")).not.toContain("other disney");
  });
});

/** A fifth batch (DeepSeek accused of distillation, Snorkel's and Scale's cuts). */
describe("news in words the extractor did not know (stop 23, fifth batch)", () => {
  it("gives an accusation's stir to the accused, not to the accuser", () => {
    expectEachAmong(news, [
      ["OpenAI accuses DeepSeek of copying its models through distillation.", "en", "controversy deepseek"],
      [
        "Anthropic lately accused Chinese AI startup DeepSeek of misusing Claude.",
        "en",
        "controversy deepseek",
      ],
      ["OpenAI wirft DeepSeek vor, seine Modelle kopiert zu haben.", "de", "controversy deepseek"],
    ]);
    expect(news("OpenAI accuses DeepSeek of copying its models through distillation.", "en")).not.toContain(
      "controversy openai",
    );
  });
});

/** A sixth batch (Nvidia's H20 charge, the Run:ai review). */
describe("figures the extractor read wrongly (stop 23, sixth batch)", () => {
  it("gives a deal's review no amount of the deal's value", () => {
    const probe = proposalsFor(
      "The European Commission granted approval to Nvidia's $700 million bid for Run:ai on Friday, after saying in October that the deal would require antitrust clearance.",
      { lang: "en", articleDate: "2024-12-30" },
    ).find((e) => e.type === "other");
    expect(probe?.lab).toBe("nvidia");
    expect(probe?.amountUsd).toBeNull();
  });
});

describe("limits moved are no delay (stop 23)", () => {
  it("reads 'verschiebt die Obergrenzen' as no delay, 'verschiebt die Siri' as one", () => {
    expect(
      news("Anthropic verschiebt gerade die Obergrenzen dessen, was ein Start-up einsammeln kann.", "de"),
    ).not.toContain("delay anthropic");
    expect(news("Apple verschiebt die neue Siri auf 2026.", "de")).toContain("delay apple");
  });
});

describe("one product under two names (stop 23)", () => {
  it("reads 'Apple Intelligence' and 'Apple Intelligence in China' in one article as one delay", () => {
    const text =
      "Apple Intelligence: Handelsstreit verzögert KI-Start in China\n\nApples Einführung von Apple Intelligence in China verzögert sich offenbar weiter.";
    expect(news(text, "de").filter((e) => e === "delay apple")).toHaveLength(1);
  });
});

/** A ninth batch (GPT-4.5's reception, Grok 4's ranking). */
describe("weak models in words the extractor did not know (stop 23, ninth batch)", () => {
  it("proposes the event of each sentence", () => {
    expectEachAmong(news, [
      [
        "OpenAI released GPT-4.5 last week. And to put it mildly, the model was underwhelming.",
        "en",
        "benchmark_underperformance openai",
      ],
      ["OpenAI finally released GPT-4.5. And it's a flop.", "en", "benchmark_underperformance openai"],
      ["OpenAI's GPT-4.5 has landed with a resounding thud.", "en", "benchmark_underperformance openai"],
      ["Grok 4 landet in der Rangliste nur auf dem dritten Platz.", "de", "benchmark_underperformance xai"],
      ["Musks Grok 4 ist nicht die Nummer 1.", "de", "benchmark_underperformance xai"],
    ]);
  });
});

/** A tenth batch (Meta's and Google's slipping releases). */
describe("delays in words the extractor did not know (stop 23, tenth batch)", () => {
  it("reads a launch 'pushed to July' as a delay", () => {
    expect(news("Google's public launch of Gemini 2.5 Ultra has been pushed to July.", "en")).toContain(
      "delay google",
    );
  });
});

/** An eleventh batch (the FTC's look at Microsoft and OpenAI, a lawsuit over prices). */
describe("regulators and lawsuits in words the extractor did not know (stop 23, eleventh batch)", () => {
  it("reads a German regulator whose verb comes last, and a 'Handelskommission'", () => {
    expect(
      news(
        "Quellen zufolge ist klar, dass die US-Handelskommission die finanzielle Partnerschaft zwischen Microsoft und OpenAI nun ganz genau untersucht.",
        "de",
      ).some((e) => e === "other microsoft" || e === "other openai"),
    ).toBe(true);
  });

  it("reads what a lawsuit alleges as the lawsuit, not as a second stir", () => {
    const found = news("Klage: Microsoft soll über den OpenAI-Pakt KI-Preise manipuliert haben.", "de");
    expect(found).toContain("other microsoft");
    expect(found.filter((e) => e.startsWith("controversy"))).toEqual([]);
  });
});

/** A twelfth batch (Apple's models chief leaves for Meta). */
describe("people moving, read from the words around them (stop 23, twelfth batch)", () => {
  const run = (text: string) => news(text, "en");

  it("gives a headline 'X loses … to Y' a hire by Y", () => {
    expect(run("Apple Loses Top AI Models Executive to Meta's Hiring Spree")).toContain("hiring meta");
  });

  it("reads the second sentence about someone leaving as leaving the lab they left, not the one they join", () => {
    const text =
      "Apple's top executive in charge of AI models is leaving for Meta.\n\nThe engineer, who ran the company's foundation models team, is departing, people familiar with the matter said.";
    expect(run(text)).not.toContain("departure meta");
  });

  it("reads 'talent acquisition' and 'poached' as a hire, and a person's past as no background", () => {
    const found = run(
      "In a high-profile talent acquisition, Meta has successfully poached Ruoming Pang, the executive who previously led Apple's AI models team.",
    );
    expect(found).toContain("hiring meta");
    expect(found).not.toContain("acquisition meta");
    expect(found).not.toContain("departure meta");
  });
});

/** A thirteenth batch (SoftBank's money for OpenAI). */
describe("who pays and who receives (stop 23, thirteenth batch)", () => {
  it("reads the lab money is pumped into as the receiver, not the payer", () => {
    const text =
      "SoftBank hat den Notfallmodus ausgerufen. Bis zum 31. Dezember muss Konzernchef Masayoshi Son noch 22,5 Milliarden Dollar in OpenAI pumpen.";
    expect(news(text, "de")).not.toContain("investment openai");
  });

  it("gives a raising lab's round no counterparty from a stake named in passing", () => {
    const round = proposalsFor(
      "OpenAI will in einer neuen Finanzierungsrunde bis zu 100 Milliarden Dollar einsammeln. SoftBank trennte sich dafür von seiner Beteiligung an Nvidia.",
      { lang: "de", articleDate: "2026-01-28" },
    ).find((e) => e.type === "investment" && e.lab === "openai");
    expect(round?.counterparty ?? null).not.toBe("nvidia");
  });

  it("reads 'einer von Softbank angeführten Finanzierungsrunde' as Softbank leading someone else's round", () => {
    const text =
      "OpenAI ist jetzt 500 Milliarden Dollar wert.\n\nDas sind 200 Milliarden Dollar mehr als bei einer von Softbank angeführten Finanzierungsrunde von 40 Milliarden Dollar im April.";
    expect(news(text, "de")).not.toContain("investment softbank");
  });

  it("reads acquisition talks put 'auf Eis' as a deal that stalls, not a purchase", () => {
    expect(
      news("SoftBank setzte Gespräche über die Übernahme des Rechenzentrumsbetreibers Switch auf Eis.", "de"),
    ).not.toContain("acquisition softbank");
  });
});
