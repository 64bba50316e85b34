import { describe, expect, it } from "vitest";
import { expectEachAmong, fieldsAsOf, proposalsFor } from "@/tests/support/extract/proposals";
import { extractFromText } from "./extract";
import { agencyCredit, findAttributions } from "./attribution";
import { seedContext } from "@/tests/support/extract/seed-context";

/** Who a proposal credits: the outlet the article relays, or the company speaking for itself. */
const credits = (text: string, lang: "de" | "en") =>
  proposalsFor(text, { lang, articleDate: "2025-10-22", background: true }).map((e) => [
    e.type,
    e.lab,
    e.reportedBy,
  ]);

describe("credited source", () => {
  it("credits the company for its own statement (English and German)", () => {
    expectEachAmong(credits, [
      [
        "Meta lays off 600 people in its AI unit\n\nMeta is laying off about 600 employees in its artificial intelligence unit, the company said in a statement on Wednesday.",
        "en",
        ["layoff", "meta", "Meta"],
      ],
      [
        "Stellenabbau bei Meta\n\nMeta streicht rund 600 Stellen in seiner KI-Sparte. Das teilte der Konzern am Mittwoch mit.",
        "de",
        ["layoff", "meta", "Meta"],
      ],
    ]);
  });

  it("credits the company named by what it is ('das Dax-Schwergewicht', 'der Konzern', 'the search giant')", () => {
    expectEachAmong(credits, [
      [
        "SAP baut um\n\nSAP will mit einem Großumbau die Geschäfte mit KI vorantreiben. Von dem Vorhaben seien rund 8000 Mitarbeitende betroffen, teilte das Dax-Schwergewicht am späten Dienstagabend mit.",
        "de",
        ["layoff", "sap", "SAP"],
      ],
      [
        "Stellenabbau bei Meta\n\nMeta streicht rund 600 Stellen in seiner KI-Sparte, sagte der Konzern.",
        "de",
        ["layoff", "meta", "Meta"],
      ],
      [
        "Siri kommt später\n\nApple verschiebt die neue Siri auf das kommende Jahr, teilte der iPhone-Hersteller mit.",
        "de",
        ["delay", "apple", "Apple"],
      ],
      [
        "Google cuts jobs\n\nGoogle is laying off 200 employees in its cloud unit, said the search giant.",
        "en",
        ["layoff", "google", "Google"],
      ],
    ]);
  });

  it("names the person who speaks for the company beside the company", () => {
    expectEachAmong(credits, [
      [
        "OpenAI delays its open model\n\nOpenAI has postponed the release of its open model. Sam Altman, CEO of the ChatGPT maker, broke the news in a post on X.",
        "en",
        ["delay", "openai", "OpenAI (Sam Altman)"],
      ],
      [
        "Meta verschiebt Modell\n\nMeta verschiebt die Veröffentlichung seines neuen Modells, wie Konzernchef Mark Zuckerberg am Dienstag bekanntgab.",
        "de",
        ["delay", "meta", "Meta (Mark Zuckerberg)"],
      ],
    ]);
  });

  it("reads 'the companies said' and a long 'gab … bekannt' as the company speaking", () => {
    expectEachAmong(credits, [
      [
        "Meta cuts jobs\n\nMeta is cutting about 600 jobs in its AI unit, the companies said Friday.",
        "en",
        ["layoff", "meta", "Meta"],
      ],
      [
        "Aleph Alpha sammelt Geld ein\n\nAleph Alpha gab den Abschluss einer Finanzierungsrunde über insgesamt 500 Millionen Dollar bekannt.",
        "de",
        ["investment", "aleph-alpha", "Aleph Alpha"],
      ],
      [
        "Meta cuts jobs\n\nMeta is cutting about 600 jobs in its AI unit, analysts said Friday.",
        "en",
        ["layoff", "meta", null],
      ],
    ]);
  });

  it("credits the company alone when its statement names nobody", () => {
    expect(
      credits(
        "Meta verschiebt Modell\n\nMeta verschiebt die Veröffentlichung seines neuen Modells, wie das Unternehmen am Dienstag bekanntgab.",
        "de",
      ),
    ).toContainEqual(["delay", "meta", "Meta"]);
  });

  it("credits the outlet named where the fact is told again", () => {
    expectEachAmong(credits, [
      [
        "Stellenabbau bei Aleph Alpha\n\nAleph Alpha streicht Dutzende Stellen. Der Stellenabbau betrifft etwa 17 Prozent der Belegschaft, wie das Handelsblatt berichtet.",
        "de",
        ["layoff", "aleph-alpha", "Handelsblatt"],
      ],
      [
        "Meta cuts jobs\n\nMeta is cutting about 600 jobs in its AI unit. The job cuts were first reported by Axios.",
        "en",
        ["layoff", "meta", "Axios"],
      ],
    ]);
  });

  it("credits the outlet that reports on the same model elsewhere in the article", () => {
    const text =
      "Google delays Gemini\n\nGoogle has delayed the launch of Gemini.\n\nAccording to insiders, Gemini's launch has been moved to January, as reported by The Information.";
    expect(credits(text, "en")).toContainEqual(["delay", "google", "The Information"]);
  });

  it("does not credit an outlet the company only spoke to", () => {
    const text =
      "Google delays Gemini\n\nGoogle has delayed the launch of Gemini.\n\nGegenüber dem US-Sender CNBC erklärte Google, Gemini komme im Januar.";
    expect(credits(text, "de")).toContainEqual(["delay", "google", null]);
  });

  it("credits the outlet the next sentence names for the reports a sentence speaks of", () => {
    expectEachAmong(credits, [
      [
        "Apple unter Druck\n\nBerichte über eine erneute Verzögerung der neuen Siri setzen Apple unter Druck. Nachdem Bloomberg von Problemen berichtet hatte, äußerte sich der Konzern.",
        "de",
        ["delay", "apple", "Bloomberg"],
      ],
      [
        "Apple under pressure\n\nReports of another delay to the new Siri put Apple under pressure. Bloomberg had reported problems in internal tests.",
        "en",
        ["delay", "apple", "Bloomberg"],
      ],
      // told as a fact, the delay is the article's own; the next sentence's outlet is about something else
      [
        "Apple under pressure\n\nApple has delayed the new Siri again. Bloomberg had reported problems in internal tests.",
        "en",
        ["delay", "apple", null],
      ],
    ]);
  });

  it("credits nobody when nothing names a source", () => {
    expect(credits("Meta streicht rund 600 Stellen in seiner KI-Sparte.", "de")).toContainEqual([
      "layoff",
      "meta",
      null,
    ]);
  });

  it("credits the outlet the next paragraph names as the source of the news", () => {
    expect(
      credits(
        "Apple verschiebt die neue Siri erneut\n\nApple soll die Einführung der neuen Siri erneut verschoben haben.\n\nDas Magazin Bloomberg meldet dies unter Berufung auf Insider.",
        "de",
      ),
    ).toContainEqual(["delay", "apple", "Bloomberg"]);
  });

  it("credits an outlet named once to reported speech elsewhere in the article", () => {
    const text =
      "Google's new model\n\nGoogle had planned three launch events for its new model in December, The Information wrote.\n\nThe launch of the model has reportedly been delayed to January.";
    expectEachAmong(credits, [
      [text, "en", ["delay", "google", "The Information"]],
      // told as a fact, not as reported speech, it is the article's own reporting
      [text.replace("has reportedly been", "has been"), "en", ["delay", "google", null]],
    ]);
  });

  it("credits a company statement elsewhere in the article when it speaks of the same fact", () => {
    const en =
      "Nimbus Labs raises new money\n\nNimbus Labs has raised $400 million in a new funding round led by Sequoia.\n\nThe startup plans to hire engineers in London and Paris. It sells coding tools to banks.\n\nNimbus announced the funding round on Tuesday in a blog post.";
    const de =
      "Geld für Nimbus\n\nDas Start-up Nimbus Labs hat 400 Millionen Dollar in einer Finanzierungsrunde eingesammelt.\n\nDie Firma will Entwickler in Berlin einstellen. Sie verkauft Werkzeuge an Banken.\n\nNimbus Labs hat die Finanzierungsrunde am Dienstag bekannt gegeben.";
    const ctx = (lang: "de" | "en") =>
      seedContext({
        lang,
        articleDate: "2025-10-22",
        labs: [{ slug: "nimbus-labs", name: "Nimbus Labs", aliases: ["Nimbus"] }],
      });
    const credited = (text: string, lang: "de" | "en") =>
      extractFromText(text, ctx(lang)).events.find((e) => e.type === "investment")?.reportedBy;
    expect(credited(en, "en")).toBe("Nimbus Labs");
    expect(credited(de, "de")).toBe("Nimbus Labs");
    // a statement about another kind of fact does not credit the round
    const otherFact = en.replace("announced the funding round", "announced a new product");
    expect(credited(otherFact, "en")).toBeNull();
  });

  it("reads 'revealed' and 'hat bekannt gegeben' as the company speaking", () => {
    expectEachAmong(credits, [
      [
        "OpenAI delays its voice mode\n\nIn a post on its X account, OpenAI revealed it is delaying its voice mode by a month.",
        "en",
        ["delay", "openai", "OpenAI"],
      ],
      [
        "Meta verschiebt Modell\n\nMeta hat bekannt gegeben, dass sich die Veröffentlichung seines größten Modells verzögert.",
        "de",
        ["delay", "meta", "Meta"],
      ],
    ]);
  });

  it("keeps the sentence's own anonymous sources over an outlet the article credits elsewhere", () => {
    const text =
      "Meta cuts jobs\n\nMeta is planning new cuts, Bloomberg reported. Bloomberg also reported a hiring freeze.\n\nMeta will lay off 600 workers in its AI unit, according to people familiar with the matter.";
    const layoff = extractFromText(text, seedContext({ lang: "en", articleDate: "2025-10-22" })).events.find(
      (e) => e.type === "layoff" && e.quote.includes("600"),
    );
    expect(layoff?.reportedBy).toBe("people familiar with the matter");
  });

  it("credits the company, not the outlet it spoke to, and its response to the lead fact", () => {
    const en =
      "Nimbus Labs cuts staff\n\nNimbus Labs laid off 200 employees on Wednesday.\n\nThe startup had grown quickly. Its tools are used by banks.\n\nThe cuts leave the team smaller, a spokesperson told CNBC.";
    const de =
      "Nimbus Labs streicht Stellen\n\nNimbus Labs hat am Mittwoch 200 Mitarbeiter entlassen.\n\nDas Start-up war schnell gewachsen. Seine Werkzeuge nutzen Banken.\n\nDas bestätigte eine Sprecherin gegenüber dem Handelsblatt.";
    const ctx = (lang: "de" | "en") =>
      seedContext({
        lang,
        articleDate: "2025-10-22",
        labs: [{ slug: "nimbus-labs", name: "Nimbus Labs", aliases: [] }],
      });
    const credited = (text: string, lang: "de" | "en") =>
      extractFromText(text, ctx(lang)).events.find((e) => e.type === "layoff")?.reportedBy;
    expect(credited(en, "en")).toBe("Nimbus Labs");
    expect(credited(de, "de")).toBe("Nimbus Labs");
    // a spokesperson who said nothing is no statement
    expect(
      credited(
        en.replace(
          "The cuts leave the team smaller, a spokesperson told CNBC.",
          "A spokesperson declined to comment.",
        ),
        "en",
      ),
    ).toBeNull();
  });

  it("does not take an outsider speaking to the press, or a stock move, for the company's statement", () => {
    const ctx = seedContext({
      lang: "de",
      articleDate: "2025-10-22",
      labs: [{ slug: "nimbus-labs", name: "Nimbus Labs", aliases: [] }],
    });
    const outsider =
      "Nimbus Labs streicht Stellen\n\nNimbus Labs hat am Mittwoch 200 Mitarbeiter entlassen.\n\nDas Start-up war schnell gewachsen. Seine Werkzeuge nutzen Banken.\n\n„Das war absehbar“, sagte Analystin Jane Doe gegenüber dem Handelsblatt.";
    const layoff = extractFromText(outsider, ctx).events.find((e) => e.type === "layoff");
    expect(layoff?.reportedBy ?? null).not.toBe("Nimbus Labs");
    const stock =
      "Nimbus shares slump\n\nNimbus Labs shares fell 12% on Wednesday.\n\nThe startup had grown quickly. Its tools are used by banks.\n\nA Nimbus Labs spokesperson said the company remains confident.";
    const move = extractFromText(stock, { ...ctx, lang: "en" }).events.find((e) => e.type === "stock_move");
    expect(move).toBeDefined();
    expect(move?.reportedBy).toBeNull();
  });

  it("reads a post on a social network as the company speaking", () => {
    expectEachAmong(credits, [
      [
        "Meta delays its model\n\nMeta is delaying its largest model, the company posted on X on Tuesday.",
        "en",
        ["delay", "meta", "Meta"],
      ],
      [
        "Meta verschiebt Modell\n\nMeta verschiebt sein größtes Modell, wie der Konzern in einem Beitrag auf X mitteilte.",
        "de",
        ["delay", "meta", "Meta"],
      ],
    ]);
    // a post by someone else about the company is not its statement
    expect(
      credits("Meta delays its model\n\nMeta is delaying its largest model, a critic posted on X.", "en"),
    ).not.toContainEqual(["delay", "meta", "Meta"]);
  });
});

