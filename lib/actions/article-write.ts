import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/require-user";
import { tags } from "@/lib/data/cache";
import { findDuplicateArticles, getArticleForEdit, type DuplicateArticle } from "@/lib/data/admin-articles";
import { dayToDate } from "@/lib/data/mappers";
import { fuzzyDay, fuzzyMonth, fuzzyYear, type FuzzyDate } from "@/lib/domain/fuzzy-date";
import { slugify } from "@/lib/domain/slugify";
import { contentHash } from "@/lib/domain/text-cleaning";
import { articleUrlKey } from "@/lib/import/normalise-url";
import { writeAudit, type AuditEntry } from "@/lib/actions/audit";
import { recomputeFirstReported } from "@/lib/actions/first-reported";
import { resolveLabs, resolveModels } from "@/lib/actions/known-entities";
import type { ArticleFormInput, ArticleFormValues } from "@/lib/validation/article-form";
import { readFuzzyDate } from "@/lib/validation/form-fields";

/**
 * The article save, as one transaction: article, publishers, citations, new events, release
 * commitments, first-report dates and audit entries — all or nothing. Called by the server
 * action after it has checked the session and validated the input.
 */

export type ArticleWriteOutcome =
  | { kind: "saved"; id: number; version: number; tags: string[] }
  | { kind: "invalid"; fieldErrors: Record<string, string[]>; message: string }
  | { kind: "duplicate"; duplicates: DuplicateArticle[] }
  | { kind: "conflict"; current: ArticleFormInput; currentVersion: number }
  | { kind: "not_found" }
  /** the database could not take the save now (no connection in time, serialisation failure) */
  | { kind: "busy" };

/** Thrown inside the transaction to roll it back and answer with an outcome. */
class Abort extends Error {
  constructor(readonly outcome: ArticleWriteOutcome) {
    super(outcome.kind);
  }
}

const fuzzyColumns = <P extends string>(prefix: P, d: FuzzyDate) =>
  ({
    [`${prefix}From`]: dayToDate(d.from),
    [`${prefix}To`]: dayToDate(d.to),
    [`${prefix}Precision`]: d.precision,
    [`${prefix}OpenEnd`]: d.openEnd,
    [`${prefix}Text`]: d.text,
  }) as Record<`${P}From` | `${P}To`, Date> &
    Record<`${P}Precision`, FuzzyDate["precision"]> &
    Record<`${P}OpenEnd`, boolean> &
    Record<`${P}Text`, string>;

function publication(v: ArticleFormValues) {
  if (!v.publishedDate)
    return { publishedFrom: null, publishedTo: null, publishedPrecision: null, publishedText: null };
  const [y, m] = v.publishedDate.split("-").map(Number) as [number, number];
  const d =
    v.publishedPrecision === "year"
      ? fuzzyYear(y, String(y))
      : v.publishedPrecision === "month"
        ? fuzzyMonth(y, m, v.publishedDate.slice(0, 7))
        : fuzzyDay(v.publishedDate, v.publishedDate);
  return {
    publishedFrom: dayToDate(d.from),
    publishedTo: dayToDate(d.to),
    publishedPrecision: d.precision,
    publishedText: d.text,
  };
}

