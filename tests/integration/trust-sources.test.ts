import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import type { EventDto, Page } from "@/lib/data/dto";

/** Issue 10 §3: independent sources, the lead article and consistently derived citation roles. */

connectTestDatabase();

const { GET: getEvents } = await import("@/app/api/v1/events/route");
const { GET: getEvent } = await import("@/app/api/v1/events/[id]/route");

const req = (path: string) => new NextRequest(new URL(path, "http://localhost"));

async function allEvents(): Promise<EventDto[]> {
  const res = await getEvents(req("/api/v1/events?limit=100"));
  expect(res.status).toBe(200);
  return ((await res.json()) as Page<EventDto>).items;
}

describe("independent sources in the API", () => {
  it("the Behemoth delay: 1 independent source, the WSJ, behind 3 articles; no relay is a first report", async () => {
    const delay = (await allEvents()).find((e) => e.type === "delay" && e.model?.slug === "llama-4-behemoth");
    expect(delay).toBeDefined();
    const res = await getEvent(req(`/api/v1/events/${delay!.id}`), {
      params: Promise.resolve({ id: String(delay!.id) }),
    });
    const one = (await res.json()) as EventDto;
    expect(one.independentSources).toBe(1);
    expect(one.sources.map((s) => s.name)).toEqual(["The Wall Street Journal"]);
    expect(one.sources[0]?.articleIds).toHaveLength(3);
    expect(one.articleCount).toBe(3);
    const supporting = one.citations.filter((c) => c.role !== "company_response" && c.role !== "context");
    expect(supporting.map((c) => c.role)).toEqual(["re_report", "re_report", "re_report"]);
    // The recorded role stays visible for editors' reference: one of them was entered as first report.
    expect(one.citations.some((c) => c.recordedRole === "first_report")).toBe(true);
    // No original in hand: the lead is the earliest relay — a004, dated 15–18 May (the others 15–31 May).
    const lead = one.citations.find((c) => c.articleId === one.leadArticleId);
    expect(lead?.title).toBe("Meta muss Einführung seines neuesten KI-Flaggschiffs verschieben");
  });

  it("every event carries independentSources and leadArticleId, consistent with its citations", async () => {
    for (const e of await allEvents()) {
      expect(e.independentSources).toBeGreaterThanOrEqual(1);
      expect(e.independentSources).toBeLessThanOrEqual(e.articleCount);
      expect(e.citations.map((c) => c.articleId)).toContain(e.leadArticleId);
      // At most one first report, and only for an article with its own reporting.
      const firsts = e.citations.filter((c) => c.role === "first_report");
      expect(new Set(firsts.map((c) => c.articleId)).size).toBeLessThanOrEqual(1);
      for (const c of firsts) expect(c.attribution).not.toBe("relays_outlet");
      for (const c of e.citations.filter((x) => x.attribution === "relays_outlet")) {
        if (c.recordedRole !== "company_response" && c.recordedRole !== "context")
          expect(c.role).toBe("re_report");
      }
    }
  });

  it("an article with its own reporting is its own source and the first report (Meta's share slide, a004)", async () => {
    const slide = (await allEvents()).find(
      (e) => e.type === "stock_move" && e.model?.slug === "llama-4-behemoth",
    );
    expect(slide?.independentSources).toBe(1);
    expect(slide?.citations.map((c) => c.role)).toEqual(["first_report"]);
  });
});

describe("search over events (issue 10 §8)", async () => {
  const { searchEvents } = await import("@/lib/data/events");
  it("'layoffs' finds Meta's job cuts, reported only in a German article", async () => {
    const hits = await searchEvents("layoffs", {});
    expect(hits.map((e) => e.title)).toContain("Meta prepares broad job cuts outside core AI development");
  });
  it("'delay' finds the Behemoth delay; 'Behemoth' finds it by model name; nothing for gibberish", async () => {
    expect((await searchEvents("delay", {})).some((e) => e.type === "delay" && e.model?.slug === "llama-4-behemoth")).toBe(true);
    expect((await searchEvents("Behemoth", {})).length).toBeGreaterThanOrEqual(3);
    expect(await searchEvents("qwxzzy", {})).toEqual([]);
  });
  it("honours asOf", async () => {
    expect(await searchEvents("layoffs", { asOf: "2025-05-10" })).toEqual([]);
  });
});