describe("credited outlet named after the fact (stop 23)", () => {
  it("credits the lead's outlet with the headline's fact", () => {
    expect(
      credits(
        "Amazon to cut 300 jobs in its devices unit\n\nAmazon is cutting about 300 jobs in the unit that makes Alexa, Reuters reported.\n\nThe layoff comes a day after Amazon announced a $4 billion financing deal to fund its largest data center project.",
        "en",
      ),
    ).toContainEqual(["layoff", "amazon", "Reuters"]);
  });

  it("credits the outlet of 'The cuts, first reported by …' with the cuts of the sentence before", () => {
    expect(
      credits(
        "Amazon is cutting about 300 jobs in its devices unit.\n\nThe cuts, first reported by Reuters, hit the Alexa team hardest.",
        "en",
      ),
    ).toContainEqual(["layoff", "amazon", "Reuters"]);
  });
});

describe("credited outlet cited by other outlets (stop 23)", () => {
  it("credits the outlet the others cite", () => {
    expect(
      credits(
        "Bloomberg and Reuters, citing The Information, report that Nvidia's new server racks are overheating.",
        "en",
      ),
    ).toContainEqual(["architecture_problem", "nvidia", "The Information"]);
  });
});

describe("credits found on real news in stop 24", () => {
  const outlet = (text: string, lang: "de" | "en") =>
    proposalsFor(text, { lang, articleDate: "2026-03-15" }).map((e) => e.reportedBy);

  it("credits the outlet of 'according to the …' at a sentence's end, not the company", () => {
    expect(
      outlet(
        "Meta bought the start-up Manus for more than $2 billion, according to the Wall Street Journal.",
        "en",
      ),
    ).toContain("The Wall Street Journal");
  });

  it("credits 'Nach FAZ-Informationen' and an outlet that confirms", () => {
    expect(outlet("Nach FAZ-Informationen streicht SAP rund 3000 Stellen.", "de")).toContain(
      "Frankfurter Allgemeine Zeitung",
    );
    expect(
      outlet(
        "Die Financial Times bestätigt nun, dass OpenAI die Veröffentlichung von GPT-5 verschoben hat.",
        "de",
      ),
    ).toContain("Financial Times");
  });

  it("credits no outlet for 'laut Firmenangaben'", () => {
    expect(outlet("Laut Firmenangaben streicht SAP rund 3000 Stellen.", "de")).not.toContain("Firmenangaben");
  });
});

