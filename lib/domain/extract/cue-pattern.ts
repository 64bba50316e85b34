/** The shape of a cue word pattern and its hit, shared by cues.ts, cue-families.ts and cue-vocabulary.ts. */
import type { ExtractEventType } from "./types";
import { latinCaseless } from "./latin-caseless";
import { literalGate, type Gate } from "./literal-gate";

export interface Cue {
  type: ExtractEventType;
  re: RegExp;
  /** a cheap test before the costly pattern */
  hint?: RegExp;
  /** a cheaper test before the hint (literal-gate.ts), when the hint's words allow one */
  gate?: Gate;
  /** the same for the pattern itself, whose words are often narrower than its hint's */
  reGate?: Gate;
  confidence: number;
  /** only when a model (or model family) is named in the sentence */
  needsModel?: boolean;
  /** only when the sentence also says this (a person for "retires"); tested after a hit, rarely */
  requires?: RegExp;
  /** with needsModel: a noun that stands for the product when no model is named ("the chatbot") */
  orProduct?: RegExp;
}

export interface CueHit {
  type: ExtractEventType;
  confidence: number;
  /** offset of the cue in the sentence */
  index: number;
  length: number;
}

/** the rest of a word: "Verzögerung" + W matches "Verzögerungen" */
export const W = "[\\p{L}\\p{N}-]*";

export function cue(
  type: ExtractEventType,
  source: string,
  confidence: number,
  needsModel = false,
  hint?: RegExp,
  requires?: RegExp,
  orProduct?: RegExp,
): Cue {
  return {
    type,
    re: latinCaseless(new RegExp(source, "giu")),
    confidence,
    needsModel,
    ...(hint ? { hint: latinCaseless(hint) } : {}),
    ...(hint && literalGate(hint) ? { gate: literalGate(hint)! } : {}),
    ...(literalGate(new RegExp(source, "u")) ? { reGate: literalGate(new RegExp(source, "u"))! } : {}),
    ...(requires ? { requires: latinCaseless(requires) } : {}),
    ...(orProduct ? { orProduct: latinCaseless(orProduct) } : {}),
  };
}
