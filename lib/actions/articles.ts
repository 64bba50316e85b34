"use server";

import { z } from "zod";
import { requireEditor } from "@/lib/auth/require-editor";
import { findDuplicateArticles, type DuplicateArticle } from "@/lib/data/admin-articles";
import { searchEvents, type EventPick } from "@/lib/data/admin-events";
import { EVENT_TYPES } from "@/lib/data/dto";
import { contentHash } from "@/lib/domain/text-cleaning";
import { setArticleDeleted, writeArticle } from "@/lib/write/article";
import { BUSY_MESSAGE } from "@/lib/write/transaction";
import { invalidate } from "@/lib/write/invalidate";
import { failResult, fieldErrorsOf, okResult, type ActionResult } from "@/lib/validation/action-result";
import { ArticleFormSchema, type ArticleFormInput } from "@/lib/validation/article-form";
import { idSchema, searchTextSchema, slugSchema } from "@/lib/validation/params";

export interface SaveArticleResult extends ActionResult {
  articleId?: number;
  version?: number;
  duplicates?: DuplicateArticle[];
  /** someone saved in between: what is stored now, for the editor to compare */
  conflict?: { current: ArticleFormInput; currentVersion: number };
}

/** Create or update an article with its events, citations and commitments, in one transaction. */
export async function saveArticle(input: ArticleFormInput): Promise<SaveArticleResult> {
  const user = await requireEditor();
  const parsed = ArticleFormSchema.safeParse(input);
  if (!parsed.success) return failResult("Please correct the marked fields.", fieldErrorsOf(parsed.error));
  const outcome = await writeArticle(user, parsed.data);
  switch (outcome.kind) {
    case "saved":
      invalidate(outcome.tags);
      return { ...okResult("Saved."), articleId: outcome.id, version: outcome.version };
    case "invalid":
      return failResult(outcome.message, outcome.fieldErrors);
    case "duplicate":
      return {
        ...failResult("This article is already in Slipwatch; nothing was saved.", {
          [outcome.duplicates[0]?.by === "url" ? "url" : "body"]: ["Already saved as another article"],
        }),
        duplicates: outcome.duplicates,
      };
    case "conflict":
      return {
        ...failResult(
          "Someone else saved this article after you opened it. Nothing was overwritten; compare below.",
        ),
        conflict: { current: outcome.current, currentVersion: outcome.currentVersion },
      };
    case "not_found":
      return failResult("This article no longer exists or was deleted.");
    case "busy":
      return failResult(BUSY_MESSAGE);
  }
}

const DuplicateQuerySchema = z.object({
  url: z.string().trim().max(2000),
  body: z.string().max(200_000),
  excludeId: idSchema.optional(),
});

/** The form asks this (debounced) as the editor types a URL or pastes text. */
export async function checkArticleDuplicates(
  input: z.input<typeof DuplicateQuerySchema>,
): Promise<DuplicateArticle[]> {
  await requireEditor();
  const parsed = DuplicateQuerySchema.safeParse(input);
  if (!parsed.success) return [];
  const { url, body, excludeId } = parsed.data;
  // Very short text would match too easily by accident; wait for a real paragraph.
  const hash = body.trim().length >= 200 ? contentHash(body) : null;
  return findDuplicateArticles({ url: url || null, contentHash: hash, body: hash ? body : null, excludeId });
}

export async function deleteArticle(id: number): Promise<ActionResult> {
  return toggleDeleted(id, true);
}

export async function restoreArticle(id: number): Promise<ActionResult> {
  return toggleDeleted(id, false);
}

async function toggleDeleted(rawId: number, deleted: boolean): Promise<ActionResult> {
  const user = await requireEditor();
  const id = idSchema.safeParse(rawId);
  if (!id.success) return failResult("Unknown article.");
  const outcome = await setArticleDeleted(user, id.data, deleted);
  if (outcome.kind === "duplicate") {
    // Restoring would make a second live copy of an article saved since: say which one.
    const names = outcome.duplicates.map((d) => `“${d.title}” (#${d.id})`).join(", ");
    return failResult(
      `Not restored: its address or text is live again as ${names || "another article"}. Delete that one first, or keep this one deleted.`,
    );
  }
  if (outcome.kind !== "saved")
    return failResult(deleted ? "Already deleted or unknown." : "Not deleted or unknown.");
  invalidate(outcome.tags);
  return okResult(
    deleted ? "Article deleted. You can restore it from the deleted list." : "Article restored.",
  );
}

const EventSearchSchema = z.object({
  lab: z.union([z.literal(""), slugSchema]).catch(""),
  model: z.union([z.literal(""), slugSchema]).catch(""),
  type: z.union([z.literal(""), z.enum(EVENT_TYPES)]).catch(""),
  q: searchTextSchema(200).catch(""),
});

/** Events to attach the article to (the events panel's search). */
export async function searchEventsToAttach(input: {
  lab: string;
  model: string;
  type: string;
  q: string;
}): Promise<EventPick[]> {
  await requireEditor();
  const parsed = EventSearchSchema.safeParse(input);
  if (!parsed.success) return [];
  const s = parsed.data;
  return searchEvents({
    lab: s.lab || null,
    model: s.model || null,
    type: s.type || null,
    q: s.q || null,
    limit: 15,
  });
}