describe("unnamed people speaking to an outlet", () => {
  it("credits the outlet staff speak to, never the staff as an outlet", () => {
    const credit = proposalsFor(
      "So berichten Mitarbeitende von Microsoft gegenüber Fortune von erheblichen Verzögerungen bei Copilot.",
      { lang: "de", articleDate: "2026-03-15" },
    ).map((e) => e.reportedBy);
    expect(credit).toContain("Fortune");
    expect(credit).not.toContain("Mitarbeitende");
  });
});

describe("who is no source (stop 25)", () => {
  const credit = (text: string) =>
    proposalsFor(text, { lang: "en", articleDate: "2025-08-20", background: true }).map((e) => [
      e.type,
      e.lab,
      e.reportedBy,
    ]);

  it("credits no regulator that orders, and the company that speaks after it", () => {
    expect(
      credit(
        "Meta will not launch its AI models in Europe for now after the Irish Data Protection Commission told it to delay its plan, the US social media company said on Friday.",
      ),
    ).toEqual([["delay", "meta", "Meta"]]);
  });

  it("takes neither the tail of a company's name nor a possessive for a person", () => {
    const found = credit(
      "Andrew Tulloch has left Thinking Machines Lab for Meta. A spokesperson for Thinking Machines Lab confirmed Tulloch's departure to the Wall Street Journal.",
    );
    // one departure: "Tulloch's departure" names the fact again
    expect(found).toEqual([["departure", "thinking-machines-lab", "Thinking Machines Lab"]]);
  });
});

