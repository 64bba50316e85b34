import { describe, expect, it } from "vitest";
import { governingClause, ownDates } from "./background";
import { findCues } from "./cues";
import { extractFromText } from "./extract";
import { seedContext } from "@/tests/support/extract/seed-context";
import type { ExtractEventType } from "./types";

/**
 * Issue 9 §3, precision of event proposals: cue words that are parts of other words or of
 * unrelated phrases, clauses governed by a wondering or generalising word, and who does what in
 * a move between labs. Every sentence is written for these tests, in general words.
 */
const run = (text: string, articleDate = "2025-06-12") => extractFromText(text, seedContext({ articleDate }));
const news = (text: string, articleDate?: string) =>
  run(text, articleDate)
    .events.filter((e) => !e.background)
    .map((e) => `${e.type} ${e.lab}`);
const types = (sentence: string, hasModel = true): ExtractEventType[] =>
  findCues(sentence, hasModel).map((c) => c.type);

describe("cue words inside other words and phrases", () => {
  it("reads a department as no departure, a departure as one", () => {
    expect(types("The Justice Department is reviewing the partnership.")).not.toContain("departure");
    expect(types("Die Abteilung des Justizministeriums prüft die Partnerschaft.")).not.toContain("departure");
    expect(types("The head of research departed last week.")).toContain("departure");
    expect(types("Die Forschungschefin verlässt das Unternehmen.")).toContain("departure");
  });

  it("reads 'raised' with a worry after it, one word between or none, as no money raised", () => {
    expect(types("The overheating problem has raised customer concerns over deliveries.")).not.toContain(
      "investment",
    );
    expect(types("The delay raised serious questions about the chip.")).not.toContain("investment");
    expect(types("The startup raised $1 billion in new funding.")).toContain("investment");
  });

  it("gives a market-wide figure to no lab, and a round to the company that raised it", () => {
    const text =
      "Nimbus Labs said on Tuesday it had raised $1 billion in a round led by Accel with participation from tech giants Nvidia, Amazon, and Meta.\n\n" +
      "AI startups raised $19 billion in venture funding in the first quarter, according to PitchBook.";
    const investments = run(text).events.filter((e) => e.type === "investment");
    expect(investments.map((e) => [e.lab ?? e.labName, e.amountUsd])).toEqual([["Nimbus Labs", 1e9]]);
  });

  it("takes 'from scratch' as a rebuild only when something is built or started again", () => {
    expect(types("Its chatbots are good at generating text from scratch.")).not.toContain(
      "architecture_problem",
    );
    expect(types("The team had to start over from scratch on the assistant.")).toContain(
      "architecture_problem",
    );
    expect(types("Das Team muss die Software von Grund auf neu entwickeln.")).toContain(
      "architecture_problem",
    );
  });
});

describe("a clause read with the clause that governs it", () => {
  it("joins a clause that goes on from the one before, or follows an opening comparison", () => {
    const s = "Whether buyers rejected it, or the model fell short, is unclear.";
    expect(governingClause(s, s.indexOf("fell"))).toContain("Whether");
    const t = "Like other labs, the company faces scrutiny from regulators.";
    expect(governingClause(t, t.indexOf("scrutiny"))).toContain("Like other");
    const u = "The launch was fine, but the model fell short of rivals.";
    expect(governingClause(u, u.indexOf("fell"))).toBe(" but the model fell short of rivals.");
  });

  it("proposes no event in a clause a wondering or generalising word governs", () => {
    expect(
      news("Whether the market rejected it, or Anthropic's model fell short of its aims, nobody knows."),
    ).toEqual([]);
    expect(
      news("Like other AI companies, Anthropic's deals have come under scrutiny from regulators."),
    ).toEqual([]);
    expect(
      news(
        "Google reiht sich in eine wachsende Zahl von Konzernen ein, die auf Lizenzvereinbarungen setzen.",
      ),
    ).toEqual([]);
    // negative: the same facts stated plainly are news
    expect(news("Anthropic's new model fell short of its aims in the tests.")).toContain(
      "benchmark_underperformance anthropic",
    );
    expect(news("Google reiht sich ein: Der Konzern zahlt eine Lizenzgebühr für die Modelle.")).toContain(
      "other google",
    );
  });
});

