import { describe, expect, it } from "vitest";
import { findCues } from "./cues";
import type { ExtractEventType } from "./types";

/** Sentences invented for these tests in the style of news, not taken from a labelled article. */
const types = (sentence: string, hasModel = true): ExtractEventType[] =>
  findCues(sentence, hasModel).map((c) => c.type);

describe("cue families that fire", () => {
  it.each<[ExtractEventType, string]>([
    ["other", "The robotics startup filed for Chapter 11 bankruptcy protection in Delaware on Monday."],
    ["other", "The chip designer entered administration after talks with lenders broke down."],
    ["other", "Das Berliner KI-Start-up hat beim Amtsgericht Insolvenz angemeldet."],
    ["other", "Der Sprachmodell-Anbieter ist zahlungsunfähig, teilte der Verwalter mit."],
    ["other", "Privacy campaigners lodged complaints with regulators in nine countries."],
    ["other", "Verbraucherschützer reichten am Dienstag Beschwerde bei der Datenschutzbehörde ein."],
    ["other", "Auditors found the company had overstated its revenue by about 300 percent."],
    ["other", "Interne Unterlagen zeigen aufgeblähte Umsätze in den Jahren vor dem Börsengang."],
    ["other", "The lab is moving away from open-source releases for its largest models."],
    ["other", "Der Konzern will von seinem Open-Source-Ansatz abrücken."],
    ["other", "France's competition watchdog fined the search giant for its chatbot deal."],
    ["other", "Die Datenschutzbehörde sperrt den Chatbot mit sofortiger Wirkung."],
    ["other", "The privacy watchdog demanded that the company stop training on user posts."],
    ["other", "Die Aufsichtsbehörde fordert den Konzern auf, das Training vorerst zu stoppen."],
    ["other", "The joint venture has not yet received approval from the country's internet regulator."],
    ["other", "Die Partner haben bislang keine Genehmigung der Behörde für den Start erhalten."],
    ["other", "Sales of the AI accelerator came in below expectations, the chief executive said."],
    ["other", "Der Konzern meldete eine schwache Nachfrage nach seinen KI-Brillen."],
    ["controversy", "The chatbot maker came under fire for answers that praised extremists."],
    ["controversy", "Die Firma geriet wegen ihrer Trainingsdaten heftig in die Kritik."],
    ["controversy", "The launch video was staged, the company later conceded."],
    [
      "controversy",
      "Die Vorführung des Assistenten war geschnitten und nachbearbeitet, räumte der Hersteller ein.",
    ],
    ["controversy", "The companion app will ban users under 18 from open-ended chats."],
    ["controversy", "Die Plattform sperrt Minderjährige künftig von den Chats aus."],
    ["controversy", "Users shared screenshots of the assistant's antisemitic replies."],
    ["controversy", "Der Bildgenerator erzeugte rassistische Darstellungen historischer Personen."],
  ])("%s: %s", (type, sentence) => {
    expect(types(sentence)).toContain(type);
  });
});

describe("cue families that must not fire", () => {
  it.each<[ExtractEventType, string]>([
    // an adjective of another party, or only the risk of it
    ["other", "The fund bought shares from a bankrupt crypto exchange last spring."],
    ["other", "Analysts see the startup on the brink of insolvency within a year."],
    ["other", "Dem Start-up droht die Insolvenzgefahr, sagen Analysten."],
    // a regulator named without acting, an action far from any regulator
    ["other", "The regulator's chair spoke at a conference in Brussels on Tuesday."],
    ["other", "Die Aufsicht äußerte sich zunächst nicht."],
    // sales that grow, a market's demand
    ["other", "Sales of the new phone rose 12 percent in the quarter."],
    ["other", "Die Verkäufe der KI-Brille übertrafen die Erwartungen."],
    // an approval granted is no setback
    ["other", "The merger received regulatory approval in March."],
    ["other", "Die Behörde erteilte im Frühjahr die Genehmigung."],
    // a complaint that nobody lodged, revenue that is simply reported
    ["other", "The company reported revenue of $2 billion for the quarter."],
    ["other", "Der Umsatz stieg im Quartal um zwölf Prozent."],
    // open source named without a turn away from it
    ["other", "The lab released its new model under an open-source licence on Tuesday."],
    // "für Furore sorgen" praises; a teen feature is no ban
    ["controversy", "Der Textgenerator sorgt seit Wochen für Furore in der Branche."],
    ["controversy", "The app added a new study mode aimed at teenagers."],
    ["controversy", "Der Chatbot hat eine neue Funktion für Jugendliche bekommen."],
    ["controversy", "The demo video showed the model booking a restaurant table."],
  ])("not %s: %s", (type, sentence) => {
    expect(types(sentence)).not.toContain(type);
  });
});

describe("offensive output needs a model named", () => {
  it("a policy sentence about hate speech is no controversy", () => {
    expect(types("The law requires platforms to remove hate speech within a day.", false)).not.toContain(
      "controversy",
    );
  });
});
