import { describe, expect, it } from "vitest";
import { fieldsAsOf, proposalsFor } from "@/tests/support/extract/proposals";

/**
 * Reorganisations and dismissals in the words of real news (stop 27: the b18 set of real openings,
 * where "overhaul of AI efforts", "stellt … neu auf", "zusammengelegt" and a dismissed employee
 * gave nothing, and "merging it into a broader organisation" was an acquisition). Sentences
 * written for these tests.
 */
describe("a reorganisation in other words", () => {
  const read = fieldsAsOf("2025-08-20", ["type", "lab"]);

  it("reads overhauls, splits, merges of a company's own units and moved resources as its `other`", () => {
    expect(read("Meta is planning another overhaul of its artificial intelligence efforts.", "en")).toEqual([
      ["other", "meta"],
    ]);
    expect(read("Amazon is merging its AGI team into a broader organisation.", "en")).toEqual([
      ["other", "amazon"],
    ]);
    expect(read("Google will divide its AI unit into three groups.", "en")).toEqual([["other", "google"]]);
    expect(read("Meta has reallocated resources away from long-term research.", "en")).toEqual([
      ["other", "meta"],
    ]);
    expect(read("Google stellt seine KI-Sparte neu auf.", "de")).toEqual([["other", "google"]]);
    expect(read("Microsoft legt seine beiden KI-Teams zusammen.", "de")).toEqual([["other", "microsoft"]]);
    expect(read("Bei Google werden die Teams unter dem Dach von Deepmind zusammengelegt.", "de")).toEqual([
      ["other", "google"],
    ]);
    expect(read("Google hat einen personellen Wechsel an der Spitze von Gemini angekündigt.", "de")).toEqual([
      ["other", "google"],
    ]);
  });

  it("still reads two companies merged as an acquisition", () => {
    expect(read("xAI merged X with xAI in a share deal.", "en").map(([type]) => type)).toEqual([
      "acquisition",
    ]);
  });

  it("gives the reorganisation to the company, not the rival it wants to keep up with", () => {
    expect(
      read(
        "Google baut seine KI-Forschung um. Dazu werden Teams zusammengelegt, um den Anschluss an OpenAI nicht zu verlieren.",
        "de",
      ),
    ).toEqual([["other", "google"]]);
    expect(read("Apple is merging its AI teams into one group to keep up with OpenAI.", "en")).toEqual([
      ["other", "apple"],
    ]);
  });
});

describe("a reorganisation told as part of a recalled fact", () => {
  it("is background when its sentence goes on from one that recalls the past ('Dazu …')", () => {
    const found = proposalsFor(
      "Apple hat in der Vergangenheit viel Geld in die eigene KI gesteckt. Dazu wurden auch zwei große Teams zusammengelegt.",
      { lang: "de", articleDate: "2025-08-20", background: true },
    ).filter((e) => e.type === "other");
    expect(found.map((e) => [e.lab, e.background === true])).toEqual([["apple", true]]);
  });

  it("stays news when it says it is of now", () => {
    const found = proposalsFor(
      "Apple hat in der Vergangenheit viel Geld in die eigene KI gesteckt. Dazu werden jetzt zwei große Teams zusammengelegt.",
      { lang: "de", articleDate: "2025-08-20", background: true },
    ).filter((e) => e.type === "other");
    expect(found.map((e) => [e.lab, e.background === true])).toEqual([["apple", false]]);
  });
});

describe("one of the staff dismissed", () => {
  const read = fieldsAsOf("2025-04-08", ["type", "lab", "reportedBy"]);

  it("is a departure of the employer, not a cut of jobs", () => {
    expect(
      read(
        "Nun wurde die Microsoft-Mitarbeiterin wegen Fehlverhaltens gekündigt, wie The Verge erfahren hat.",
        "de",
      ),
    ).toEqual([["departure", "microsoft", "The Verge"]]);
    expect(read("Microsoft hat den Vertrag mit dem Dienstleister gekündigt.", "de")).toEqual([]);
  });
});

describe("what a departure followed", () => {
  it("is background: 'Sein Abschied folgte auf mehrere Kontroversen', 'followed several controversies'", () => {
    const stirs = (text: string, lang: "de" | "en") =>
      proposalsFor(text, { lang, articleDate: "2026-02-11", background: true })
        .filter((e) => e.type === "controversy")
        .map((e) => e.background === true);
    expect(
      stirs(
        "Tony Wu hat xAI verlassen. Sein Abschied folgte auf mehrere Kontroversen um den Chatbot Grok.",
        "de",
      ),
    ).toEqual([true]);
    expect(
      stirs("Tony Wu left xAI. His exit followed several controversies over the Grok chatbot.", "en"),
    ).toEqual([true]);
  });
});

describe("a hiring freeze told with attrition (stop 27, b17 real openings)", () => {
  const read = fieldsAsOf("2023-05-02", ["type", "lab"]);

  it("reads hiring put off as no release delayed and attrition as no one leaving", () => {
    expect(read("Bei IBM werden Einstellungen im Back-Office ausgesetzt oder verzögert.", "de")).toEqual([
      ["other", "ibm"],
    ]);
    // jobs not refilled are cut; no one is said to leave
    expect(read("IBM werde zudem durch Fluktuation frei werdende Stellen nicht neu besetzen.", "de")).toEqual(
      [["layoff", "ibm"]],
    );
  });
});

describe("a fact another outlet reported earlier (stop 27, b18 real openings)", () => {
  it("is background: '…, Reuters reported earlier this month'", () => {
    const found = proposalsFor(
      "Meta is in talks to raise $29 billion for its data centres, Reuters reported earlier this month.",
      { lang: "en", articleDate: "2025-08-17", background: true },
    );
    expect(found.map((e) => [e.type, e.lab, e.background === true])).toEqual([["investment", "meta", true]]);
  });
});

describe("a delay the sentence takes as known", () => {
  it("is background in an apposition ('…, already delayed to market, are …'), news when told", () => {
    const read = (text: string) =>
      proposalsFor(text, { lang: "en", articleDate: "2024-11-18", background: true })
        .filter((e) => e.type === "delay")
        .map((e) => e.background === true);
    expect(
      read("Nvidia's Blackwell GPUs, already delayed to market, are reportedly overheating in servers."),
    ).toEqual([true]);
    expect(read("Nvidia has delayed its Blackwell GPUs by three months.")).toEqual([false]);
  });
});
