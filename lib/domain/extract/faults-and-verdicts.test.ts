import { describe, expect, it } from "vitest";
import { fieldsAsOf } from "@/tests/support/extract/proposals";

/**
 * Hardware faults, products found wanting, failed demos, false answers, features pulled after
 * complaints, leaked conversations and releases some devices will not get: found on the b39–b45
 * sets of real openings (stop 29). Sentences written for these tests.
 */
const read = fieldsAsOf("2025-03-10", ["type", "lab"]);

describe("hardware that crashes or is hard to make", () => {
  it("reads crashes, manufacturing faults and low yields as an architecture problem", () => {
    expect(read("AMDs neue Prozessoren sind offenbar von Abstürzen betroffen.", "de")).toEqual([
      ["architecture_problem", "amd"],
    ]);
    expect(read("Bei den ersten Chips von Nvidia gab es einen Fertigungsfehler.", "de")).toEqual([
      ["architecture_problem", "nvidia"],
    ]);
    expect(read("Intel is facing manufacturing setbacks with its new laptop chips.", "en")).toEqual([
      ["architecture_problem", "intel"],
    ]);
    expect(read("Samsung is having a hard time getting its 2nm process to work.", "en")).toEqual([
      ["architecture_problem", "samsung"],
    ]);
  });

  it("needs hardware: a share price that crashes or a firm's troubles are none (negative)", () => {
    expect(read("Intel's shares crashed 9% on Friday.", "en").map(([t]) => t)).not.toContain(
      "architecture_problem",
    );
    expect(read("Intel is facing production problems at its headquarters.", "en")).toEqual([]);
  });
});

describe("a product found wanting", () => {
  it("reads 'less useful than hoped', a test that disappoints and 'mostly unusable' as a weak product", () => {
    expect(
      read("Eine Studie zeigt, dass Googles Gemini deutlich weniger hilfreich ist als erwartet.", "de"),
    ).toEqual([["benchmark_underperformance", "google"]]);
    expect(read("Microsofts Copilot enttäuscht die Tester einer Behörde.", "de")).toEqual([
      ["benchmark_underperformance", "microsoft"],
    ]);
    expect(read("Engineers called Amazon's Alexa+ mostly unusable.", "en")).toEqual([
      ["benchmark_underperformance", "amazon"],
    ]);
  });

  it("reads a demo that failed on stage as a weak product", () => {
    expect(read("OpenAI's live demo of ChatGPT failed twice.", "en")).toEqual([
      ["benchmark_underperformance", "openai"],
    ]);
    expect(read("Bei der Vorführung von Metas neuer Brille ging einiges schief.", "de")).toEqual([
      ["benchmark_underperformance", "meta"],
    ]);
  });

  it("needs a product: people who disappoint, a demo that went well (negative)", () => {
    expect(read("Die Zahlen von Microsoft enttäuschen die Anleger.", "de").map(([t]) => t)).not.toContain(
      "benchmark_underperformance",
    );
    expect(read("Google's demo of Gemini went well.", "en")).toEqual([]);
  });
});

describe("users' conversations leaked", () => {
  it("reads leaked or indexed conversations and data given away as `other`", () => {
    expect(
      read("Anthropic's Claude leaked thousands of private conversations to a search engine.", "en"),
    ).toEqual([["other", "anthropic"]]);
    expect(
      read(
        "Geteilte Chats von Metas KI-App wurden von Suchmaschinen indexiert und waren für alle auffindbar.",
        "de",
      ),
    ).toEqual([["other", "meta"]]);
  });

  it("does not read a leaked memo, the press's source, as a leak (negative)", () => {
    expect(read("A leaked memo shows that OpenAI plans a new device.", "en")).toEqual([]);
  });
});

describe("a release some devices will not get, or not before a date", () => {
  it("reads it as a delay", () => {
    expect(read("The Galaxy S23 will not receive Gemini Nano support, Google said.", "en")).toEqual([
      ["delay", "google"],
    ]);
    expect(read("Apple Intelligence wird nicht auf das iPhone 14 kommen.", "de")).toEqual([
      ["delay", "apple"],
    ]);
    expect(read("Nvidia's Rubin chips will not be available in volume until late 2026.", "en")).toEqual([
      ["delay", "nvidia"],
    ]);
  });

  it("needs a product for a device left out (negative)", () => {
    expect(read("Google employees will not get a bonus update this year.", "en")).toEqual([]);
  });
});

describe("false answers and features pulled", () => {
  it("reads a chatbot's false answers as a weak product", () => {
    expect(read("Google's Gemini falsely claimed that the vote had been moved.", "en")).toEqual([
      ["benchmark_underperformance", "google"],
    ]);
    expect(read("Metas Chatbot erfindet Zahlen und Quellen.", "de")).toEqual([
      ["benchmark_underperformance", "meta"],
    ]);
  });

  it("reads a feature switched off or withdrawn after criticism as a controversy", () => {
    expect(read("Nach heftiger Kritik hat Google die Funktion wieder deaktiviert.", "de")).toEqual([
      ["controversy", "google"],
    ]);
    expect(read("Nach Protesten zog Microsoft das Werkzeug zurück.", "de")).toEqual([
      ["controversy", "microsoft"],
    ]);
  });

  it("reads German trouble making chips as an architecture problem", () => {
    expect(
      read("Samsung kämpft mit Schwierigkeiten bei der Herstellung seiner 3-Nanometer-Chips.", "de"),
    ).toEqual([["architecture_problem", "samsung"]]);
  });

  it("needs a product or a criticism (negative)", () => {
    expect(
      read("Die Firma zog sich aus dem Projekt von Microsoft zurück.", "de").map(([t]) => t),
    ).not.toContain("controversy");
    expect(
      read("Analysts falsely claimed that Nvidia would miss its targets.", "en").map(([t]) => t),
    ).not.toContain("benchmark_underperformance");
  });
});