async function publisherId(
  tx: Prisma.TransactionClient,
  name: string | null,
  audit: AuditEntry[],
  userId: number,
) {
  if (!name) return null;
  const existing = await tx.publisher.findFirst({
    where: { OR: [{ name: { equals: name, mode: "insensitive" } }, { slug: slugify(name) }] },
    select: { id: true },
  });
  if (existing) return existing.id;
  // An upsert by slug: two saves naming the same new publisher at once get one row, and the one
  // that did not insert reads the other's (a plain create would fail the whole save).
  const slug = slugify(name) || `publisher-${Date.now()}`;
  const inserted = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO publishers (slug, name) VALUES (${slug}, ${name})
    ON CONFLICT (slug) DO NOTHING RETURNING id`;
  const id =
    inserted[0]?.id ?? (await tx.publisher.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  if (inserted[0]) {
    const created = await tx.publisher.findUniqueOrThrow({ where: { id } });
    audit.push({ userId, action: "create", entity: "publisher", entityId: id, after: created });
  }
  return id;
}

/**
 * Article saves that can create a duplicate run one at a time: the near-identical-text check
 * cannot be a unique index, so without this two copies saved at the same moment would both pass
 * it. The exact cases (same hash, same URL key) have unique indexes behind them as well.
 */
const ARTICLE_SAVE_LOCK = 0x51195a7e;

const articleAuditSelect = {
  id: true,
  url: true,
  title: true,
  author: true,
  publisherId: true,
  publishedFrom: true,
  publishedTo: true,
  publishedPrecision: true,
  language: true,
  body: true,
  summaryEn: true,
  originalReporterId: true,
  status: true,
  contentHash: true,
  version: true,
  deletedAt: true,
} satisfies Prisma.ArticleSelect;

export async function writeArticle(user: SessionUser, v: ArticleFormValues): Promise<ArticleWriteOutcome> {
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ARTICLE_SAVE_LOCK}::bigint)`;
        const audit: AuditEntry[] = [];
        const errors: Record<string, string[]> = {};
        const touched = new Set<string>([tags.articles]);

        // Resolve every slug and event id first: unknown ones are field errors, not 500s.
        const labSlugs = new Set(
          v.newEvents.flatMap((e) => [e.lab, e.counterparty].filter((s): s is string => !!s)),
        );
        const modelSlugs = new Set(
          [...v.newEvents.map((e) => e.model), ...v.commitments.map((c) => c.model)].filter(
            (s): s is string => !!s,
          ),
        );
        // A lab or model the knowledge base knows but the database does not is created here, from
        // its entry: accepting a suggestion that names it is enough (rolled back if the save fails).
        const labs = await resolveLabs(tx, labSlugs, audit, user.id);
        const eventLabs = new Map(v.newEvents.flatMap((e) => (e.model ? [[e.model, e.lab] as const] : [])));
        const models = await resolveModels(tx, modelSlugs, audit, user.id, eventLabs);
        const events = new Map(
          (
            await tx.event.findMany({
              where: { id: { in: v.citations.map((c) => c.eventId) }, deletedAt: null },
              select: { id: true, lab: { select: { slug: true } }, model: { select: { slug: true } } },
            })
          ).map((e) => [e.id, e]),
        );
        v.newEvents.forEach((e, i) => {
          if (!labs.has(e.lab)) errors[`newEvents.${i}.lab`] = ["Unknown lab"];
          if (e.counterparty && !labs.has(e.counterparty))
            errors[`newEvents.${i}.counterparty`] = ["Unknown lab"];
          const model = e.model ? models.get(e.model) : undefined;
          if (e.model && !model) errors[`newEvents.${i}.model`] = ["Unknown model"];
          if (model && model.lab.slug !== e.lab)
            errors[`newEvents.${i}.model`] = ["This model belongs to another lab"];
        });
        v.commitments.forEach((c, i) => {
          if (!models.has(c.model)) errors[`commitments.${i}.model`] = ["Unknown model"];
        });
        v.citations.forEach((c, i) => {
          if (!events.has(c.eventId)) errors[`citations.${i}.eventId`] = ["This event no longer exists"];
        });
        if (Object.keys(errors).length > 0) {
          throw new Abort({
            kind: "invalid",
            fieldErrors: errors,
            message: "Some references are not known; see the marked fields.",
          });
        }

        // The duplicate check is repeated here, inside the transaction, whatever the form showed.
        const hash = contentHash(v.body);
        const duplicates = await findDuplicateArticles(
          { url: v.url, contentHash: hash, body: v.body, excludeId: v.id },
          tx,
        );
        if (duplicates.length > 0) throw new Abort({ kind: "duplicate", duplicates });

        const data = {
          url: v.url,
          urlKey: articleUrlKey(v.url),
          title: v.title,
          author: v.author,
          publisherId: await publisherId(tx, v.publisher, audit, user.id),
          originalReporterId: await publisherId(tx, v.originalReporter, audit, user.id),
          ...publication(v),
          language: v.language,
          body: v.body,
          summaryEn: v.summaryEn,
          status: v.status,
          contentHash: hash,
        };

        let articleId: number;
        let version: number;
        const affectedEvents = new Set<number>();
        if (v.id) {
          const before = await tx.article.findUnique({ where: { id: v.id }, select: articleAuditSelect });
          if (!before || before.deletedAt) throw new Abort({ kind: "not_found" });
          // Optimistic lock: only the version the editor loaded may be overwritten.
          const { count } = await tx.article.updateMany({
            where: { id: v.id, version: v.version ?? -1, deletedAt: null },
            data: { ...data, version: { increment: 1 } },
          });
          if (count === 0) {
            const current = await getArticleForEdit(v.id, tx);
            if (!current) throw new Abort({ kind: "not_found" });
            throw new Abort({ kind: "conflict", current: current.form, currentVersion: current.version });
          }
          const after = await tx.article.findUniqueOrThrow({
            where: { id: v.id },
            select: articleAuditSelect,
          });
          audit.push({ userId: user.id, action: "update", entity: "article", entityId: v.id, before, after });
          articleId = v.id;
          version = after.version;
          // Status or date changes move first-report dates of everything this article cites.
          for (const c of await tx.citation.findMany({ where: { articleId }, select: { eventId: true } }))
            affectedEvents.add(c.eventId);
        } else {
          const created = await tx.article.create({ data, select: articleAuditSelect });
          audit.push({
            userId: user.id,
            action: "create",
            entity: "article",
            entityId: created.id,
            after: created,
          });
          articleId = created.id;
          version = created.version;
        }
        touched.add(tags.article(articleId));

        // Citations: the form holds the full list; remove the dropped, update the kept, add the new.
        const existing = await tx.citation.findMany({ where: { articleId } });
        const wanted = new Map(v.citations.map((c) => [`${c.eventId}:${c.role}`, c]));
        for (const c of existing) {
          const keep = wanted.get(`${c.eventId}:${c.role}`);
          if (!keep) {
            await tx.citation.delete({ where: { id: c.id } });
            audit.push({ userId: user.id, action: "delete", entity: "citation", entityId: c.id, before: c });
            affectedEvents.add(c.eventId);
          } else if (
            keep.quote !== c.quote ||
            keep.attribution !== c.attribution ||
            keep.attributedTo !== c.attributedTo
          ) {
            const after = await tx.citation.update({
              where: { id: c.id },
              data: { quote: keep.quote, attribution: keep.attribution, attributedTo: keep.attributedTo },
            });
            audit.push({
              userId: user.id,
              action: "update",
              entity: "citation",
              entityId: c.id,
              before: c,
              after,
            });
            affectedEvents.add(c.eventId);
          }
          wanted.delete(`${c.eventId}:${c.role}`);
        }
        for (const c of wanted.values()) {
          const created = await tx.citation.create({
            data: {
              eventId: c.eventId,
              articleId,
              role: c.role,
              quote: c.quote,
              attribution: c.attribution,
              attributedTo: c.attributedTo,
            },
          });
          audit.push({
            userId: user.id,
            action: "create",
            entity: "citation",
            entityId: created.id,
            after: created,
          });
          affectedEvents.add(c.eventId);
        }

        // New events, each with this article's citation.
        for (const e of v.newEvents) {
          const occurred = readFuzzyDate(e.occurredText, v.publishedDate);
          if (!occurred) throw new Error("unreachable: the schema checked the date");
          const created = await tx.event.create({
            data: {
              type: e.type,
              labId: labs.get(e.lab)!,
              modelId: e.model ? models.get(e.model)!.id : null,
              counterpartyLabId: e.counterparty ? labs.get(e.counterparty)! : null,
              title: e.title,
              summary: e.summary,
              ...fuzzyColumns("occurred", occurred),
              amountUsd: e.amountUsd,
              amountQualifier: e.amountUsd === null ? null : (e.amountQualifier ?? "exact"),
              amountKind: e.amountKind,
              percent: e.percent,
              headcount: e.headcount,
              headcountQualifier: e.headcount === null ? null : (e.headcountQualifier ?? "exact"),
              status: e.status,
            },
          });
          audit.push({
            userId: user.id,
            action: "create",
            entity: "event",
            entityId: created.id,
            after: created,
          });
          const citation = await tx.citation.create({
            data: {
              eventId: created.id,
              articleId,
              role: e.role,
              quote: e.quote,
              attribution: e.attribution,
              attributedTo: e.attributedTo,
            },
          });
          audit.push({
            userId: user.id,
            action: "create",
            entity: "citation",
            entityId: citation.id,
            after: citation,
          });
          affectedEvents.add(created.id);
          touched.add(tags.lab(e.lab));
          if (e.model) touched.add(tags.model(e.model));
        }

        // Release commitments: kept rows stay, dropped rows go, new rows append to the model's series.
        const existingCommitments = await tx.releaseCommitment.findMany({
          where: { articleId },
          include: { model: { select: { slug: true, lab: { select: { slug: true } } } } },
        });
        // A lab page shows its models' plans: whatever this save does to the article (its
        // status, date, or the plans themselves) shows on the labs of every model it plans.
        for (const c of existingCommitments) touched.add(tags.lab(c.model.lab.slug));
        const keptIds = new Set(v.commitments.map((c) => c.id).filter((id): id is number => !!id));
        for (const c of existingCommitments) {
          if (keptIds.has(c.id)) continue;
          await tx.releaseCommitment.delete({ where: { id: c.id } });
          audit.push({
            userId: user.id,
            action: "delete",
            entity: "release_commitment",
            entityId: c.id,
            before: c,
          });
          touched.add(tags.models).add(tags.model(c.model.slug));
        }
        for (const c of v.commitments.filter((c) => !c.id)) {
          const planned = readFuzzyDate(c.plannedText, v.publishedDate);
          const model = models.get(c.model);
          if (!planned || !model) throw new Error("unreachable: the schema and the lookup checked these");
          const last = await tx.releaseCommitment.aggregate({
            where: { modelId: model.id },
            _max: { sequence: true },
          });
          const created = await tx.releaseCommitment.create({
            data: {
              modelId: model.id,
              sequence: (last._max.sequence ?? 0) + 1,
              ...fuzzyColumns("planned", planned),
              articleId,
              reportedAt: v.publishedDate ? dayToDate(v.publishedDate) : null,
              quote: c.quote,
            },
          });
          audit.push({
            userId: user.id,
            action: "create",
            entity: "release_commitment",
            entityId: created.id,
            after: created,
          });
          touched.add(tags.models).add(tags.model(c.model)).add(tags.lab(model.lab.slug));
        }

        await recomputeFirstReported(tx, affectedEvents);
        if (affectedEvents.size > 0) {
          touched.add(tags.events).add(tags.labs);
          for (const e of await tx.event.findMany({
            where: { id: { in: [...affectedEvents] } },
            select: { lab: { select: { slug: true } }, model: { select: { slug: true } } },
          })) {
            touched.add(tags.lab(e.lab.slug));
            if (e.model) touched.add(tags.model(e.model.slug));
          }
        }
        // Labs and models created from the knowledge base show up in the lists too.
        if (audit.some((e) => e.entity === "lab" && e.action === "create")) touched.add(tags.labs);
        for (const tag of createdLabTags(audit)) touched.add(tag);
        if (audit.some((e) => e.entity === "model" && e.action === "create")) touched.add(tags.models);
        await writeAudit(tx, audit);
        return { kind: "saved" as const, id: articleId, version, tags: [...touched] };
      },
      // Saves queue on the lock above; wait for a connection rather than fail the editor's save.
      { timeout: 20_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof Abort) return error.outcome;
    // A concurrent save of the same URL or text slipped past the check: a unique index refuses it.
    if (isUniqueViolation(error)) {
      const duplicates = await findDuplicateArticles({
        url: v.url,
        contentHash: contentHash(v.body),
        excludeId: v.id,
      });
      if (duplicates.length > 0) return { kind: "duplicate", duplicates };
    }
    if (isBusy(error)) return { kind: "busy" };
    throw error;
  }
}