describe("outlets by their nicknames (stop 25)", () => {
  it("credits 'WaPo’s testing' to The Washington Post", () => {
    expect(
      findAttributions("According to WaPo’s testing, Alexa+ made many mistakes.").map((a) => a.source),
    ).toEqual(["The Washington Post"]);
  });
});

describe("more ways to name an outlet (stop 25)", () => {
  const sources = (t: string) => findAttributions(t).map((a) => [a.source, a.recipient ?? false]);

  it("credits '(via Ars Technica)', 'an Associated Press investigation revealed' and a German trade magazine", () => {
    expect(sources("The logs were shared on a forum (via Ars Technica).")).toEqual([["Ars Technica", false]]);
    expect(sources("An Associated Press investigation revealed that Microsoft models were used.")).toEqual([
      ["Associated Press", false],
    ]);
    expect(
      sources(
        "Wie das auf Urheberrecht spezialisierte Rechtsmagazin „Legal Weekly“ berichtet, hat die GEMA geklagt.",
      ),
    ).toEqual([["Legal Weekly", false]]);
  });

  it("reads a journalist spoken to as a recipient, not as the outlet's reporting", () => {
    expect(sources("Bing told a New York Times columnist to abandon his marriage.")).toEqual([
      ["The New York Times", true],
    ]);
  });
});