describe("people moving between labs", () => {
  it("gives the hiring to the lab people join, the departure to the lab they leave", () => {
    const en = news(
      "Its founders, with members of Anthropic's research team, are joining Google's AI unit, the companies said.",
    );
    expect(en).toContain("hiring google");
    expect(en).not.toContain("hiring anthropic");
    const de = news("Das Team von Anthropic wechselt zu Google, das es mit hohen Prämien rekrutiert.");
    expect(de).toContain("hiring google");
    expect(de).not.toContain("hiring anthropic");
  });

  it("gives a hiring told in the passive to the lab named after 'by' / 'von'", () => {
    expect(news("Inflection AI was recently acqui-hired by Microsoft.")).toEqual(["hiring microsoft"]);
    // negative: money paid to a lab is no move of people to it
    const paid = news("Microsoft agreed to pay Inflection $650 million alongside hiring its staff.");
    expect(paid).toContain("hiring microsoft");
    expect(paid).not.toContain("hiring inflection-ai");
  });

  it("never lets a lab lose people to itself", () => {
    const text =
      "Anthropic cut its prices again. Google signed a licence deal for its models. The coding team moves to Google, the companies said.";
    const found = news(text);
    expect(found).not.toContain("departure google");
    expect(found).toContain("departure anthropic");
  });
});

describe("money put in, told in German word order", () => {
  it("reads 'in … zu stecken' and 'Ausgaben zwischen …' as an investment", () => {
    expect(types("Amazon will bis zu vier Milliarden Dollar in das Start-up Anthropic stecken.")).toContain(
      "investment",
    );
    expect(types("Meta kündigte an, 70 Milliarden Dollar in neue Rechenzentren zu stecken.")).toContain(
      "investment",
    );
    expect(types("Meta plant nun Ausgaben zwischen 70 und 72 Milliarden US-Dollar.")).toContain("investment");
    expect(types("Meta plans capital expenditures between $70 billion and $72 billion.")).toContain(
      "investment",
    );
    // negative: "stecken" without money put into something, and spending that is no amount
    expect(news("Bei Meta steckt das Projekt noch in den Kinderschuhen.")).not.toContain("investment meta");
    expect(types("Die Ausgaben sind gestiegen.")).not.toContain("investment");
  });
});

describe("which date tells whether a fact is old", () => {
  const spans = (sentence: string, words: string[]) =>
    words.map((w) => ({ start: sentence.indexOf(w), end: sentence.indexOf(w) + w.length, w }));

  it("takes the dates of the cue's own clause and of a short opening phrase", () => {
    const de =
      "Alibaba werde sein im Februar vorgestelltes Vorhaben erweitern, über drei Jahre 53 Milliarden Dollar zu stecken.";
    expect(ownDates(de, de.indexOf("zu stecken"), spans(de, ["im Februar"]))).toEqual([]);
    const en = "In June 2023, Inflection raised $1.3 billion from Microsoft and Nvidia.";
    expect(ownDates(en, en.indexOf("raised"), spans(en, ["June 2023"])).map((h) => h.w)).toEqual([
      "June 2023",
    ]);
    // a clause that goes on with the fact before it keeps that fact's date
    const on = "Meta began building its lab in 2013, recruiting dozens of researchers.";
    expect(ownDates(on, on.indexOf("recruiting"), spans(on, ["2013"])).map((h) => h.w)).toEqual(["2013"]);
  });

  it("proposes a plan widened now as news although the plan was first shown months ago", () => {
    const text =
      "Alibaba werde sein im Februar vorgestelltes Vorhaben erweitern, über drei Jahre mehr als 53 Milliarden Dollar in KI-Modelle zu stecken.";
    expect(news(text, "2025-09-24")).toContain("investment alibaba");
    // negative: the old fact in its own clause stays background
    const old = "Alibaba hat im Februar 2024 mehr als 53 Milliarden Dollar in KI-Modelle gesteckt.";
    expect(news(old, "2025-09-24")).not.toContain("investment alibaba");
  });
});

