"use server";

import { z } from "zod";
import { requireEditor } from "@/lib/auth/require-editor";
import { findLabOptions, findModelOptions } from "@/lib/data/admin-entities";
import { findEventRefsForExtraction } from "@/lib/data/admin-events";
import { extractFromText } from "@/lib/domain/extract";
import type { ExtractionResult } from "@/lib/domain/extract/types";
import { resolveWithKnowledgeBase, type KnowledgeBaseAdditions } from "@/lib/domain/knowledge";
import { optionalIsoDay } from "@/lib/validation/form-fields";

const SuggestSchema = z.object({
  body: z.string().trim().min(1, "Paste the article's text first").max(200_000),
  language: z.enum(["de", "en"]).optional(),
  publishedDate: optionalIsoDay,
});

export type SuggestResult =
  | {
      ok: true;
      result: Pick<
        ExtractionResult,
        "language" | "labs" | "models" | "unknownLabs" | "unknownModels" | "events"
      > & {
        /** labs and models the suggestions name that are not stored yet: saving creates them */
        knowledgeBase: KnowledgeBaseAdditions;
      };
    }
  | { ok: false; message: string };

/**
 * "Suggest from text": runs the pure extractor against the labs, models and events we know, so
 * re-reports are matched to existing events. Nothing is saved; the editor accepts proposals.
 */
export async function suggestFromText(input: z.input<typeof SuggestSchema>): Promise<SuggestResult> {
  await requireEditor();
  const parsed = SuggestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid input" };
  const [labs, models, existingEvents] = await Promise.all([
    findLabOptions(),
    findModelOptions(),
    findEventRefsForExtraction(),
  ]);
  const result = extractFromText(parsed.data.body, {
    labs,
    models,
    existingEvents,
    lang: parsed.data.language,
    articleDate: parsed.data.publishedDate ?? undefined,
  });
  // The cleaned text can be long and the form already has the text: leave it out of the reply.
  const { language, labs: foundLabs, models: foundModels } = result;
  // Names the database lacks but the knowledge base knows become slugs the save can create.
  const known = resolveWithKnowledgeBase(
    result.events,
    { labs: new Set(labs.map((l) => l.slug)), models: new Set(models.map((m) => m.slug)) },
    { labs: result.unknownLabs, models: result.unknownModels },
  );
  const { unknownLabs, unknownModels, events, additions: knowledgeBase } = known;
  return {
    ok: true,
    result: {
      language,
      labs: foundLabs,
      models: foundModels,
      unknownLabs,
      unknownModels,
      events,
      knowledgeBase,
    },
  };
}