describe("a company that says it did something (stop 25)", () => {
  const credit = (text: string) =>
    proposalsFor(text, { lang: "en", articleDate: "2023-08-24", background: true }).map((e) => [
      e.type,
      e.lab,
      e.reportedBy,
    ]);

  it("keeps a two-word company name the subject, not a person speaking, and credits the company", () => {
    expect(
      credit(
        "Hugging Face said on Thursday it had raised $235 million in a funding round led by Salesforce.",
      ),
    ).toEqual([["investment", "hugging-face", "Hugging Face"]]);
  });

  it("never credits a share move to the company's own statement", () => {
    const found = credit(
      "Microsoft said it would invest $10 billion in OpenAI. Its shares rose 2% on Monday.",
    );
    expect(found.filter(([type]) => type === "stock_move").map(([, , by]) => by)).toEqual([null]);
  });
});

describe("a company named by what it is (one list of company nouns)", () => {
  it("takes every company noun of the list for the company speaking, never for an outlet", () => {
    const found = proposalsFor("Bosch streicht 500 Stellen in der KI-Sparte, sagte die Gruppe am Montag.", {
      lang: "de",
      articleDate: "2026-03-15",
    });
    expect(found.map((e) => [e.type, e.lab, e.reportedBy])).toEqual([["layoff", "bosch", "Bosch"]]);
  });
});

