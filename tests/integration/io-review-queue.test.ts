import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import { RedirectError, mockNextRequest, request, resetRequest, signInAs } from "./admin-support";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

mockNextRequest();

/**
 * The review queue's reads and decision action, each checking the editor's session itself: signed
 * out they read and change nothing; signed in as an editor they list, publish and discard.
 */

const url = connectTestDatabase();
const { decideDraftAction } = await import("@/lib/actions/review-queue");
const { findFeedStatuses } = await import("@/lib/data/feed-status");
const { findReviewQueue } = await import("@/lib/data/review-queue");

const key = `rq${Date.now().toString(36)}`;
let prisma: PrismaClient;
const ids: Record<string, number> = {};
let editorId = 0;

/** The decision as the queue's form posts it. */
function decide(fields: Record<string, string | number>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, String(value));
  return decideDraftAction({}, form);
}

beforeEach(() => resetRequest());

beforeAll(async () => {
  prisma = createPrismaClient(url);
  // Publication days after every other test's drafts, so these three lead the queue.
  for (const [name, day] of [
    ["older", "2031-01-02"],
    ["newer", "2031-03-04"],
    ["newest", "2031-05-06"],
  ] as const) {
    const a = await prisma.article.create({
      data: {
        title: `${key} ${name}`,
        url: `https://queue.example.org/${key}/${name}`,
        language: "de",
        body: `Meta verschiebt Behemoth (${name}).`,
        contentHash: `${key}-${name}`,
        publishedFrom: new Date(`${day}T00:00:00Z`),
        publishedTo: new Date(`${day}T00:00:00Z`),
        publishedPrecision: "day",
        publishedText: day,
        status: "draft",
        reviewItem: {
          create: {
            labs: ["meta"],
            models: ["llama-4-behemoth"],
            suggestions: [
              {
                type: "delay",
                lab: "meta",
                labName: null,
                model: "llama-4-behemoth",
                quote: "Meta verschiebt Behemoth",
                confidence: 0.8,
                occurred: { text: "Herbst" },
                matchesEventId: null,
              },
            ],
          },
        },
      },
    });
    ids[name] = a.id;
  }
});

afterAll(async () => {
  // The published one would show in other files' article lists: leave the database as found.
  await prisma?.article.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await prisma?.auditLog.deleteMany({ where: { userId: editorId } });
  await prisma?.session.deleteMany({ where: { userId: editorId } });
  await prisma?.user.deleteMany({ where: { id: editorId } });
  await prisma?.$disconnect();
});

