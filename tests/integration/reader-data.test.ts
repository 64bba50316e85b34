import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import { deriveLabStatus, describeLabStatus } from "@/lib/domain/lab-status";
import { amountsByYear } from "@/lib/domain/lab-figures";

/** The reader pages' data functions against the migrated and seeded embedded database. */

connectTestDatabase();

const { findModelPlans } = await import("@/lib/data/model-plans");
const { getLabFacts } = await import("@/lib/data/lab-overview");
const { findReaderEvents, findRecentlyReportedEvents } = await import("@/lib/data/reader-events");
const { findPublisherOptions } = await import("@/lib/data/publishers");

describe("findModelPlans", () => {
  it("returns Behemoth's three plans and the one independent source (WSJ) behind its delay", async () => {
    const meta = await findModelPlans({ lab: "meta" });
    const behemoth = meta.find((m) => m.slug === "llama-4-behemoth");
    expect(behemoth?.commitments.map((c) => c.planned.text)).toEqual([
      "Ende April (LlamaCon)",
      "Juni",
      "Herbst oder später",
    ]);
    // Issue 10 §3: three articles relaying the WSJ are one independent source (was 3 articles).
    expect(behemoth?.reportCount).toBe(1);
    expect(meta.every((m) => m.lab.slug === "meta")).toBe(true);
  });

  it("as of a day before the reports, knows neither the model nor its plans", async () => {
    // Issue 10 §1: a model nothing had reported by then is absent (was: listed with no plans).
    const models = await findModelPlans({ asOf: "2025-05-10" });
    expect(models.find((m) => m.slug === "llama-4-behemoth")).toBeUndefined();
  });
});

describe("getLabFacts", () => {
  it("gives Meta's investment by year, departures and the status line", async () => {
    const facts = await getLabFacts("meta", { since: "2025-04-01", until: "2026-03-31" });
    expect(amountsByYear(facts.amounts).map((y) => [y.year, y.totalUsd, y.qualifier])).toEqual([
      [2025, 72e9, "up_to"],
      [2024, 40e9, "about"],
    ]);
    expect(facts.departures).toEqual({ events: 1, people: 0, peopleQualifier: "at_least" });
    expect(facts.setbacksByType.find((s) => s.type === "benchmark_underperformance")?.count).toBe(3);
    const models = await findModelPlans({ lab: "meta" });
    const status = deriveLabStatus({ models, latestSetback: facts.latestSetback, today: "2026-03-31" });
    expect(describeLabStatus(status, "en")).toBe(
      "Llama 4 Behemoth: slipped from end of April 2025 to fall 2025 or later (2 revisions); 1 independent source",
    );
  });

  it("gives xAI's latest setback and its setbacks by type", async () => {
    const facts = await getLabFacts("xai", { since: "2025-04-01", until: "2026-03-31" });
    expect(facts.latestSetback).toMatchObject({ type: "architecture_problem", reportCount: 1 });
    expect(facts.setbacksByType).toEqual([
      { type: "architecture_problem", count: 1 },
      { type: "departure", count: 1 },
    ]);
    expect(facts.amounts).toEqual([]);
  });

  it("as of a day before any report, knows nothing", async () => {
    const facts = await getLabFacts("meta", { asOf: "2025-05-10", since: "2024-05-11", until: "2025-05-10" });
    expect(facts).toMatchObject({
      amounts: [],
      setbacksByType: [],
      latestSetback: null,
      departures: { events: 0 },
    });
  });
});

describe("findReaderEvents", () => {
  it("filters by the language and publisher of the citing articles", async () => {
    expect((await findReaderEvents({ lang: ["en"] })).items).toEqual([]);
    const german = await findReaderEvents({ lang: ["de"], limit: 30 });
    expect(german.items.length).toBeGreaterThan(20);
    const elEconomista = await findReaderEvents({ publisher: ["eleconomista"], limit: 30 });
    expect(elEconomista.items.length).toBeGreaterThan(0);
    expect(elEconomista.items.every((e) => e.citations.some((c) => c.publisher === "elEconomista"))).toBe(
      true,
    );
  });

  it("pages with a cursor without repeating or losing events", async () => {
    const first = await findReaderEvents({ lab: ["meta"], limit: 10 });
    expect(first.nextCursor).not.toBeNull();
    const second = await findReaderEvents({
      lab: ["meta"],
      limit: 10,
      cursor: first.nextCursor ?? undefined,
    });
    const ids = [...first.items, ...second.items].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.nextCursor).toBeNull();
  });

  it("lists what was reported lately, newest report first", async () => {
    const recent = await findRecentlyReportedEvents({ limit: 30 });
    const days = recent.map((e) => e.firstReportedAt ?? "");
    expect(days[0]).toBe("2026-03-01");
    expect([...days].sort().reverse()).toEqual(days);
    expect(await findRecentlyReportedEvents({ asOf: "2025-05-10", limit: 5 })).toEqual([]);
  });
});

describe("findPublisherOptions", () => {
  it("offers publishers that have published articles", async () => {
    expect(await findPublisherOptions()).toEqual([{ slug: "eleconomista", name: "elEconomista" }]);
  });
});
