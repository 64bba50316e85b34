import { describe, expect, it } from "vitest";
import { findCues } from "./cues";
import type { ExtractEventType } from "./types";

/** The words of cue-vocabulary.ts and the stock-move verbs added with them. Invented sentences. */
const types = (sentence: string, hasModel = true): ExtractEventType[] =>
  findCues(sentence, hasModel).map((c) => c.type);

describe("vocabulary that fires", () => {
  it.each<[ExtractEventType, string]>([
    ["delay", "The company has put on hold the European launch of its assistant."],
    ["delay", "The headset won't ship until the second half of next year, the report says."],
    ["delay", "The chatbot's launch has been rescheduled to January."],
    ["delay", "The lab missed its own deadline for the open-weight release."],
    ["delay", "Die neue Version kommt nun erst Ende 2026 auf den Markt."],
    ["delay", "Der Start der Brille wurde vorerst zurückgestellt."],
    ["delay", "Die Funktionen sollen erst im nächsten Jahr verfügbar sein."],
    ["delay", "Den ursprünglichen Zeitplan kann der Konzern nicht halten."],
    ["delay", "The company said the new assistant will take longer to deliver than anticipated."],
    ["delay", "Die Entwicklung dauert deutlich länger als geplant."],
    ["delay", "Apple hat eingeräumt, dass die Funktionen später kommen als geplant."],
    ["delay", "Laut Bloomberg will der Konzern die neuen Funktionen erst 2026 ausliefern."],
    ["departure", "Der Konzern hat sich von dem Chef seiner KI-Forschung getrennt."],
    ["controversy", "The company has pulled its AI news summaries after complaints about false headlines."],
    ["delay", "The chipmaker has cancelled its next-generation AI chip and will use it only internally."],
    ["layoff", "Der Konzern entlässt 600 Mitarbeiter in seiner KI-Sparte."],
    ["layoff", "The startup is slashing about a third of its workforce."],
    ["layoff", "Around 200 positions will be eliminated in the unit, the memo says."],
    ["layoff", "Der Umbau kostet rund 500 Stellen in Deutschland."],
    ["layoff", "Geplant ist der Abbau von rund 2600 Stellen."],
    ["investment", "The French startup has secured $640 million in new funding."],
    ["investment", "Das Start-up nimmt weitere 200 Millionen Euro frisches Kapital auf."],
    ["investment", "The lab is in talks to raise about $1 billion at a $10 billion valuation."],
    ["hiring", "Der Konzern holt den Mitgründer des Start-ups an Bord."],
    ["acquisition", "The chipmaker snapped up a small inference startup for an undisclosed sum."],
    ["acquisition", "Der Konzern schluckt den Konkurrenten für vier Milliarden Dollar."],
    ["departure", "The company's chief scientist is retiring at the end of the month."],
    ["departure", "His predecessor, Daniel Gross, recently left, reportedly to join a rival."],
    ["other", "The co-founder has been named CEO of the startup."],
    ["other", "The president has decided to take an extended leave of absence."],
    ["other", "Altman wird wieder Firmenchef des Unternehmens."],
    ["departure", "Der Mitgründer hat hingeworfen und verlässt die Firma."],
    ["departure", "Das Start-up trennt sich von seinem Technikchef."],
    ["benchmark_underperformance", "In coding tests the model falls behind its two main rivals."],
    ["benchmark_underperformance", "Im Vergleich bleibt das Modell deutlich hinter der Konkurrenz zurück."],
    ["benchmark_underperformance", "Das neue Modell schneidet in Tests schlechter ab als die Konkurrenz."],
    ["controversy", "Die Antworten des Chatbots sorgen im Netz für Wirbel."],
    ["controversy", "The assistant's new policy was slammed by privacy groups."],
    ["stock_move", "The chipmaker's shares climbed 6% in early trading."],
    ["stock_move", "Die Aktie sackte am Dienstag um acht Prozent ab."],
    ["stock_move", "The group's shares slump 10% on worries about its biggest bet."],
  ])("%s: %s", (type, sentence) => {
    expect(types(sentence)).toContain(type);
  });
});

describe("the same words that are no such event", () => {
  it.each<[ExtractEventType, string, boolean?]>([
    // a brake slammed on a release is no controversy
    ["controversy", "The company has slammed the brakes on the release of its model."],
    // a model retired, no person: no departure
    ["departure", "The company will retire the older model from its app next month.", true],
    // behind schedule is a delay, not a weak model
    ["benchmark_underperformance", "The factory fell behind schedule again."],
    // subscriptions cancelled, not dismissals
    ["layoff", "Die Abo-Kündigungen nahmen im Sommer zu."],
    // a round of talks, a date not yet set
    ["delay", "Die Gespräche kommen erst langsam voran."],
    // the accusation a lawsuit makes is the lawsuit, not a controversy of its own
    [
      "controversy",
      "The startups settled lawsuits filed by families accusing their chatbots of harming minors.",
    ],
    [
      "controversy",
      "Mit dem Vergleichsvorschlag reagiert das Unternehmen auf den Vorwurf, Bücher kopiert zu haben.",
    ],
  ])("%s: %s", (type, sentence, hasModel) => {
    expect(types(sentence, hasModel ?? true)).not.toContain(type);
  });
});
