import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract";
import { seedContext } from "@/tests/support/extract/seed-context";

/** A cue in a clause that only supposes, threatens or sets a condition states no fact. Invented sentences. */
const news = (text: string) =>
  extractFromText(text, seedContext({ articleDate: "2025-06-12" }))
    .events.filter((e) => !e.background)
    .map((e) => `${e.type} ${e.lab}`);

/** Each sentence proposes no event as news. */
const noNews = (sentences: string[]) =>
  it.each(sentences)("%s", (text) => {
    expect(news(text)).toEqual([]);
  });

describe("speculation, threats and conditions are no events", () => {
  noNews([
    "Analysts say Mistral AI could cut hundreds of jobs later this year.",
    "Mistral AI is on the brink of insolvency, one investor warned.",
    "If the talks fail, OpenAI might postpone the launch again.",
    "Mistral AI könnte nach Einschätzung von Analysten bis zu 300 Stellen streichen.",
    "Dem Start-up Mistral AI droht nach Angaben von Gläubigern die Insolvenz.",
    "Falls die Gespräche scheitern, verschiebt OpenAI den Start erneut.",
  ]);
});

describe("the same cues stated as facts stay events", () => {
  it.each([
    ["Mistral AI cut 300 jobs on Tuesday, the company said.", "layoff mistral-ai"],
    ["Mistral AI hat am Dienstag Insolvenz angemeldet.", "other mistral-ai"],
    ["Mistral AI could not pay its creditors and filed for insolvency on Monday.", "other mistral-ai"],
    ["OpenAI verschiebt den Start seines neuen Modells auf den Herbst.", "delay openai"],
  ])("%s", (text, event) => {
    expect(news(text)).toContain(event);
  });
});

describe("a failed deal is the buyer's other setback, not an acquisition", () => {
  it.each([
    "OpenAI's planned acquisition of the coding startup Mistral AI collapsed on Friday.",
    "OpenAI ist mit der Übernahme des Start-ups Mistral AI gescheitert.",
  ])("%s", (text) => {
    const events = news(text);
    expect(events).toContain("other openai");
    expect(events.filter((e) => e.startsWith("acquisition"))).toEqual([]);
  });

  it.each([
    "OpenAI agreed to acquire the startup Mistral AI for $3 billion.",
    "OpenAI übernimmt das Start-up Mistral AI für drei Milliarden Dollar.",
  ])("a deal done stays an acquisition: %s", (text) => {
    expect(news(text)).toContain("acquisition openai");
  });
});

describe("a fact left unsaid or only asked about is no news (background at most)", () => {
  noNews([
    "OpenAI did not say whether it would delay the new model.",
    "OpenAI did not confirm that the launch would be postponed.",
    "Mistral AI wollte einen Stellenabbau auf Anfrage nicht bestätigen.",
    "Unklar ist, warum OpenAI den Start verschoben hat.",
  ]);

  it("a fact said plainly next to a refusal to comment stays", () => {
    expect(news("Mistral AI cut 120 jobs on Monday; the company declined to comment.")).toContain(
      "layoff mistral-ai",
    );
  });
});

describe("a sentence opened by a condition, and fines that are only possible (stop 28, real openings b24, b27)", () => {
  noNews([
    "Sollte OpenAI sich nicht rechtzeitig umstrukturieren, darf Softbank ihre Zweitinvestition auf 10 Mrd. Dollar kürzen.",
    "If the deal fails, Nvidia would have to pay a $1 billion fee.",
    "Laut DSGVO sind für OpenAI Geldstrafen von bis zu vier Prozent des weltweiten Jahresumsatzes möglich.",
  ]);

  it("still reads a fact told after the clause the condition governs", () => {
    const text =
      "If the deal goes through, it would value xAI at $40bn, after a round in which xAI raised $6 billion in May 2024.";
    expect(
      extractFromText(text, seedContext({ articleDate: "2025-06-12" })).events.map(
        (e) => `${e.type} ${e.lab}`,
      ),
    ).toEqual(["investment xai"]);
  });
});