describe("'other' facts: licences, losses, deals, plans", () => {
  it("reads the licence a model is published under as no licence payment", () => {
    expect(types("Beide Modelle wurden unter Apache-2.0-Lizenz veröffentlicht.")).not.toContain("other");
    expect(types("The weights are released under an open-source licence.")).not.toContain("other");
    expect(types("The models ship under the MIT-licence.")).not.toContain("other");
    // negative: a licence bought or paid for is one
    expect(types("Google zahlt eine Lizenzgebühr für die Modelle.")).toContain("other");
    expect(types("Microsoft will license the startup's models for $620 million.")).toContain("other");
  });

  it("reads a loss stated as a figure or as booked", () => {
    expect(types("OpenAI: 12 Milliarden Verlust in einem Quartal")).toContain("other");
    expect(types("OpenAI schreibt gewaltige Verluste.")).toContain("other");
    expect(types("Nvidia rechnet mit Einbußen in Milliardenhöhe.")).toContain("other");
    expect(types("The company reported a quarterly loss of $5 billion.")).toContain("other");
    expect(types("Nvidia posted a $5.5 billion loss on the chips.")).toContain("other");
    // negative: jobs lost are a layoff, a share price lost is a stock move
    expect(types("The company reported the loss of 200 jobs.")).not.toContain("other");
    expect(types("Die Aktie verlor 5 Prozent.")).not.toContain("other");
  });

  it("reads a deal that lands between two rounds as no collapse", () => {
    expect(types("Der Deal platzt wohl zwischen zwei Finanzierungsrunden der Konkurrenz.")).not.toContain(
      "other",
    );
    expect(types("Der Deal mit Windsurf ist geplatzt.")).toContain("other");
  });

  it("proposes nothing a lab only considers", () => {
    expect(news("Bei Meta wird über Umstrukturierungen in der KI-Gruppe nachgedacht.")).toEqual([]);
    expect(news("Meta is weighing a restructuring of its AI group.")).toEqual([]);
    // negative: the reorganisation done is news
    expect(news("Meta kündigte eine Umstrukturierung seiner KI-Gruppe an.")).toContain("other meta");
    expect(news("Meta announced a restructuring of its AI group.")).toContain("other meta");
  });
});

describe("one event per fact", () => {
  it("reads the reorganisation that job cuts are part of as those cuts", () => {
    const en = news(
      "xAI laid off 500 data annotators on Friday. The reorganization of the annotation team follows a leadership shake-up.",
    );
    expect(en).toContain("layoff xai");
    expect(en).not.toContain("other xai");
    const de = news(
      "xAI hat 500 Mitarbeiter entlassen. Die Umstrukturierung von xAI umfasste Tests der Mitarbeiter.",
    );
    expect(de).toContain("layoff xai");
    expect(de).not.toContain("other xai");
    // negative: a reorganisation without job cuts is its own event
    expect(news("Die Umstrukturierung von xAI umfasste Tests der Mitarbeiter.")).toContain("other xai");
    expect(news("xAI announced a reorganization of its annotation team.")).toContain("other xai");
  });
});

