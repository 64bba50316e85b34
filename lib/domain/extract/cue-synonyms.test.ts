import { describe, expect, it } from "vitest";
import { findCues } from "./cues";
import type { ExtractEventType } from "./types";

/**
 * Synonyms of the delay and `other` cue families (a release running late or cancelled, a
 * reorganisation of the leadership, too little training data) and the inflections of "Vorwurf".
 * Sentences invented for these tests in the style of news.
 */
const types = (sentence: string): ExtractEventType[] => findCues(sentence, true).map((c) => c.type);

describe("synonyms that fire", () => {
  it.each<[ExtractEventType, string]>([
    ["delay", "Der Hersteller teilte Kunden mit, dass sich die neue Chipgeneration um mehrere Monate verspäten werde."],
    ["delay", "Die Auslieferung der Brille verspätet sich bis ins kommende Frühjahr."],
    ["delay", "Händler rechnen mit einer Verspätung bei der Markteinführung des Geräts."],
    ["delay", "The chipmaker has cancelled the planned release of its second-generation accelerator."],
    ["delay", "The company scrapped the launch of its smart glasses after poor test results."],
    ["delay", "The rollout of the assistant in Europe has been shelved indefinitely."],
    ["delay", "Der Marktstart des Sprachassistenten in Europa wurde vorerst abgesagt."],
    ["other", "The lab is weighing significant management changes in its AI product group."],
    ["other", "The startup announced a shake-up of its research leadership on Thursday."],
    ["other", "Der Konzern kündigte einen Umbau an der Spitze seiner KI-Sparte an."],
    ["other", "Die Führung der KI-Abteilung wird nach dem Fehlschlag neu aufgestellt."],
    ["other", "Researchers say the lab is running short of training data, slowing its next model."],
    ["other", "The company lacks enough high-quality training data for its video model."],
    ["other", "Zugleich fehlt es dem Start-up an ausreichend Daten für das Training."],
    ["other", "Es gebe nicht genügend Trainingsdaten in deutscher Sprache, sagte die Chefin."],
    ["controversy", "Das Unternehmen weist den Vorwurf der Täuschung zurück."],
    ["controversy", "Ein weiterer Vorwurf betrifft die Abrechnung mit Partnerfirmen."],
    ["controversy", "Screenshots of the search tool's absurd answers went viral within hours."],
    ["controversy", "The chatbot's launch video was widely ridiculed on social media."],
    ["controversy", "Im Netz machten schon am ersten Tag Screenshots mit falschen Antworten des Assistenten die Runde."],
    ["controversy", "Der Bildgenerator wurde für seine verzerrten Bilder verspottet."],
  ])("%s: %s", (type, sentence) => {
    expect(types(sentence)).toContain(type);
  });
});

describe("the same words that are no such event", () => {
  it.each<[ExtractEventType, string]>([
    // late to a stage, not a release
    ["delay", "Der Konzernchef kam mit zehn Minuten Verspätung zur Keynote."],
    // a customer's subscription, not the company's release
    ["delay", "Many users cancelled their subscriptions after the launch of the new tier."],
    ["delay", "The company cancelled a press briefing on Tuesday."],
    // a product's redesign, not the leadership
    ["other", "The company overhauled the design of its flagship phone."],
    ["other", "Der Hersteller hat seine Produktpalette neu aufgestellt."],
    // data an analyst lacks, not training data
    ["other", "Analysts lack data on how many people pay for the chatbot."],
    ["other", "Die Firma nennt keine Daten zu ihren Nutzerzahlen."],
    // a critic mocking a claim, an ad going viral: no backlash against the product
    ["controversy", "A rival researcher mocked the chief executive's claims on X."],
    ["controversy", "The company's holiday ad went viral, drawing millions of views."],
    ["controversy", "Die Nachricht machte schnell die Runde unter Investoren."],
  ])("%s: %s", (type, sentence) => {
    expect(types(sentence)).not.toContain(type);
  });
});