/** Soft delete (deleted = true) or restore; first-report dates of its events follow. */
export async function setArticleDeleted(
  user: SessionUser,
  id: number,
  deleted: boolean,
): Promise<
  | { kind: "saved"; tags: string[] }
  | { kind: "not_found" }
  | { kind: "duplicate"; duplicates: DuplicateArticle[] }
> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.article.findUnique({ where: { id }, select: articleAuditSelect });
      if (!before || (before.deletedAt !== null) === deleted) throw new Abort({ kind: "not_found" });
      const after = await tx.article.update({
        where: { id },
        data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
        select: articleAuditSelect,
      });
      const cited = await tx.citation.findMany({
        where: { articleId: id },
        select: {
          eventId: true,
          event: { select: { lab: { select: { slug: true } }, model: { select: { slug: true } } } },
        },
      });
      await recomputeFirstReported(
        tx,
        cited.map((c) => c.eventId),
      );
      await writeAudit(tx, [
        {
          userId: user.id,
          action: deleted ? "delete" : "restore",
          entity: "article",
          entityId: id,
          before,
          after,
        },
      ]);
      const touched = new Set<string>([tags.articles, tags.article(id)]);
      if (cited.length > 0) touched.add(tags.events).add(tags.labs);
      for (const c of cited) {
        touched.add(tags.lab(c.event.lab.slug));
        if (c.event.model) touched.add(tags.model(c.event.model.slug));
      }
      for (const tag of await commitmentTags(tx, id)) touched.add(tag);
      return { kind: "saved" as const, tags: [...touched] };
    });
  } catch (error) {
    if (error instanceof Abort) {
      const o = error.outcome;
      if (o.kind === "not_found" || o.kind === "duplicate") return o;
    }
    // Restoring an article whose text is live again as another article.
    if (!deleted && isUniqueViolation(error)) {
      const row = await db.article.findUnique({ where: { id }, select: { url: true, contentHash: true } });
      const duplicates = row
        ? await findDuplicateArticles({ url: row.url, contentHash: row.contentHash, excludeId: id })
        : [];
      return { kind: "duplicate", duplicates };
    }
    throw error;
  }
}