describe("outlets named by their kind, by what they learned, and under a dateline (stop 26)", () => {
  const by = (text: string, lang: "de" | "en", articleDate = "2025-10-13") =>
    proposalsFor(text, { lang, articleDate }).map((e) => e.reportedBy);

  it("strips any compound of an outlet noun before the name, but keeps 'Handelsblatt' a name", () => {
    expect(
      by(
        "Der Roboter-Entwickler Figure AI hat 675 Millionen Dollar eingesammelt, berichtet der Wirtschaftsdienst Bloomberg unter Berufung auf vertrauliche Quellen.",
        "de",
      ),
    ).toEqual(["Bloomberg"]);
    expect(
      by("Mistral AI steht laut Handelsblatt kurz vor dem Abschluss einer Finanzierungsrunde.", "de"),
    ).toEqual(["Handelsblatt"]);
  });

  it("credits what an outlet learned in the past tense ('erfuhr'), not the person it learned it from", () => {
    expect(
      by(
        "Cerebras werde den Börsengang verschieben, wie die Nachrichtenagentur Reuters am Dienstag von einer mit der Sache vertrauten Person erfuhr.",
        "de",
      ),
    ).toEqual(["Reuters"]);
  });

  it("prefers the outlet a sentence names to the agency of the dateline", () => {
    expect(
      by(
        "LONDON (Reuters) - British self-driving startup Wayve is in talks with Microsoft and SoftBank to raise up to $2 billion, the Financial Times reported on Monday, citing sources.",
        "en",
      ),
    ).toEqual(["Financial Times"]);
    expect(
      by(
        "LONDON (Reuters) - British self-driving startup Wayve is in talks with Microsoft and SoftBank to raise up to $2 billion.",
        "en",
      ),
    ).toEqual(["Reuters"]);
  });
});

describe("headline sources and German hedges (stop 28)", () => {
  it("credits a known outlet that a headline names before a colon, not a company", () => {
    const outlets = (s: string) => findAttributions(s).map((a) => [a.kind, a.source]);
    expect(outlets("Bloomberg: Siri-Upgrade verschiebt sich möglicherweise erneut")).toEqual([
      ["outlet", "Bloomberg"],
    ]);
    expect(outlets("The Wall Street Journal: Meta delays Behemoth")).toEqual([
      ["outlet", "The Wall Street Journal"],
    ]);
    expect(outlets("Google: Künstliche Intelligenz ist an der Börse angekommen")).toEqual([]);
    expect(outlets("Apple verschiebt Siri. Bloomberg: Das dauert")).toEqual([]);
  });

  it("reads 'wohl' and 'möglicherweise' as reported speech, credited to the outlet named once", () => {
    const text =
      "Apples Pläne\n\nApple hatte für Dezember drei Veranstaltungen geplant, schrieb Bloomberg.\n\nApple verschiebt den Start wohl auf Januar.";
    expectEachAmong(credits, [
      [text, "de", ["delay", "apple", "Bloomberg"]],
      [text.replace(" wohl", " möglicherweise"), "de", ["delay", "apple", "Bloomberg"]],
      [text.replace(" wohl", ""), "de", ["delay", "apple", null]],
    ]);
  });
});