describe("words that look like cues but are not facts", () => {
  it("reads 'what's left of the company' as no departure", () => {
    expect(types("The CEO will try to salvage what's left of the company.", false)).not.toContain(
      "departure",
    );
    expect(types("Only the CEO was left behind.", false)).not.toContain("departure");
    // negative: a chief who left is one
    expect(types("The chief scientist left the company last week.", false)).toContain("departure");
    expect(types("Die Chefin hat das Unternehmen verlassen.", false)).toContain("departure");
  });

  it("proposes nothing for what a doubt is about", () => {
    expect(news("Analysts raise questions about OpenAI's spending on data centres.")).not.toContain(
      "investment openai",
    );
    expect(news("Anleger haben Zweifel an der Übernahme von Windsurf durch OpenAI.")).not.toContain(
      "acquisition openai",
    );
    // negative: the spending itself is news
    expect(news("OpenAI raised $6.6 billion in a funding round.")).toContain("investment openai");
    expect(news("OpenAI übernimmt das Start-up Windsurf.")).toContain("acquisition openai");
  });
});

describe("share prices of several labs in one sentence", () => {
  const stock = (text: string) =>
    news(text, "2025-01-27")
      .filter((e) => e.startsWith("stock_move"))
      .sort();

  it("proposes one stock move per lab that has its own move word", () => {
    expect(
      stock(
        "Die Sorge sorgte für einen Abverkauf: Nvidia schloss mit 17 Prozent im Minus und Microsoft gab um zwei Prozent nach.",
      ),
    ).toEqual(["stock_move microsoft", "stock_move nvidia"]);
    expect(stock("Nvidia shares fell 17% on Monday, while Microsoft dropped 2%.")).toEqual([
      "stock_move microsoft",
      "stock_move nvidia",
    ]);
  });

  it("does not give a move to a lab named only as its cause", () => {
    expect(stock("Nvidia shares fell 17% on Monday after DeepSeek released a cheap model.")).toEqual([
      "stock_move nvidia",
    ]);
    expect(
      stock(
        "Die Nvidia-Aktie brach um 17 Prozent ein, nachdem DeepSeek ein günstiges Modell vorgestellt hatte.",
      ),
    ).toEqual(["stock_move nvidia"]);
  });
});

describe("a precedent named for comparison", () => {
  it("marks a deal told as 'a similar deal' as background", () => {
    expect(
      news("Microsoft investierte rund 650 Millionen US-Dollar in einen ähnlichen Deal mit Inflection."),
    ).not.toContain("investment microsoft");
    expect(news("Microsoft paid $650 million in a similar deal with Inflection AI.")).toEqual([]);
    // negative: the deal itself is news
    expect(news("Microsoft investierte rund 650 Millionen US-Dollar in Inflection.")).toContain(
      "investment microsoft",
    );
  });
});

describe("facts the article itself calls old, and questions", () => {
  const background = (text: string, articleDate?: string) =>
    run(text, articleDate)
      .events.filter((e) => e.background)
      .map((e) => `${e.type} ${e.lab}`);

  it("marks what the outlet already reported as background", () => {
    const de =
      "Im Mai ist der Gründer von Stability AI von seinem Posten als CEO zurückgetreten (wir berichteten).";
    expect(background(de)).toContain("departure stability-ai");
    const en = "As we reported earlier, the founder of Stability AI stepped down as CEO in May.";
    expect(background(en)).toContain("departure stability-ai");
    // negative: the same fact without the marker is news
    expect(news("Der Gründer von Stability AI ist von seinem Posten als CEO zurückgetreten.")).toContain(
      "departure stability-ai",
    );
  });

  it("marks a delay told in an old report ('had said that … would be delayed') as background", () => {
    expect(background("In April, Altman had said that GPT-5 would be delayed.")).toContain("delay openai");
    expect(background("Im April hatte Altman gesagt, dass sich GPT-5 verzögern werde.")).toContain(
      "delay openai",
    );
    // negative: a delay against an old plan is news
    expect(news("OpenAI had planned to ship GPT-5 in May, but delayed it to August.")).toContain(
      "delay openai",
    );
  });

  it("proposes nothing from a question", () => {
    expect(news("GPT-5 delayed again?")).toEqual([]);
    expect(news("Verschiebt OpenAI GPT-5 erneut?")).toEqual([]);
    expect(news("OpenAI hat GPT-5 erneut verschoben.")).toContain("delay openai");
  });
});