/** A unique index refused the write (Prisma's P2002, or 23505 from a raw statement). */
function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return true;
    if (error.code === "P2010") return JSON.stringify(error.meta ?? {}).includes("23505");
  }
  return false;
}

/** Transient: no connection or transaction slot in time, a serialisation failure or deadlock. */
function isBusy(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError && ["P2024", "P2028", "P2034"].includes(error.code)
  );
}

/**
 * The tags of the models an article plans releases for, and of their labs (a lab page shows its
 * models' plans): for a change that makes the article's plans appear or disappear.
 */
export async function commitmentTags(tx: Prisma.TransactionClient, articleId: number): Promise<string[]> {
  const commitments = await tx.releaseCommitment.findMany({
    where: { articleId },
    select: { model: { select: { slug: true, lab: { select: { slug: true } } } } },
  });
  return commitments.flatMap((c) => [tags.models, tags.model(c.model.slug), tags.lab(c.model.lab.slug)]);
}

/** A lab created by this write: its page was a cached "not found" until now. */
export function createdLabTags(audit: readonly AuditEntry[]): string[] {
  return audit.flatMap((e) => {
    const slug = (e.after as { slug?: unknown } | undefined)?.slug;
    return e.entity === "lab" && e.action === "create" && typeof slug === "string" ? [tags.lab(slug)] : [];
  });
}
