// PLACEHOLDER on branch `io` only — replaced at merge by the extraction engineer's real
// lib/domain/extract/index.ts. It honours the contract in ./types.ts and proposes no events, so
// the import CLI and the feed watcher can be built and tested against the interface now.
import { cleanArticleText } from "../text-cleaning";
import type { ExtractContext, ExtractFromText, ExtractionResult } from "./types";

export type * from "./types";

export const extractFromText: ExtractFromText = (text: string, ctx: ExtractContext): ExtractionResult => {
  const cleanedText = cleanArticleText(text).text;
  return {
    language: ctx.lang ?? "en",
    cleanedText,
    labs: [],
    models: [],
    unknownLabs: [],
    unknownModels: [],
    events: [],
  };
};
