import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("returns exact slices of the text, one paragraph per line", () => {
    const text =
      "Überschrift ohne Punkt\nMeta verschiebt das Modell. Der Kurs fiel um 2,2 Prozent.\n\nNoch ein Absatz!";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      "Überschrift ohne Punkt",
      "Meta verschiebt das Modell.",
      "Der Kurs fiel um 2,2 Prozent.",
      "Noch ein Absatz!",
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it("does not split after abbreviations, ordinals or inside numbers", () => {
    const text =
      "Meta plant 1,5 Mrd. Dollar ein. Am 15. Mai 2025 kam der Bericht. The U.S. market fell 2.5% on Friday. Er sagte, ca. 40 Prozent.";
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      "Meta plant 1,5 Mrd. Dollar ein.",
      "Am 15. Mai 2025 kam der Bericht.",
      "The U.S. market fell 2.5% on Friday.",
      "Er sagte, ca. 40 Prozent.",
    ]);
  });

  it("keeps closing quotes with their sentence and starts anew at an opening quote", () => {
    const text = "„Das ist teuer“, sagt er. „Sie befürchten es.“ Danach fiel die Aktie.";
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      "„Das ist teuer“, sagt er.",
      "„Sie befürchten es.“",
      "Danach fiel die Aktie.",
    ]);
  });

  it("goes on across a line cut inside a sentence of a paragraph, not after a heading", () => {
    // copied pages break lines at links: the line holds a full stop, then a sentence cut off
    const text =
      "Google verschiebt Gemini\nEigentlich wollte Google Gemini vorstellen. Jetzt ist gemäss\n'The Information' etwas dazwischengekommen. Der Konzern schweigt.\nDen Anschluss nicht verlieren\nDie Verzögerung zeigt es. Mehr dazu am 15. Mai\n\nNeuer Absatz.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      "Google verschiebt Gemini",
      "Eigentlich wollte Google Gemini vorstellen.",
      "Jetzt ist gemäss\n'The Information' etwas dazwischengekommen.",
      "Der Konzern schweigt.",
      "Den Anschluss nicht verlieren",
      "Die Verzögerung zeigt es.",
      "Mehr dazu am 15. Mai",
      "Neuer Absatz.",
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1, 1, 2, 3, 3, 4]);
  });

  it("splits at a full stop glued to the next sentence, not inside names or abbreviations", () => {
    const text =
      "Samsung plans a workforce reduction.Citing an unnamed source, Bloomberg said so. Node.js and OpenAI.com stay.";
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      "Samsung plans a workforce reduction.",
      "Citing an unnamed source, Bloomberg said so.",
      "Node.js and OpenAI.com stay.",
    ]);
  });

  it("starts a sentence at a name written with a small letter first ('xAI', 'iPhone')", () => {
    const text =
      "Meta hat eine Brille vorgestellt. xAI verbrennt Geld. Die Zahl stieg um 3 Prozent. z.B. mehr.";
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      "Meta hat eine Brille vorgestellt.",
      "xAI verbrennt Geld.",
      "Die Zahl stieg um 3 Prozent. z.B. mehr.",
    ]);
  });
});
