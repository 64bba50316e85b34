import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditEntry } from "@/lib/write/audit";
import { resolveLabs, resolveModels } from "@/lib/write/known-entities";
import { tags } from "@/lib/data/cache";
import { AMOUNT_KINDS, EVENT_TYPES, QUALIFIERS } from "@/lib/data/dto";
import { dayToDate, isoDay, slugSelect } from "@/lib/data/mappers";
import { findModelByName, findOrgByName } from "@/lib/domain/knowledge";
import { fuzzyMonth, isFuzzyDate, type FuzzyDate } from "@/lib/domain/fuzzy-date";
import { commonMessages } from "@/lib/i18n/messages/common";

/**
 * Turns the review-queue suggestions an editor accepted into events and citations, inside the
 * caller's transaction (the one that publishes the draft), so a publish keeps everything accepted
 * or nothing at all. A suggestion that re-reports a stored event becomes a citation of it; any
 * other becomes a new event cited by the article. Labs and models the knowledge base knows but the
 * database does not are created from their entries.
 */

const name = z.string().trim().min(1).max(200).nullish().catch(null);
const num = z.number().finite().nullish().catch(null);
const qualifier = z.enum(QUALIFIERS).nullish().catch(null);

/** A stored suggestion (ExtractedEvent JSON, as the import wrote it), read defensively. */
const StoredSuggestionSchema = z.object({
  type: z.enum(EVENT_TYPES),
  lab: name,
  labName: name,
  model: name,
  modelName: name,
  counterparty: name,
  counterpartyName: name,
  amountUsd: num,
  amountUsdMax: num,
  amountQualifier: qualifier,
  amountKind: z.enum(AMOUNT_KINDS).nullish().catch(null),
  percent: num,
  headcount: z.number().int().nonnegative().nullish().catch(null),
  headcountQualifier: qualifier,
  occurred: z.unknown().transform((v) => (isFuzzyDate(v) ? v : null)),
  reportedBy: name,
  quote: z.string().trim().min(1).max(2000),
  matchesEventId: z.number().int().positive().nullish().catch(null),
});
type StoredSuggestion = z.output<typeof StoredSuggestionSchema>;

export interface AcceptOutcome {
  /** events created or cited */
  eventIds: number[];
  tags: string[];
}

export class AcceptError extends Error {}

interface ArticleRef {
  id: number;
  publishedFrom: Date | null;
}

const labSlugOf = (s: StoredSuggestion) =>
  s.lab ?? (s.labName ? (findOrgByName(s.labName)?.slug ?? null) : null);
const counterpartySlugOf = (s: StoredSuggestion) =>
  s.counterparty ?? (s.counterpartyName ? (findOrgByName(s.counterpartyName)?.slug ?? null) : null);
const modelSlugOf = (s: StoredSuggestion, lab: string | null) =>
  s.model ?? (s.modelName ? (findModelByName(s.modelName, lab ? { owner: lab } : {})?.slug ?? null) : null);

/** An undated suggestion happened, as far as the article tells, in the month it was published. */
function occurredOf(s: StoredSuggestion, article: ArticleRef): FuzzyDate | null {
  if (s.occurred) return s.occurred;
  if (!article.publishedFrom) return null;
  const day = isoDay(article.publishedFrom);
  return fuzzyMonth(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)),
    `undated; month of the article (${day.slice(0, 7)})`,
  );
}

