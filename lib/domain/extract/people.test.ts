import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract";
import { personIn, titledSurnames } from "./people";
import { seedContext } from "@/tests/support/extract/seed-context";

const departures = (text: string) =>
  extractFromText(text, seedContext({ articleDate: "2025-10-02" })).events.filter(
    (e) => e.type === "departure" && !e.background,
  );

describe("who leaves", () => {
  it("finds the surnames of people named with a title, before or after the name", () => {
    const names = titledSurnames(
      "Aleph-Alpha-Gründer Jonas Andrulis tritt zurück. Chief Operating Officer Carsten Dirks geht. Mira Murati, OpenAI's chief technology officer, left.",
    );
    expect([...names].sort()).toEqual(["Andrulis", "Dirks", "Murati"]);
    // negative: capitalised nouns and a lab's name are no people
    expect([...titledSurnames("Die Umstrukturierung der Führungsebene bei Aleph Alpha läuft.")]).toEqual([]);
  });

  it("names one person per sentence, none when the sentence groups several", () => {
    const names = new Set(["Suleyman", "Simonyan"]);
    expect(personIn("Suleyman will head the new division.", names)).toBe("Suleyman");
    expect(personIn("Suleyman and Simonyan will go to Microsoft.", names)).toBeNull();
    expect(personIn("The team will follow.", names)).toBeNull();
  });

  // One departure per person who leaves, unless the text tells one exit twice or groups people.
  it.each([
    [
      "two people leaving one lab (de)",
      "CEO Jonas Andrulis tritt bei Aleph Alpha zurück. Andrulis verlässt das Unternehmen. Chief Operating Officer Carsten Dirks kehrt Aleph Alpha den Rücken.",
      2,
    ],
    [
      "two people leaving one lab (en)",
      "OpenAI's chief research officer Bob McGrew is leaving OpenAI. McGrew steps down after eight years. Vice president Barret Zoph also left OpenAI.",
      2,
    ],
    [
      "one person's exit told twice",
      "CEO Jonas Andrulis tritt bei Aleph Alpha zurück. Andrulis verlässt Aleph Alpha nach sieben Jahren.",
      1,
    ],
    [
      "people the text groups",
      "Co-founders Mustafa Suleyman and Karén Simonyan are leaving Inflection AI. Suleyman and Simonyan left Inflection AI on Tuesday.",
      1,
    ],
  ])("%s", (_name, text, count) => {
    expect(departures(text)).toHaveLength(count);
  });
});

describe("two co-founders leaving in two sentences (stop 27, b18 real openings)", () => {
  it("stays two departures when each is named with a title after the name or leaves in the perfect", () => {
    const found = departures(
      "Tony Wu hat xAI am Dienstag verlassen. Auch Jimmy Ba, Mitgründer von xAI, hat das Unternehmen verlassen.",
    );
    expect(found.map((e) => e.lab)).toEqual(["xai", "xai"]);
    const english = departures(
      "Tony Wu left xAI on Tuesday. Jimmy Ba, another co-founder, has also left xAI.",
    );
    expect(english.map((e) => e.lab)).toEqual(["xai", "xai"]);
  });

  it("reads the one named after 'Nach' as the one before, not a second leaver in the sentence", () => {
    const found = departures(
      "Jimmy Ba, ein Mitgründer von xAI, hat das Unternehmen verlassen. Nach Igor Babuschkin hat nun auch Tony Wu, ein weiterer Mitgründer von xAI, seinen Rücktritt erklärt.",
    );
    expect(found.map((e) => e.lab)).toEqual(["xai", "xai"]);
  });
});
