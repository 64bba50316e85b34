import type { PrismaClient } from "../lib/generated/prisma/client";
import { EVENT_TYPES } from "../lib/domain/event-types";

/**
 * Synthetic data for benchmarks and scale tests: many labs, articles, events and citations in
 * the real schema, from a seeded PRNG so every run produces the same rows. Rows are marked
 * (lab slugs "synthetic-…", article sourceRef "synthetic") so they can be removed again.
 */


const WORDS_DE = "Modell Verzögerung verschoben Benchmark Rechenzentrum Investition Milliarden Forscher verlassen Start Herbst Labor Training Architektur Aktie Kurs".split(" ");
const WORDS_EN = "model delay postponed benchmark datacenter investment billion researchers left launch fall lab training architecture shares price".split(" ");

/** Mulberry32: tiny, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 1);
const SPAN_DAYS = 365 * 5;

export interface SyntheticOptions {
  articles: number;
  events: number;
  labs?: number;
  seed?: number;
  log?: (line: string) => void;
}

export async function insertSyntheticData(db: PrismaClient, opts: SyntheticOptions): Promise<void> {
  const rand = prng(opts.seed ?? 42);
  const log = opts.log ?? (() => {});
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const labCount = opts.labs ?? 20;
  const BATCH = 5000;

  const labIds: number[] = [];
  for (let i = 0; i < labCount; i++) {
    const slug = `synthetic-${String(i + 1).padStart(3, "0")}`;
    const lab = await db.lab.upsert({
      where: { slug },
      create: { slug, name: `Synthetic Lab ${i + 1}`, aliases: [] },
      update: {},
      select: { id: true },
    });
    labIds.push(lab.id);
  }

  const firstArticleId = ((await db.article.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  const articleDates: Date[] = [];
  for (let done = 0; done < opts.articles; done += BATCH) {
    const n = Math.min(BATCH, opts.articles - done);
    const rows = Array.from({ length: n }, (_, k) => {
      const i = done + k;
      const de = rand() < 0.6;
      const words = de ? WORDS_DE : WORDS_EN;
      const body = Array.from({ length: 80 }, () => pick(words)).join(" ");
      const day = new Date(START + Math.floor(rand() * SPAN_DAYS) * DAY);
      articleDates.push(day);
      return {
        title: `${de ? "Synthetischer Bericht" : "Synthetic report"} ${i + 1}: ${pick(words)} ${pick(words)}`,
        language: de ? "de" : "en",
        body,
        publishedFrom: day,
        publishedTo: day,
        publishedPrecision: "day" as const,
        publishedText: day.toISOString().slice(0, 10),
        status: "published" as const,
        contentHash: `synthetic-${opts.seed ?? 42}-${i}`,
        sourceRef: "synthetic",
      };
    });
    await db.article.createMany({ data: rows });
    log(`articles ${Math.min(done + n, opts.articles)}/${opts.articles}`);
  }

  const firstEventId = ((await db.event.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  for (let done = 0; done < opts.events; done += BATCH) {
    const n = Math.min(BATCH, opts.events - done);
    const events = [];
    const citations = [];
    for (let k = 0; k < n; k++) {
      const type = pick(EVENT_TYPES);
      const articleIndex = Math.floor(rand() * opts.articles);
      const reported = articleDates[articleIndex] ?? new Date(START);
      const occurred = new Date(reported.getTime() - Math.floor(rand() * 30) * DAY);
      events.push({
        type,
        labId: pick(labIds),
        title: `Synthetic ${type.replace(/_/g, " ")} #${done + k + 1}`,
        summary: "Generated for benchmarks.",
        occurredFrom: occurred,
        occurredTo: occurred,
        occurredPrecision: "day" as const,
        occurredText: occurred.toISOString().slice(0, 10),
        amountUsd: type === "investment" || type === "acquisition" ? Math.round(rand() * 50) * 1e9 : null,
        amountKind: type === "investment" ? ("capex" as const) : type === "acquisition" ? ("deal_value" as const) : null,
        amountQualifier: type === "investment" || type === "acquisition" ? ("exact" as const) : null,
        percent: type === "stock_move" ? Math.round((rand() - 0.5) * 200) / 10 : null,
        headcount: type === "layoff" || type === "departure" ? 1 + Math.floor(rand() * 500) : null,
        status: "reported" as const,
        firstReportedAt: reported,
        knownFrom: reported,
      });
      const cites = 1 + Math.floor(rand() * 3);
      for (let c = 0; c < cites; c++) {
        citations.push({
          eventId: firstEventId + done + k,
          articleId: firstArticleId + (c === 0 ? articleIndex : Math.floor(rand() * opts.articles)),
          role: c === 0 ? ("first_report" as const) : ("re_report" as const),
          quote: "Synthetic quote.",
          attribution: "own_reporting" as const,
        });
      }
    }
    await db.event.createMany({ data: events });
    // (event, article, role) is unique; a repeated pick is simply skipped.
    await db.citation.createMany({ data: citations, skipDuplicates: true });
    log(`events ${Math.min(done + n, opts.events)}/${opts.events}`);
  }
}

export async function removeSyntheticData(db: PrismaClient): Promise<void> {
  await db.event.deleteMany({ where: { lab: { slug: { startsWith: "synthetic-" } } } });
  await db.article.deleteMany({ where: { sourceRef: "synthetic" } });
  await db.lab.deleteMany({ where: { slug: { startsWith: "synthetic-" } } });
}
