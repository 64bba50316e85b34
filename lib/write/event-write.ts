import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/require-user";
import { tags } from "@/lib/data/cache";
import { getEventForEdit } from "@/lib/data/admin-events";
import { eventClaimColumns, slugSelect } from "@/lib/data/mappers";
import { deletionAudit, writeAudit } from "@/lib/write/audit";
import { recomputeFirstReported } from "@/lib/write/first-reported";
import { figureData, fuzzyColumns } from "@/lib/write/article/columns";
import { isBusy } from "@/lib/write/article/errors";
import { EDITOR_TRANSACTION } from "@/lib/write/transaction";
import type { EventFormInput, EventFormValues } from "@/lib/validation/event-form";
import { readFuzzyDate } from "@/lib/validation/form-fields";

export type EventWriteOutcome =
  | { kind: "saved"; version: number; tags: string[] }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "conflict"; current: EventFormInput; currentVersion: number }
  | { kind: "not_found" }
  | { kind: "busy" };

class Abort extends Error {
  constructor(readonly outcome: EventWriteOutcome) {
    super(outcome.kind);
  }
}

const eventAuditSelect = {
  id: true,
  type: true,
  labId: true,
  modelId: true,
  counterpartyLabId: true,
  ...eventClaimColumns,
  version: true,
  deletedAt: true,
  lab: slugSelect,
  model: slugSelect,
} satisfies Prisma.EventSelect;

/** Update one event if nobody saved it since the editor loaded `version`; never overwrite silently. */
export async function writeEvent(user: SessionUser, v: EventFormValues): Promise<EventWriteOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.event.findUnique({ where: { id: v.id }, select: eventAuditSelect });
      if (!before || before.deletedAt) throw new Abort({ kind: "not_found" });
      const slugs = [v.lab, v.counterparty].filter((s): s is string => !!s);
      const labs = new Map(
        (await tx.lab.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map(
          (l) => [l.slug, l.id],
        ),
      );
      const model = v.model
        ? await tx.model.findUnique({
            where: { slug: v.model },
            select: { id: true, lab: slugSelect },
          })
        : null;
      const errors: Record<string, string[]> = {};
      if (!labs.has(v.lab)) errors.lab = ["Unknown lab"];
      if (v.counterparty && !labs.has(v.counterparty)) errors.counterparty = ["Unknown lab"];
      if (v.model && !model) errors.model = ["Unknown model"];
      if (model && model.lab.slug !== v.lab) errors.model = ["This model belongs to another lab"];
      if (Object.keys(errors).length) throw new Abort({ kind: "invalid", fieldErrors: errors });
      // Unchanged text keeps the stored dates; a new text is read against the reference day.
      const textChanged = v.occurredText !== before.occurredText;
      const occurred = textChanged ? readFuzzyDate(v.occurredText, v.referenceDate) : null;
      if (textChanged && !occurred)
        throw new Abort({ kind: "invalid", fieldErrors: { occurredText: ["Not a date we can read"] } });

      const { count } = await tx.event.updateMany({
        where: { id: v.id, version: v.version, deletedAt: null },
        data: {
          type: v.type,
          labId: labs.get(v.lab)!,
          modelId: model?.id ?? null,
          counterpartyLabId: v.counterparty ? labs.get(v.counterparty)! : null,
          title: v.title,
          summary: v.summary,
          ...(occurred ? fuzzyColumns("occurred", occurred) : {}),
          ...figureData(v),
          status: v.status,
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        const current = await getEventForEdit(v.id, tx);
        if (!current || current.deletedAt) throw new Abort({ kind: "not_found" });
        throw new Abort({ kind: "conflict", current: current.form, currentVersion: current.version });
      }
      const after = await tx.event.findUniqueOrThrow({ where: { id: v.id }, select: eventAuditSelect });
      await writeAudit(tx, [
        { userId: user.id, action: "update", entity: "event", entityId: v.id, before, after },
      ]);
      return { kind: "saved" as const, version: after.version, tags: eventTags(before, after) };
    }, EDITOR_TRANSACTION);
  } catch (error) {
    if (error instanceof Abort) return error.outcome;
    if (isBusy(error)) return { kind: "busy" };
    throw error;
  }
}

type Slugs = { lab: { slug: string }; model: { slug: string } | null };

export type MergeOutcome =
  { kind: "merged"; tags: string[]; moved: number } | { kind: "invalid"; message: string } | { kind: "busy" };

