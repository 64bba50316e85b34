import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";
import { mockNextRequest, request, resetRequest, signInAs } from "./admin-support";
import type { ArticleFormInput } from "@/lib/validation/article-form";

/**
 * Home's "newly reported" and "recently added" (issue 10 §5): an article about March 2025 saved
 * today is a backfill — it heads "recently added" and sits at its 2025 place in "newly reported";
 * an article published today heads "newly reported" and is no backfill. Both are saved through the
 * editor's own action, which expires the tags home's lists are cached under.
 */

mockNextRequest();
const db = await openTestDatabase();
const { saveArticle } = await import("@/lib/actions/articles");
const { emptyArticleForm, emptyNewEvent } = await import("@/lib/validation/article-form");
const { findNewlyReportedEvents, findRecentlyAddedEvents } = await import("@/lib/data/home-events");
const { tags } = await import("@/lib/data/cache");

const LAB = `home-lists-lab-${process.pid}`;
const URL_PREFIX = `https://home-lists.example.org/${process.pid}/`;
const today = new Date().toISOString().slice(0, 10);

/** Texts of their own, so the near-duplicate guard sees new articles (not a seed article's opening). */
function body(lead: string): string {
  const word = () => Math.random().toString(36).slice(2, 9);
  return `${lead}\n\n${Array.from({ length: 60 }, word).join(" ")}`;
}

function article(name: string, publishedDate: string, lead: string, title: string): ArticleFormInput {
  return {
    ...emptyArticleForm(),
    url: `${URL_PREFIX}${name}`,
    title,
    publisher: "Home Lists Test Gazette",
    publishedDate,
    language: "en",
    body: body(lead),
    status: "published",
    newEvents: [
      {
        ...emptyNewEvent(name),
        type: "delay",
        lab: LAB,
        title,
        summary: `${title} (test).`,
        occurredText: publishedDate,
        quote: lead,
      },
    ],
  };
}

const ids = { fresh: 0, backfill: 0 };

beforeAll(async () => {
  await db.lab.create({ data: { slug: LAB, name: "Home Lists Lab" } });
});

afterAll(async () => {
  await db.article.deleteMany({ where: { url: { startsWith: URL_PREFIX } } });
  await db.event.deleteMany({ where: { lab: { slug: LAB } } });
  await db.lab.deleteMany({ where: { slug: LAB } });
  await db.publisher.deleteMany({ where: { name: "Home Lists Test Gazette" } });
});

beforeEach(() => resetRequest());

async function save(input: ArticleFormInput): Promise<number> {
  const res = await saveArticle(input);
  expect(res, res.message ?? "").toMatchObject({ ok: true });
  // The save expires the tags home's lists are cached under.
  expect(request.updatedTags).toEqual(expect.arrayContaining([tags.events, tags.articles]));
  const c = await db.citation.findFirstOrThrow({
    where: { articleId: res.articleId },
    select: { eventId: true },
  });
  return c.eventId;
}

describe("home: newly reported vs recently added", () => {
  it("saves a fresh report, then a backfilled 2025 one", async () => {
    await signInAs("editor");
    ids.fresh = await save(
      article(
        "fresh",
        today,
        "The home-lists lab postponed its orbital model again today.",
        "Fresh delay (home lists)",
      ),
    );
    ids.backfill = await save(
      article(
        "backfill",
        "2025-03-10",
        "Back in March the home-lists lab quietly shelved its harbour model.",
        "Backfilled delay (home lists)",
      ),
    );
    const rows = await db.event.findMany({
      where: { id: { in: [ids.fresh, ids.backfill] } },
      select: { id: true, knownFrom: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.knownFrom?.toISOString().slice(0, 10)]))).toEqual({
      [ids.fresh]: today,
      [ids.backfill]: "2025-03-10",
    });
  });

  it("'newly reported' is ordered by first report: the fresh one first, the backfill at its 2025 place", async () => {
    const home = await findNewlyReportedEvents({ limit: 8 });
    expect(home[0]?.id).toBe(ids.fresh);
    expect(home.map((e) => e.id)).not.toContain(ids.backfill);

    const all = await findNewlyReportedEvents({ limit: 1000 });
    const known = all.map((e) => e.knownFrom ?? "");
    expect(known).toEqual([...known].sort().reverse());
    const at = all.findIndex((e) => e.id === ids.backfill);
    expect(at).toBeGreaterThan(0);
    expect(all[at - 1]!.knownFrom! >= "2025-03-10").toBe(true);
    expect(all.slice(at + 1).every((e) => (e.knownFrom ?? "") <= "2025-03-10")).toBe(true);
  });

  it("'recently added' leads with the backfill and leaves the fresh report out", async () => {
    const added = await findRecentlyAddedEvents({ limit: 5 });
    expect(added[0]?.id).toBe(ids.backfill);
    expect(added[0]?.addedAt).toBe(today);
    expect(added.map((e) => e.id)).not.toContain(ids.fresh);
    // Every entry was added well after its first report.
    for (const e of added) expect(e.addedAt > (e.knownFrom ?? "9999")).toBe(true);
  });

  it("as of a day before the backfill's report, neither is newly reported", async () => {
    const asOf = await findNewlyReportedEvents({ asOf: "2025-03-09", limit: 1000 });
    expect(asOf.map((e) => e.id)).not.toContain(ids.backfill);
    expect(asOf.map((e) => e.id)).not.toContain(ids.fresh);
    expect(asOf.every((e) => (e.knownFrom ?? "9999") <= "2025-03-09")).toBe(true);
  });
});
