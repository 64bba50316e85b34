// PLACEHOLDER — NOT THE EXTRACTOR. The extraction assistant is written on another branch
// (lib/domain/extract/**); the merge replaces this file with the real module. Until then
// extractFromText only reports the language and finds no labs, models or events, so the admin's
// "Suggest from text" UI can be built and tested against the contract in ./types.ts.
import type { ExtractContext, ExtractionResult } from "./types";

export type * from "./types";

export function extractFromText(text: string, ctx: ExtractContext): ExtractionResult {
  return {
    language: ctx.lang ?? "en",
    cleanedText: text,
    labs: [],
    models: [],
    unknownLabs: [],
    unknownModels: [],
    events: [],
  };
}