describe("review queue", () => {
  it("reads and decides nothing without an editor's session", async () => {
    await expect(findReviewQueue()).rejects.toBeInstanceOf(RedirectError);
    await expect(findFeedStatuses()).rejects.toBeInstanceOf(RedirectError);
    await expect(decide({ articleId: ids.newest ?? 0, version: 1, decision: "publish" })).rejects.toBeInstanceOf(
      RedirectError,
    );
    expect((await prisma.article.findUniqueOrThrow({ where: { id: ids.newest ?? 0 } })).status).toBe("draft");
  });

  it("lists drafts newest first with their suggestions and pages by cursor", async () => {
    await signInAs("editor");
    const page = await findReviewQueue({ limit: 2 });
    expect(page.items.map((i) => i.title)).toEqual([`${key} newest`, `${key} newer`]);
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items[0]).toMatchObject({
      labs: ["meta"],
      models: ["llama-4-behemoth"],
      suggestions: [
        {
          type: "delay",
          lab: "meta",
          quote: "Meta verschiebt Behemoth",
          confidence: 0.8,
          occurredText: "Herbst",
        },
      ],
      published: { from: "2031-05-06", precision: "day" },
    });
    const next = await findReviewQueue({ limit: 2, cursor: page.nextCursor ?? undefined });
    expect(next.items[0]?.title).toBe(`${key} older`);
  });

  it("publishes and discards once, refuses stale or bad input", async () => {
    editorId = (await signInAs("editor")).id;
    const newest = ids.newest ?? 0;

    const bad = await decide({ articleId: "x", decision: "maybe" });
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["articleId", "decision", "version"]);

    expect(await decide({ articleId: newest, version: 1, decision: "publish" })).toMatchObject({ ok: true });
    expect(await prisma.article.findUniqueOrThrow({ where: { id: newest } })).toMatchObject({
      status: "published",
      version: 2,
    });
    // A publish expires the article lists and the article's own tag.
    expect(request.updatedTags).toEqual(expect.arrayContaining(["articles", `article:${newest}`]));
    // Issue 12, finding 9: the decision's audit row names the acting user (it was NULL).
    const audit = await prisma.auditLog.findMany({
      where: { entity: "article", entityId: String(newest), action: "review.publish" },
    });
    expect(audit.map((a) => a.userId)).toEqual([editorId]);
    // The same decision on the old version does nothing.
    const stale = await decide({ articleId: newest, version: 1, decision: "discard" });
    expect(stale.ok).toBeUndefined();
    expect(stale.message).toMatch(/changed or decided/);

    expect(await decide({ articleId: ids.newer ?? 0, version: 1, decision: "discard" })).toMatchObject({ ok: true });
    expect(
      (await prisma.article.findUniqueOrThrow({ where: { id: ids.newer ?? 0 } })).deletedAt,
    ).toBeInstanceOf(Date);
    const queue = await findReviewQueue({ limit: 5 });
    expect(queue.items.map((i) => i.title)).not.toContain(`${key} newest`);
    expect(queue.items.map((i) => i.title)).not.toContain(`${key} newer`);
    expect(queue.items[0]?.title).toBe(`${key} older`);
  });
  it("refuses to publish a near-identical copy of a stored article and names it; drafts do not block each other", async () => {
    await signInAs("editor");
    // Three different stories, long enough for the near-duplicate rule (≥ 200 characters).
    const story = (topic: string) =>
      Array.from({ length: 6 }, (_, i) => `${topic}: Absatz ${i + 1} berichtet ausführlich über ${topic} und seine Folgen für das Unternehmen.`).join("\n");
    const make = async (name: string, body: string, status: "draft" | "published") => {
      const a = await prisma.article.create({
        data: {
          title: `${key} ${name}`,
          url: `https://queue.example.org/${key}/${name}`,
          language: "de",
          body,
          contentHash: `${key}-${name}`,
          status,
          ...(status === "draft" ? { reviewItem: { create: { labs: [], models: [], suggestions: [] } } } : {}),
        },
      });
      ids[name] = a.id;
      return a.id;
    };
    const original = await make("original", story("Die Verschiebung von Behemoth"), "published");
    // The copy adds one line and drops nothing: near-identical, not the same hash.
    const copy = await make("copy", `${story("Die Verschiebung von Behemoth")}\nMehr dazu morgen.`, "draft");
    const other = await make("other", story("Der Rücktritt der Forschungschefin"), "draft");
    const twinA = await make("twin-a", story("Die Kündigungen bei xAI"), "draft");
    const twinB = await make("twin-b", `${story("Die Kündigungen bei xAI")}\nUpdate folgt.`, "draft");

    const refused = await decide({ articleId: copy, version: 1, decision: "publish" });
    expect(refused.ok).toBeUndefined();
    expect(refused.message).toMatch(/near-identical copy/);
    expect(refused.duplicates).toEqual([{ id: original, title: `${key} original`, deleted: false }]);
    expect(await prisma.article.findUniqueOrThrow({ where: { id: copy } })).toMatchObject({ status: "draft", version: 1 });

    expect(await decide({ articleId: other, version: 1, decision: "publish" })).toMatchObject({ ok: true });
    // Two imported copies: the first publishes (the other is only a draft), the second is then a copy.
    expect(await decide({ articleId: twinA, version: 1, decision: "publish" })).toMatchObject({ ok: true });
    const second = await decide({ articleId: twinB, version: 1, decision: "publish" });
    expect(second.duplicates?.map((d) => d.id)).toEqual([twinA]);
  });
});
