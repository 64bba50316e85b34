import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import { createPrismaClient } from "@/lib/db";
import { decideDraft } from "@/lib/write/review-queue";
import { requireEditor } from "@/lib/auth/require-editor";
import { findFeedStatuses } from "@/lib/data/feed-status";
import { findReviewQueue } from "@/lib/data/review-queue";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The review queue's data and action functions, with an allowing and a denying `authorise`. */

const url = connectTestDatabase();
const key = `rq${Date.now().toString(36)}`;
let prisma: PrismaClient;
const ids: Record<string, number> = {};
const allow = async () => {};
let editorId = 0;
/** The check as decideDraft needs it: it answers with the acting user. */
const allowEditor = async () => ({ id: editorId });
const deny = async () => {
  throw new Error("denied");
};

beforeAll(async () => {
  prisma = createPrismaClient(url);
  editorId = (
    await prisma.user.create({
      data: { email: `${key}@queue.example.org`, passwordHash: "x", role: "editor" },
    })
  ).id;
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
  await prisma?.user.deleteMany({ where: { id: editorId } });
  await prisma?.$disconnect();
});

describe("review queue", () => {
  it("reads nothing for someone the check denies", async () => {
    await expect(findReviewQueue(deny)).rejects.toThrow("denied");
    await expect(findFeedStatuses(deny)).rejects.toThrow("denied");
    // The real check: outside a signed-in request there is no session, so it refuses.
    await expect(findReviewQueue(requireEditor)).rejects.toThrow();
  });

  it("lists drafts newest first with their suggestions and pages by cursor", async () => {
    const page = await findReviewQueue(allow, { limit: 2 });
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
    const next = await findReviewQueue(allow, { limit: 2, cursor: page.nextCursor ?? undefined });
    expect(next.items[0]?.title).toBe(`${key} older`);
  });

  it("publishes and discards once, refuses stale or bad input and a denied editor", async () => {
    const newest = ids.newest ?? 0;
    await expect(decideDraft(deny, { articleId: newest, version: 1, decision: "publish" })).rejects.toThrow(
      "denied",
    );
    expect((await prisma.article.findUniqueOrThrow({ where: { id: newest } })).status).toBe("draft");

    const bad = await decideDraft(allowEditor, { articleId: "x", decision: "maybe" });
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["articleId", "decision", "version"]);

    expect(
      await decideDraft(allowEditor, { articleId: String(newest), version: "1", decision: "publish" }),
    ).toMatchObject({ ok: true });
    expect(await prisma.article.findUniqueOrThrow({ where: { id: newest } })).toMatchObject({
      status: "published",
      version: 2,
    });
    // Issue 12, finding 9: the decision's audit row names the acting user (it was NULL).
    const audit = await prisma.auditLog.findMany({
      where: { entity: "article", entityId: String(newest), action: "review.publish" },
    });
    expect(audit.map((a) => a.userId)).toEqual([editorId]);
    // The same decision on the old version does nothing.
    const stale = await decideDraft(allowEditor, { articleId: newest, version: 1, decision: "discard" });
    expect(stale.ok).toBeUndefined();
    expect(stale.message).toMatch(/changed or decided/);

    expect(
      await decideDraft(allowEditor, { articleId: ids.newer, version: 1, decision: "discard" }),
    ).toMatchObject({ ok: true });
    expect(
      (await prisma.article.findUniqueOrThrow({ where: { id: ids.newer ?? 0 } })).deletedAt,
    ).toBeInstanceOf(Date);
    const queue = await findReviewQueue(allow, { limit: 5 });
    expect(queue.items.map((i) => i.title)).not.toContain(`${key} newest`);
    expect(queue.items.map((i) => i.title)).not.toContain(`${key} newer`);
    expect(queue.items[0]?.title).toBe(`${key} older`);
  });
});