describe("owners and discoverers (stop 26)", () => {
  const fields = fieldsAsOf("2025-06-10", ["type", "lab", "reportedBy"]);
  const read = (text: string) => fields(text, "en");

  it("takes the owner of what is cited, not its possessive, and gives the weak result to it, not the rival", () => {
    expect(
      read("According to Apple’s text-based evaluations, its server model falls short of GPT-4o."),
    ).toEqual([["benchmark_underperformance", "apple", null]]);
  });

  it("credits an outlet that discovered or spotted the fact", () => {
    expect(read("OpenAI delayed the launch of its agent, as first discovered by The Atlantic.")).toEqual([
      ["delay", "openai", "The Atlantic"],
    ]);
  });
});

describe("words that name no outlet (stop 27, the b18 set of real openings)", () => {
  const sources = (text: string) => findAttributions(text).map((a) => a.source);

  it("ends a name after 'laut' at a verb, and reads no determiner or topic as an outlet", () => {
    expect(sources("Laut Microsoft waren Tausende Gäste bei der Veranstaltung.")).not.toContain(
      "Microsoft waren Tausende",
    );
    expect(sources("These reports, combined with the layoffs, weighed on the shares.")).toEqual([]);
    expect(sources("Zuerst hatte die Nachrichtenagentur Bloomberg über den Wechsel berichtet.")).toEqual([
      "Bloomberg",
    ]);
    expect(sources("Es geht um eine Transaktion, über die das Handelsblatt berichtet.")).toEqual([
      "Handelsblatt",
    ]);
  });

  it("reads 'according to his LinkedIn' as the place he said it, not a company he left", () => {
    const found = proposalsFor("Christian Szegedy left xAI in February, according to his LinkedIn profile.", {
      lang: "en",
      articleDate: "2026-02-20",
    });
    expect(found.map((e) => [e.type, e.lab, e.counterparty])).toEqual([["departure", "xai", null]]);
  });
});

describe("sources in other words (stop 27, the b22 set of real openings)", () => {
  const sources = (text: string) => findAttributions(text).map((a) => [a.source, a.kind]);

  it("reads 'einem Insider zufolge' as unnamed people, not an outlet 'TSMC einem Insider'", () => {
    expect(sources("Deshalb hat TSMC einem Insider zufolge die Lieferungen gestoppt.")).toEqual([
      ["Insider", "anonymous"],
    ]);
    expect(sources("Der Financial Times zufolge plant TSMC eine neue Fabrik.")).toEqual([
      ["Financial Times", "outlet"],
    ]);
  });

  it("credits an outlet described after its name and one named in quotation marks far from its verb", () => {
    expect(sources("Nvidia will buy the startup, the Calcalist financial daily reported on Sunday.")).toEqual(
      [["Calcalist", "outlet"]],
    );
    expect(
      sources(
        'Die Firma hat 30 Mitarbeiter entlassen, wie "Wired" mit Bezug auf interne Quellen erstmals berichtete.',
      ),
    ).toEqual([["Wired", "outlet"]]);
  });
});

describe("a source that confirmed to an outlet (stop 27, b23 real openings)", () => {
  it("credits the outlet a source confirmed the news to", () => {
    expect(
      findAttributions("Alphabet has taken a stake in SSI, a source confirmed to Reuters.").map(
        (a) => a.source,
      ),
    ).toEqual(["Reuters"]);
    expect(findAttributions("Microsoft said to investors that the deal is done.")).toEqual([]);
  });
});

