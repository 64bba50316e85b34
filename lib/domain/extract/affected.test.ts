/**
 * Labs named as hit by another lab's setback are not its subject. Sentences invented in the style
 * of news.
 */
import { describe, it } from "vitest";
import { affectedRoles } from "./affected";
import { buildEntityIndex, findMentions } from "./entities";
import { withKnowledge } from "./knowledge";
import { mentionRoles } from "./roles";
import { MODELS, ORGANISATIONS } from "../knowledge";
import { expectEach, expectNone, proposalsFor } from "@/tests/support/extract/proposals";
import { seedLabs, seedModels } from "@/tests/support/extract/seed-context";

const known = withKnowledge(seedLabs, seedModels, ORGANISATIONS, MODELS);
const index = buildEntityIndex(known.labs, known.models);

function hit(sentence: string): string[] {
  const roles = mentionRoles(sentence, 0, findMentions(sentence, index), []);
  const out = affectedRoles(sentence, 0, roles);
  return roles.filter((r) => out.has(r)).map((r) => r.mention.lab);
}

const labsOf = (text: string, lang: "en" | "de") =>
  proposalsFor(text, { lang, articleDate: "2024-08-05" }).map((e) => e.lab);

describe("labs hit by another's setback", () => {
  it("finds the labs named as affected (English)", () => {
    expectEach(hit, [
      ["Microsoft and Meta are also affected by the delay of Nvidia's chips.", ["microsoft", "meta"]],
      ["The delay hits customers such as Google, which ordered chips worth billions.", ["google"]],
    ]);
  });

  it("finds the labs named as affected (German)", () => {
    expectEach(hit, [
      ["Von der Verzögerung betroffen sind wohl auch Google und Meta.", ["google", "meta"]],
      ["Die Verschiebung trifft vor allem Microsoft, heißt es.", ["microsoft"]],
      ["Betroffen von der Verzögerung sind auch Google und Meta.", ["google", "meta"]],
    ]);
  });

  it("leaves the lab the setback happened to", () => {
    // negative: the lab that delays is no victim, though the sentence speaks of being affected
    expectNone(hit, [
      "Nvidia has delayed its chips, and shipments to customers are affected.",
      "Nvidia verschiebt die Auslieferung seiner Chips.",
    ]);
  });

  it("files the setback under its lab, not the ones it hits", () => {
    expectEach(labsOf, [
      [
        "Nvidia is struggling with its new chips. Microsoft and Meta are also affected by the three-month delay, people familiar said.",
        "en",
        ["nvidia"],
      ],
      [
        "Nvidia kämpft mit seinen neuen Chips. Betroffen von der dreimonatigen Verzögerung sind auch Microsoft und Meta, heißt es.",
        "de",
        ["nvidia"],
      ],
    ]);
  });
});
