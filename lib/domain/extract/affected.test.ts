/**
 * Labs named as hit by another lab's setback are not its subject. Sentences invented in the style
 * of news.
 */
import { describe, expect, it } from "vitest";
import { affectedRoles } from "./affected";
import { buildEntityIndex, findMentions } from "./entities";
import { extractFromText } from "./extract";
import { withKnowledge } from "./knowledge";
import { mentionRoles } from "./roles";
import { MODELS, ORGANISATIONS } from "../knowledge";
import { seedContext, seedLabs, seedModels } from "@/tests/support/extract/seed-context";

const known = withKnowledge(seedLabs, seedModels, ORGANISATIONS, MODELS);
const index = buildEntityIndex(known.labs, known.models);

function hit(sentence: string): string[] {
  const roles = mentionRoles(sentence, 0, findMentions(sentence, index), []);
  const out = affectedRoles(sentence, 0, roles);
  return roles.filter((r) => out.has(r)).map((r) => r.mention.lab);
}

const labsOf = (text: string, lang: "en" | "de") =>
  extractFromText(text, seedContext({ lang, articleDate: "2024-08-05" }))
    .events.filter((e) => !e.background)
    .map((e) => e.lab);

describe("labs hit by another's setback", () => {
  it("finds the labs named as affected (English)", () => {
    expect(hit("Microsoft and Meta are also affected by the delay of Nvidia's chips.")).toEqual([
      "microsoft",
      "meta",
    ]);
    expect(hit("The delay hits customers such as Google, which ordered chips worth billions.")).toEqual([
      "google",
    ]);
  });

  it("finds the labs named as affected (German)", () => {
    expect(hit("Von der Verzögerung betroffen sind wohl auch Google und Meta.")).toEqual(["google", "meta"]);
    expect(hit("Die Verschiebung trifft vor allem Microsoft, heißt es.")).toEqual(["microsoft"]);
    expect(hit("Betroffen von der Verzögerung sind auch Google und Meta.")).toEqual(["google", "meta"]);
  });

  it("leaves the lab the setback happened to", () => {
    // negative: the lab that delays is no victim, though the sentence speaks of being affected
    expect(hit("Nvidia has delayed its chips, and shipments to customers are affected.")).toEqual([]);
    expect(hit("Nvidia verschiebt die Auslieferung seiner Chips.")).toEqual([]);
  });

  it("files the setback under its lab, not the ones it hits", () => {
    expect(
      labsOf(
        "Nvidia is struggling with its new chips. Microsoft and Meta are also affected by the three-month delay, people familiar said.",
        "en",
      ),
    ).toEqual(["nvidia"]);
    expect(
      labsOf(
        "Nvidia kämpft mit seinen neuen Chips. Betroffen von der dreimonatigen Verzögerung sind auch Microsoft und Meta, heißt es.",
        "de",
      ),
    ).toEqual(["nvidia"]);
  });
});
