import { describe, expect, it } from "vitest";
import { fieldsAsOf, proposalsFor } from "@/tests/support/extract/proposals";

/**
 * Words that look like events but are idioms, denials or bystanders, and credits real news gives
 * in other words: found on the b39–b42 sets of real openings (stop 29). Sentences written for
 * these tests.
 */
const read = fieldsAsOf("2025-03-10", ["type", "lab"]);
const credit = fieldsAsOf("2025-03-10", ["type", "reportedBy"]);

describe("idioms and denials", () => {
  it("does not read 'a departure from' a way of doing things as someone leaving", () => {
    expect(read("The launch marks a departure from Google's usual release strategy.", "en")).toEqual([]);
    expect(read("In a departure from the norm, Meta will ship the glasses first.", "en")).toEqual([]);
    // negative: leaving a company is still a departure
    expect(read("His departure from OpenAI surprised investors.", "en")).toEqual([["departure", "openai"]]);
  });

  it("does not take the company a product is based on for its maker", () => {
    expect(read("Qualcomm's ARM-based laptop chip has been delayed.", "en")).toEqual([["delay", "qualcomm"]]);
  });

  it("does not read a denied delay as a delay", () => {
    expect(read("Nvidia said its Blackwell chips are not facing any production delays.", "en")).toEqual([]);
    // negative: a delay stated is read
    expect(read("Nvidia said its Blackwell chips are facing production delays.", "en")).toEqual([
      ["delay", "nvidia"],
    ]);
  });

  it("does not read 'fired up', 'pushed back hard against' or 'less controversy' as events", () => {
    expect(read("DeepSeek's rise fired up interest in Moonshot AI.", "en")).toEqual([]);
    expect(read("Artists pushed back hard against Midjourney's new model.", "en")).toEqual([]);
    expect(read("Zhipu AI attracts less controversy than DeepSeek.", "en")).toEqual([]);
    // negative: someone fired leaves, a launch pushed back is a delay
    expect(read("OpenAI fired its chief executive Sam Altman.", "en")).toEqual([["departure", "openai"]]);
  });

  it("does not end a sentence at 'Mill.'", () => {
    expect(
      fieldsAsOf("2025-03-10", ["type", "lab", "amountUsd"])(
        "Mistral AI hat rund 100 Mill. Dollar eingesammelt, unter anderem vom US-Investor Coatue.",
        "de",
      ),
    ).toEqual([["investment", "mistral-ai", 1e8]]);
  });

  it("does not take 'An AI' for a new company", () => {
    expect(read("An AI researcher has quit one of the leading chatbot makers.", "en")).toEqual([]);
  });
});

describe("companies and posts taken over", () => {
  it("does not read a task taken over as a company bought", () => {
    expect(read("TBD Lab übernimmt die Entwicklung großer KI-Modelle bei Meta.", "de")).toEqual([]);
    // negative: a company taken over for a price is bought
    expect(read("Nvidia übernimmt Run:ai für 700 Millionen Dollar.", "de")).toEqual([
      ["acquisition", "nvidia"],
    ]);
  });

  it("reads teams merged inside a company as a reorganisation, with another company as a purchase", () => {
    expect(read("Microsoft merged its Bing team with its Windows division.", "en")).toEqual([
      ["other", "microsoft"],
    ]);
    expect(read("Nvidia has merged its robotics unit with Mistral AI, the companies said.", "en")).toEqual([
      ["acquisition", "nvidia"],
    ]);
  });

  it("reads someone replaced in a post as leaving it", () => {
    expect(read("Sie löst den bisherigen Chef Tom Weber bei SAP ab.", "de")).toEqual([["departure", "sap"]]);
    // negative: a product replacing another is no one leaving
    expect(read("Gemini löst den Google Assistant auf Android-Geräten ab.", "de")).toEqual([]);
  });
});

describe("an earlier case set beside the news", () => {
  it("reads 'Bereits die Einführung … verzögerte sich' as background", () => {
    const told = (text: string) =>
      proposalsFor(text, { lang: "de", articleDate: "2025-03-10", background: true }).map(
        (e) => `${e.type} ${e.background}`,
      );
    expect(told("Bereits die Einführung von AMDs MI300 verzögerte sich.")).toEqual(["delay true"]);
    // negative: a plan told with "bereits" stays news
    expect(told("Bereits die erste Version von AMDs MI400 soll sich verzögern.")).not.toContain("delay true");
  });
});

describe("people poached", () => {
  it("leave the company they are poached from, which hires no one", () => {
    expect(read("Tencent has seen rivals poach senior engineers from its Hunyuan team.", "en")).toEqual([
      ["departure", "tencent"],
    ]);
    // negative: a named company that poaches hires
    expect(read("Meta poached senior engineers from OpenAI.", "en")).toEqual([
      ["departure", "openai"],
      ["hiring", "meta"],
    ]);
  });
});