export async function acceptSuggestions(
  tx: Prisma.TransactionClient,
  article: ArticleRef,
  stored: Prisma.JsonValue,
  accepted: number[],
  audit: AuditEntry[],
  userId: number | null,
): Promise<AcceptOutcome> {
  const list = Array.isArray(stored) ? stored : [];
  const suggestions: StoredSuggestion[] = [];
  for (const index of [...new Set(accepted)].sort((a, b) => a - b)) {
    const parsed = StoredSuggestionSchema.safeParse(list[index]);
    if (!parsed.success)
      throw new AcceptError(
        `Suggestion ${index + 1} cannot be read; open the draft and add its event by hand.`,
      );
    suggestions.push(parsed.data);
  }
  const touched = new Set<string>();
  const eventIds: number[] = [];
  if (suggestions.length === 0) return { eventIds, tags: [] };

  const labSlugs = suggestions.map(labSlugOf);
  const labs = await resolveLabs(
    tx,
    [...labSlugs, ...suggestions.map(counterpartySlugOf)].filter((s): s is string => !!s),
    audit,
    userId,
  );
  const modelSlugs = suggestions.map((s, i) => modelSlugOf(s, labSlugs[i] ?? null));
  const eventLabs = new Map<string, string>();
  modelSlugs.forEach((m, i) => {
    const lab = labSlugs[i];
    if (m && lab) eventLabs.set(m, lab);
  });
  const models = await resolveModels(
    tx,
    modelSlugs.filter((s): s is string => !!s),
    audit,
    userId,
    eventLabs,
  );

  for (const [i, s] of suggestions.entries()) {
    const citation = {
      articleId: article.id,
      quote: s.quote,
      attribution: s.reportedBy ? ("relays_outlet" as const) : ("own_reporting" as const),
      attributedTo: s.reportedBy ?? null,
    };
    if (s.matchesEventId) {
      const existing = await tx.event.findFirst({
        where: { id: s.matchesEventId, deletedAt: null },
        select: { id: true, lab: slugSelect, model: slugSelect },
      });
      if (existing) {
        const already = await tx.citation.findFirst({
          where: { eventId: existing.id, articleId: article.id },
          select: { id: true },
        });
        if (!already) {
          const created = await tx.citation.create({
            data: { ...citation, eventId: existing.id, role: "re_report" },
          });
          audit.push({ userId, action: "create", entity: "citation", entityId: created.id, after: created });
        }
        eventIds.push(existing.id);
        touched.add(tags.lab(existing.lab.slug));
        if (existing.model) touched.add(tags.model(existing.model.slug));
        continue;
      }
      // The event it matched was deleted since: fall through and record the fact as a new event.
    }
    const labSlug = labSlugs[i];
    const labId = labSlug ? labs.get(labSlug) : undefined;
    if (!labSlug || labId === undefined) {
      const named = s.labName ?? s.lab ?? "no lab";
      throw new AcceptError(
        `Suggestion ${i + 1} names "${named}", which is neither stored nor in the knowledge base; open the draft and choose the lab.`,
      );
    }
    const occurred = occurredOf(s, article);
    if (!occurred)
      throw new AcceptError(
        `Suggestion ${i + 1} has no date and the article none either; open the draft and set one.`,
      );
    const modelSlug = modelSlugs[i];
    const model = modelSlug ? models.get(modelSlug) : undefined;
    // A model of another lab would file the event under two labs; keep the event, leave the model.
    const modelId = model && model.lab.slug === labSlug ? model.id : null;
    const counterpartySlug = counterpartySlugOf(s);
    const counterpartyId =
      counterpartySlug && counterpartySlug !== labSlug ? (labs.get(counterpartySlug) ?? null) : null;
    const typeName = commonMessages.en.eventTypes[s.type];
    const labName = s.labName ?? labSlug;
    const modelName = modelId ? (s.modelName ?? modelSlug) : null;
    const created = await tx.event.create({
      data: {
        type: s.type,
        labId,
        modelId,
        counterpartyLabId: counterpartyId,
        title: `${typeName}: ${labName}${modelName ? ` – ${modelName}` : ""}`.slice(0, 200),
        summary: s.quote,
        occurredFrom: dayToDate(occurred.from),
        occurredTo: dayToDate(occurred.to),
        occurredPrecision: occurred.precision,
        occurredOpenEnd: occurred.openEnd,
        occurredText: occurred.text.slice(0, 120) || occurred.from,
        amountUsd: s.amountUsd ?? null,
        amountUsdMax: s.amountUsd !== null && s.amountUsd !== undefined ? (s.amountUsdMax ?? null) : null,
        amountQualifier:
          s.amountUsd === null || s.amountUsd === undefined ? null : (s.amountQualifier ?? "exact"),
        amountKind: s.amountUsd === null || s.amountUsd === undefined ? null : (s.amountKind ?? null),
        percent: s.percent ?? null,
        headcount: s.headcount ?? null,
        headcountQualifier:
          s.headcount === null || s.headcount === undefined ? null : (s.headcountQualifier ?? "exact"),
        status: "reported",
      },
    });
    audit.push({ userId, action: "create", entity: "event", entityId: created.id, after: created });
    const cited = await tx.citation.create({
      data: { ...citation, eventId: created.id, role: "first_report" },
    });
    audit.push({ userId, action: "create", entity: "citation", entityId: cited.id, after: cited });
    eventIds.push(created.id);
    touched.add(tags.lab(labSlug));
    if (modelId && modelSlug) touched.add(tags.model(modelSlug));
  }
  touched.add(tags.events).add(tags.labs);
  if (audit.some((e) => e.entity === "model" && e.action === "create")) touched.add(tags.models);
  return { eventIds, tags: [...touched] };
}