describe("who is no source (stop 28, real openings b24, b28, b29)", () => {
  const sources = (s: string) => findAttributions(s).map((a) => [a.kind, a.source]);

  it("reads the market, a firm, a law and a calculation as no outlet", () => {
    expect(sources("Die Aktie fiel laut Marktbeobachtern um fünf Prozent.")).toEqual([
      ["anonymous", "Marktbeobachter"],
    ]);
    expect(sources("Laut Händlern belastete die Nachricht.")).toEqual([["anonymous", "Händler"]]);
    expect(sources("Der Gewinn brach vorläufigen Berechnungen zufolge um 60 Prozent ein.")).toEqual([
      ["document", "Berechnungen"],
    ]);
    expect(sources("Laut DSGVO sind Geldstrafen möglich.")).toEqual([]);
    expect(sources("Short seller Kerrisdale Capital said the stock is overvalued.")).toEqual([]);
  });

  it("credits the outlet of 'laut Reuters-Quellen' and 'laut Bloomberg-Bericht'", () => {
    expect(sources("Nvidia verlangt Vorkasse, heißt es laut Reuters-Quellen.")).toEqual([
      ["outlet", "Reuters"],
    ]);
    expect(sources("Laut Bloomberg-Bericht plant Apple den Schritt.")).toEqual([["outlet", "Bloomberg"]]);
  });

  it("does not take an authority's head speaking for the company", () => {
    const text =
      'Kartellamt: Amazon-Beteiligung kein Fall für die Fusionskontrolle\nBONN (dpa-AFX) - Die Beteiligung von Amazon an Anthropic ist derzeit kein Fall für die Fusionskontrolle. Dies teilte das Bundeskartellamt am Mittwoch in Bonn mit. "Wir haben das Engagement von Amazon bei Anthropic intensiv geprüft", erklärte Behördenpräsident Andreas Mundt laut einer Mitteilung.';
    expect(
      proposalsFor(text, { lang: "de", articleDate: "2025-05-14" }).map((e) => [e.type, e.lab, e.reportedBy]),
    ).toEqual([["other", "amazon", "dpa"]]);
  });

  it("reads 'ein bestätigter Verstoß' as no statement of the company", () => {
    const text =
      "Noyb reicht Beschwerde gegen Meta ein\n\nJetzt sieht sich Meta mit einer Datenschutzbeschwerde konfrontiert.\n\nEin bestätigter Verstoß könnte Meta teuer zu stehen kommen: Die Behörde verhängt dann ein Bußgeld.";
    const found = proposalsFor(text, { lang: "de", articleDate: "2025-03-20" });
    expect(found.map((e) => e.type)).toContain("other");
    expect(found.map((e) => e.reportedBy)).not.toContain("Meta");
  });

  it("credits a news site named by its address and the 'dpa-AFX Broker' dateline", () => {
    expect(
      sources("Das Start-up sammelte 20 Millionen Dollar ein, wie „techfundingnews.com“ berichtet."),
    ).toEqual([["outlet", "techfundingnews.com"]]);
    expect(sources("Mehr dazu auf openai.com.")).toEqual([]);
    expect(agencyCredit(["NEW YORK (dpa-AFX Broker) - Die Aktien von Super Micro sind eingebrochen."])).toBe(
      "dpa",
    );
  });

  it("takes a name after 'meldete' or 'schreibt' for an outlet only when known or called one (stop 28, b37)", () => {
    expect(sources("Die Firma Apple meldete Verluste.")).toEqual([]);
    expect(sources("Das berichtet das Portal Xataka.")).toEqual([["outlet", "Xataka"]]);
    expect(sources("Die Korea Times berichtet, dass Samsung den Start verschiebt.")).toEqual([
      ["outlet", "The Korea Times"],
    ]);
    expect(sources('Nach Recherchen von "Bloomberg" steht das Start-up vor dem Aus.')).toEqual([
      ["outlet", "Bloomberg"],
    ]);
    expect(sources("Bereits im Vorjahr sollen laut Recherchen nur 45 Millionen geflossen sein.")).toEqual([
      ["anonymous", "Recherchen"],
    ]);
  });

  it("takes a known company that 'reported' results for no outlet, and an outlet's whole name ('iThome reported')", () => {
    expect(sources("Oracle reported quarterly results on Monday that beat estimates.")).toEqual([]);
    expect(sources("Elon Musk's artificial intelligence startup xAI reported a wider net loss.")).toEqual([]);
    expect(sources("The model's rollout has since been postponed, iThome reported.")).toEqual([
      ["outlet", "iThome"],
    ]);
    expect(sources("Bloomberg reported that the talks stalled.")).toEqual([["outlet", "Bloomberg"]]);
  });
});
