import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { cleanArticleText, contentHash } from "../lib/domain/text-cleaning";
import type { FuzzyDate } from "../lib/domain/fuzzy-date.types";
import { articles, labs, models, publishers } from "./seed-data/entities";
import { commitments, events } from "./seed-data/events";
import { STARTER_PACKS } from "./seed-data/starter";
import { buildSeedDataset, type SeedDataset } from "./seed-data/starter/merge";
import { recomputeAllFirstReported } from "../lib/write/first-reported";
import { articleUrlKey } from "../lib/import/normalise-url";

/**
 * Loads the seed data (prisma/seed-data) into an empty database in one transaction.
 * Run through `npm run db:seed`; the start script calls it when the database has no labs yet.
 *
 * Two packs: "base" is the five seed articles whose exact figures the e2e, integration and bench
 * runs assert; "all" (the default, what a new user sees) adds the starter pack of real articles
 * (prisma/seed-data/starter), merged by slug and event key. SLIPWATCH_SEED picks one at start-up.
 */

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SEED_ARTICLES_DIR = path.join(HERE, "seed-data", "articles");
export const STARTER_ARTICLES_DIR = path.join(HERE, "seed-data", "starter", "articles");

export const SEED_PACKS = ["base", "all"] as const;
export type SeedPacks = (typeof SEED_PACKS)[number];

/** What `seedDatabase` loads for a choice of packs (also what the seed-data tests check). */
export function seedDataset(packs: SeedPacks = "all"): SeedDataset {
  const base = { publishers, labs, models, articles, events, commitments };
  return buildSeedDataset(base, packs === "all" ? STARTER_PACKS : []);
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function fuzzyColumns<P extends string>(prefix: P, d: FuzzyDate) {
  return {
    [`${prefix}From`]: day(d.from),
    [`${prefix}To`]: day(d.to),
    [`${prefix}Precision`]: d.precision,
    [`${prefix}OpenEnd`]: d.openEnd,
    [`${prefix}Text`]: d.text,
  } as Record<`${P}From` | `${P}To`, Date> &
    Record<`${P}Precision`, FuzzyDate["precision"]> &
    Record<`${P}OpenEnd`, boolean> &
    Record<`${P}Text`, string>;
}

/** The cleaned body of a seed article, exactly as stored. */
export function seedArticleBody(file: string, source: "seed" | "starter" = "seed"): string {
  const dir = source === "seed" ? SEED_ARTICLES_DIR : STARTER_ARTICLES_DIR;
  return cleanArticleText(readFileSync(path.join(dir, file), "utf8")).text;
}

export async function isSeeded(db: PrismaClient): Promise<boolean> {
  return (await db.lab.count()) > 0;
}

export async function seedDatabase(
  db: PrismaClient,
  options: { packs?: SeedPacks } = {},
): Promise<{ articles: number; events: number }> {
  const { publishers, labs, models, articles, events, commitments } = seedDataset(options.packs ?? "all");
  return db.$transaction(
    async (tx) => {
      const publisherIds = new Map<string, number>();
      for (const p of publishers) {
        const row = await tx.publisher.create({ data: p, select: { id: true } });
        publisherIds.set(p.slug, row.id);
      }
      const labIds = new Map<string, number>();
      for (const l of labs) {
        const row = await tx.lab.create({ data: l, select: { id: true } });
        labIds.set(l.slug, row.id);
      }
      const need = <T>(map: Map<string, T>, key: string, what: string): T => {
        const v = map.get(key);
        if (v === undefined) throw new Error(`seed data: unknown ${what} "${key}"`);
        return v;
      };

      const articleIds = new Map<string, number>();
      const articleDates = new Map<string, string>();
      for (const a of articles) {
        const body = seedArticleBody(a.file, a.source);
        const { from, to, precision, text } = a.published;
        const row = await tx.article.create({
          data: {
            title: a.title,
            author: a.author ?? null,
            publisherId: a.publisher ? need(publisherIds, a.publisher, "publisher") : null,
            originalReporterId: a.originalReporter
              ? need(publisherIds, a.originalReporter, "publisher")
              : null,
            publishedFrom: day(from),
            publishedTo: day(to),
            publishedPrecision: precision,
            publishedText: text,
            language: a.language,
            body,
            summaryEn: a.summaryEn,
            status: "published",
            contentHash: contentHash(body),
            url: a.url ?? null,
            // The duplicate guard's key (lib/import/normalise-url.ts), as every other write sets it.
            urlKey: articleUrlKey(a.url),
            isExcerpt: a.excerpt,
            sourceRef: a.source === "seed" ? `shared/seeds/${a.file}` : `starter/${a.file}`,
          },
          select: { id: true },
        });
        articleIds.set(a.key, row.id);
        articleDates.set(a.key, from);
      }

      const modelIds = new Map<string, number>();
      for (const m of models) {
        const row = await tx.model.create({
          data: {
            slug: m.slug,
            name: m.name,
            labId: need(labIds, m.lab, "lab"),
            family: m.family ?? null,
            aliases: m.aliases,
            status: m.status,
            description: m.description ?? null,
          },
          select: { id: true },
        });
        modelIds.set(m.slug, row.id);
        for (const h of m.history) {
          await tx.modelStatusChange.create({
            data: {
              modelId: row.id,
              status: h.status,
              ...fuzzyColumns("at", h.at),
              articleId: h.article ? need(articleIds, h.article, "article") : null,
              note: h.note ?? null,
            },
          });
        }
      }

      for (const e of events) {
        const firstReported = e.citations.map((c) => need(articleDates, c.article, "article")).sort()[0];
        await tx.event.create({
          data: {
            type: e.type,
            labId: need(labIds, e.lab, "lab"),
            modelId: e.model ? need(modelIds, e.model, "model") : null,
            counterpartyLabId: e.counterparty ? need(labIds, e.counterparty, "lab") : null,
            title: e.title,
            summary: e.summary,
            titleDe: e.titleDe ?? null,
            summaryDe: e.summaryDe ?? null,
            ...fuzzyColumns("occurred", e.occurred),
            amountUsd: e.amountUsd ?? null,
            amountUsdMax: e.amountUsdMax ?? null,
            amountQualifier: e.amountQualifier ?? null,
            amountKind: e.amountKind ?? null,
            percent: e.percent ?? null,
            headcount: e.headcount ?? null,
            headcountQualifier: e.headcountQualifier ?? null,
            status: e.status,
            firstReportedAt: firstReported ? day(firstReported) : null,
            citations: {
              create: e.citations.map((c) => ({
                articleId: need(articleIds, c.article, "article"),
                role: c.role,
                quote: c.quote,
                attribution: c.attribution,
                attributedTo: c.attributedTo ?? null,
              })),
            },
          },
        });
      }

      for (const c of commitments) {
        await tx.releaseCommitment.create({
          data: {
            modelId: need(modelIds, c.model, "model"),
            sequence: c.sequence,
            ...fuzzyColumns("planned", c.planned),
            articleId: need(articleIds, c.article, "article"),
            reportedAt: day(need(articleDates, c.article, "article")),
            quote: c.quote,
          },
        });
      }
      // The same rule the editors' writes apply (first reported, known from), in one place.
      await recomputeAllFirstReported(tx);
      return { articles: articles.length, events: events.length };
    },
    { timeout: 120_000 },
  );
}