describe("technical words that share a cue's spelling", () => {
  it("reads 'early fusion' and 'text rewriting' as features, a Fusion and a rewrite of the code as events", () => {
    expect(types("The models handle text and images with an early fusion technique.")).not.toContain(
      "acquisition",
    );
    expect(types("Its features include text rewriting and image generation.")).not.toContain(
      "architecture_problem",
    );
    // negative: a merger and a rewritten code base are events
    expect(types("Die Fusion der beiden Konzerne wurde genehmigt.")).toContain("acquisition");
    expect(types("The team had to rewrite the code base of the assistant.")).toContain(
      "architecture_problem",
    );
    expect(types("Die Codebasis musste verworfen und neu programmiert werden.")).toContain(
      "architecture_problem",
    );
  });

  it("reads what a remark is about as no fact: 'Bezüglich Verzögerungs-Dauer', 'regarding the delay'", () => {
    expect(
      news("Bezüglich Verzögerungs-Dauer kommentierte Nvidia, die Produktion werde hochgefahren."),
    ).toEqual([]);
    expect(news("Regarding the delay, Nvidia said production would ramp up in the second half.")).toEqual([]);
    // negative: the delay stated is news
    expect(news("Nvidia delayed its Blackwell chips by three months.")).toContain("delay nvidia");
  });
});

describe("the lab of a person is no investor", () => {
  it("keeps a round with the lab whose chief comments on it", () => {
    const de = run(
      "Arthur Mensch, CEO von Mistral AI, lehnte eine Stellungnahme zur aktuellen Finanzierungsrunde ab.",
    );
    expect(de.events.map((e) => `${e.type} ${e.lab}`)).toContain("investment mistral-ai");
    // negative: a lab named after 'angeführt von' is the investor, not the raising lab
    const led = run(
      "Mistral AI sammelt in einer Finanzierungsrunde, angeführt von Nvidia, 600 Millionen Dollar ein.",
    );
    const round = led.events.find((e) => e.type === "investment");
    expect(round?.lab).toBe("mistral-ai");
    expect(round?.counterparty).toBe("nvidia");
  });
});

describe("the hardware a lab trains on", () => {
  it("gives a failed training run to the lab that trains, not to the chip it runs on", () => {
    const de = news(
      "Im Büro von DeepSeek konnte das Team keinen erfolgreichen Trainingslauf auf dem Ascend-Chip durchführen.",
    );
    expect(de).toContain("architecture_problem deepseek");
    expect(de).not.toContain("architecture_problem huawei");
    const en = news("At DeepSeek, two training runs on Huawei's Ascend chips failed.");
    expect(en).toContain("architecture_problem deepseek");
    expect(en).not.toContain("architecture_problem huawei");
  });

  it("still gives a flaw of a chip to its maker", () => {
    expect(news("Nvidia found a design flaw in the Blackwell chip.")).toContain(
      "architecture_problem nvidia",
    );
    expect(news("Beim Ascend-Chip von Huawei gibt es einen Konstruktionsfehler.")).toContain(
      "architecture_problem huawei",
    );
  });
});

describe("a product halted after a backlash", () => {
  it("is a controversy, German and English", () => {
    expect(
      news("Google pausiert nach Kritik vorerst die Personen-Generierung in Gemini.", "2024-02-23"),
    ).toContain("controversy google");
    expect(
      news("Google paused Gemini's image generation of people after a backlash over inaccurate images."),
    ).toContain("controversy google");
  });

  it("is no event without the backlash", () => {
    expect(news("Trading in the shares was halted for an hour.")).toEqual([]);
    expect(news("Google pausiert die Auslieferung von Gemini über die Feiertage.")).toEqual([]);
  });
});