describe("credits in other words", () => {
  it("credits 'wie Techcrunch zuerst berichtete' and a source in brackets", () => {
    expect(
      credit("Wie Techcrunch zuerst berichtete, streicht Meta 600 Stellen in der KI-Sparte.", "de"),
    ).toEqual([["layoff", "TechCrunch"]]);
    expect(credit("Microsoft streicht 600 Stellen in der KI-Sparte (Quelle: The Register).", "de")).toEqual([
      ["layoff", "The Register"],
    ]);
  });

  it("credits the outlet unnamed sources spoke to, not the company", () => {
    expect(
      credit("Apple will delay its AI features to October, people close to Apple told Bloomberg.", "en"),
    ).toEqual([["delay", "Bloomberg"]]);
    // negative: the company's spokesperson speaking is the company's statement
    expect(
      credit("Apple will delay its AI features to October, an Apple spokesperson told CNBC.", "en"),
    ).toEqual([["delay", "Apple"]]);
  });

  it("does not credit a company that did not answer", () => {
    expect(
      credit(
        "Alibaba is cutting 500 jobs at its cloud unit. An Alibaba spokesperson didn't immediately respond to a request for comment.",
        "en",
      ),
    ).toEqual([["layoff", null]]);
  });
});

describe("more from the b45-b46 openings", () => {
  it("credits no provision of a law", () => {
    expect(
      credit("Laut Paragraf 19a GWB muss Google die Suche ändern, entschied das Amt.", "de"),
    ).not.toContainEqual([expect.anything(), "Paragraf"]);
    expect(
      credit(
        "OpenAI habe gemäß Artikel 5 der DSGVO gegen den Datenschutz verstoßen und muss 15 Millionen Euro Strafe zahlen.",
        "de",
      ).map(([, by]) => by),
    ).not.toContain("Artikel");
  });

  it("reads 'Mitarbeitende' as staff who leave or are hired", () => {
    expect(read("Das Start-up Anthropic verliert drei Mitarbeitende an Google.", "de")).toEqual([
      ["departure", "anthropic"],
    ]);
    expect(read("Mistral AI stellt 40 neue Mitarbeitende ein.", "de")).toEqual([["hiring", "mistral-ai"]]);
  });

  it("does not read a ballot's deadline as a release missed", () => {
    expect(
      read("Google's Gemini wrongly said the candidate missed the ballot deadline.", "en").map(([t]) => t),
    ).not.toContain("delay");
    // negative: a model's deadline missed is a delay
    expect(read("OpenAI missed the deadline for GPT-5.", "en")).toEqual([["delay", "openai"]]);
  });
});

describe("from the b48 openings", () => {
  it("credits unnamed people 'with direct knowledge' and no branch of law", () => {
    expect(
      credit("Cognition is raising $500 million, according to two people with direct knowledge.", "en"),
    ).toEqual([["investment", "two people with direct knowledge"]]);
    expect(
      credit(
        "Perplexity habe gemäß dem Urheberrecht keine Erlaubnis gehabt und muss 10 Millionen Dollar zahlen.",
        "de",
      ).map(([, by]) => by),
    ).not.toContain("Urheberrecht");
  });

  it("reads a past perfect 'By Monday' as of the article's days, not background", () => {
    const told = (text: string) =>
      proposalsFor(text, { lang: "en", articleDate: "2025-07-15", background: true }).map(
        (e) => e.background === true,
      );
    expect(told("By Monday, Cognition Labs had acquired Windsurf.")).toEqual([false]);
    // negative: an earlier year still makes it background
    expect(told("In 2023, Cognition Labs had acquired Windsurf.")).toEqual([true]);
  });
});

describe("company names that are everyday words or end in 'Dynamics'", () => {
  it("reads an everyday word as the company when a company's deed follows", () => {
    expect(read("Perplexity is raising $500 million.", "en")).toEqual([["investment", "perplexity-ai"]]);
    expect(read("Perplexity sammelt 500 Millionen Dollar ein.", "de")).toEqual([
      ["investment", "perplexity-ai"],
    ]);
    // negative: the everyday word stays a word
    expect(read("The perplexity of users rose after the update.", "en")).toEqual([]);
  });

  it("reads a name ending in 'Dynamics' as a new company", () => {
    expect(
      fieldsAsOf("2025-03-10", ["type", "labName"])("Boston Dynamics has laid off 45 employees.", "en"),
    ).toEqual([["layoff", "Boston Dynamics"]]);
  });
});

describe("'in den vergangenen Monaten' before a deal", () => {
  it("is a period up to the news, not a past deal", () => {
    const told = (text: string) =>
      proposalsFor(text, { lang: "de", articleDate: "2025-10-15", background: true }).map(
        (e) => `${e.type} ${e.background === true}`,
      );
    expect(
      told("SAP hat in den vergangenen Monaten die Übernahme des Start-ups Aleph Alpha verhandelt."),
    ).toEqual(["acquisition false"]);
    // negative: a past deal named so is background
    expect(told("Die vergangene Übernahme von Aleph Alpha durch SAP scheiterte.")).toContain(
      "acquisition true",
    );
  });
});