/**
 * Merges a duplicate event into another: its citations move (a citation the target already has
 * for the same article and role is dropped, the target's quote wins), the duplicate is
 * soft-deleted with merged_into_id set so its old address answers a permanent redirect, both
 * events' first-reported days are recomputed, and the audit log records the merge — one
 * transaction.
 */
export async function mergeEventInto(
  user: SessionUser,
  fromId: number,
  intoId: number,
): Promise<MergeOutcome> {
  if (fromId === intoId) return { kind: "invalid", message: "An event cannot be merged into itself." };
  return busyAsOutcome(() =>
    db.$transaction(async (tx) => {
      const [from, into] = await Promise.all([
        tx.event.findUnique({ where: { id: fromId }, select: { ...eventAuditSelect, mergedIntoId: true } }),
        tx.event.findUnique({ where: { id: intoId }, select: eventAuditSelect }),
      ]);
      if (!from || from.deletedAt)
        return { kind: "invalid" as const, message: "The duplicate no longer exists." };
      if (!into || into.deletedAt)
        return { kind: "invalid" as const, message: "The event to merge into does not exist." };
      const citations = await tx.citation.findMany({
        where: { eventId: fromId },
        select: { id: true, articleId: true, role: true },
      });
      const existing = await tx.citation.findMany({
        where: { eventId: intoId },
        select: { articleId: true, role: true },
      });
      const has = new Set(existing.map((c) => `${c.articleId}:${c.role}`));
      const move = citations.filter((c) => !has.has(`${c.articleId}:${c.role}`));
      if (move.length)
        await tx.citation.updateMany({
          where: { id: { in: move.map((c) => c.id) } },
          data: { eventId: intoId },
        });
      await tx.citation.deleteMany({ where: { eventId: fromId } });
      // Earlier merges into the duplicate now point at the surviving event, so redirects never chain.
      await tx.event.updateMany({ where: { mergedIntoId: fromId }, data: { mergedIntoId: intoId } });
      const after = await tx.event.update({
        where: { id: fromId },
        data: { deletedAt: new Date(), mergedIntoId: intoId, version: { increment: 1 } },
        select: { ...eventAuditSelect, mergedIntoId: true },
      });
      await tx.event.update({ where: { id: intoId }, data: { version: { increment: 1 } } });
      await recomputeFirstReported(tx, [fromId, intoId]);
      await writeAudit(tx, [
        {
          userId: user.id,
          action: "merge",
          entity: "event",
          entityId: fromId,
          before: from,
          after: { ...after, movedCitations: move.length, droppedDuplicates: citations.length - move.length },
        },
        {
          userId: user.id,
          action: "merge_target",
          entity: "event",
          entityId: intoId,
          after: { mergedFrom: fromId, movedCitations: move.length },
        },
      ]);
      return { kind: "merged" as const, tags: eventTags(from, into), moved: move.length };
    }, EDITOR_TRANSACTION),
  );
}

/** A write that could not get or finish its transaction in time answers "busy", not a 500. */
async function busyAsOutcome<T>(run: () => Promise<T>): Promise<T | { kind: "busy" }> {
  try {
    return await run();
  } catch (error) {
    if (isBusy(error)) return { kind: "busy" };
    throw error;
  }
}

/** Events show on the timeline, lab and model pages and inside articles. */
function eventTags(...rows: Slugs[]): string[] {
  const out = new Set<string>([tags.events, tags.labs, tags.articles]);
  for (const r of rows) {
    out.add(tags.lab(r.lab.slug));
    if (r.model) out.add(tags.model(r.model.slug));
  }
  return [...out];
}

export async function setEventDeleted(
  user: SessionUser,
  id: number,
  deleted: boolean,
): Promise<{ kind: "saved"; tags: string[] } | { kind: "not_found" } | { kind: "busy" }> {
  return busyAsOutcome(() =>
    db.$transaction(async (tx) => {
      const before = await tx.event.findUnique({ where: { id }, select: eventAuditSelect });
      if (!before || (before.deletedAt !== null) === deleted) return { kind: "not_found" as const };
      const after = await tx.event.update({
        where: { id },
        data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
        select: eventAuditSelect,
      });
      await writeAudit(tx, [deletionAudit(user, "event", id, deleted, { before, after })]);
      return { kind: "saved" as const, tags: eventTags(after) };
    }, EDITOR_TRANSACTION),
  );
}
