import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract";
import { seedContext } from "@/tests/support/extract/seed-context";

/**
 * A habit or a known fact recalls earlier cases; a fact a few days before the article is news.
 * Sentences invented for these tests in the style of news.
 */
const run = (text: string, articleDate = "2025-06-12") =>
  extractFromText(text, seedContext({ articleDate })).events.map(
    (e) => `${e.background ? "background" : "news"} ${e.type} ${e.lab}`,
  );

describe("habits and known facts are background", () => {
  it.each([
    "It is not the first time Mistral AI has postponed a launch.",
    "Wie bekannt ist, hat OpenAI die Veröffentlichung bereits verschoben.",
    "Es ist nicht das erste Mal, dass OpenAI einen Start verschiebt.",
    "As you may know, several researchers have left OpenAI for rivals.",
    "OpenAI has repeatedly pushed back the release of its video model.",
    "Mistral AI geriet in den vergangenen Monaten immer wieder in die Kritik.",
    "OpenAI's previous acquisition attempts of smaller labs ended in court.",
    "Später wurde bekannt, dass OpenAI 200 Stellen gestrichen hat.",
  ])("%s", (text) => {
    const events = run(text);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.startsWith("background"))).toBe(true);
  });

  it("the sentence after a habit gives the earlier cases", () => {
    const events = run(
      "OpenAI has a long history of missing its own deadlines. There were delays to the voice mode and to the video model.",
    );
    expect(events).toContain("background delay openai");
    expect(events).not.toContain("news delay openai");
  });

  it("Den Satz nach der Gewohnheit, der 'jetzt' sagt, bleibt Nachricht", () => {
    const events = run(
      "OpenAI hat schon mehrfach Termine verschoben. Jetzt verzögert sich auch das neue Sprachmodell.",
    );
    expect(events).toContain("news delay openai");
  });

  it("a plain report of a delay stays news", () => {
    expect(run("OpenAI has delayed the launch of its new model to the autumn.")).toContain(
      "news delay openai",
    );
  });
});

/** three lead sentences without a fact, so the last sentence is judged on its own date */
const afterLead = (sentence: string) =>
  [
    "Mistral AI opens an office in Munich.",
    "The new site will house sales staff.",
    "The company plans to open more offices in Europe.",
    sentence,
  ].join(" ");

describe("a fact of last week is news even in the month before", () => {
  it("English", () => {
    expect(run(afterLead("Mistral AI laid off 40 employees last week."), "2025-06-01")).toContain(
      "news layoff mistral-ai",
    );
  });
  it("German", () => {
    expect(run(afterLead("Mistral AI hat vergangene Woche 40 Stellen gestrichen."), "2025-06-01")).toContain(
      "news layoff mistral-ai",
    );
  });
  it("a fact two months before, after the lead, stays background", () => {
    expect(run(afterLead("Mistral AI laid off 40 employees in early April."), "2025-06-20")).toContain(
      "background layoff mistral-ai",
    );
  });
});

describe("reported speech shifts the tense back without making the fact old", () => {
  it("news told in the past perfect after 'said'", () => {
    expect(run("The privacy watchdog said on Tuesday it had blocked the Mistral AI chatbot.")).toContain(
      "news other mistral-ai",
    );
  });
  it("the past perfect without a report stays background", () => {
    expect(run("The privacy watchdog had blocked the Mistral AI chatbot.")).toContain(
      "background other mistral-ai",
    );
  });
});
