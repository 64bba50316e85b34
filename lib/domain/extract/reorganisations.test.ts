import { describe, expect, it } from "vitest";
import { fieldsAsOf } from "@/tests/support/extract/proposals";

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
