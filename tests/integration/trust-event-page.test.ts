import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";

/**
 * Issue 10 §6: an event's permanent address. Merging a duplicate moves its citations into the
 * surviving event, leaves the old id pointing there (the page answers a permanent redirect), and
 * the audit log records it. The status history comes from the log, without who changed it.
 */

const db = await openTestDatabase();
const { mergeEventInto } = await import("@/lib/write/event-write");
const { recomputeFirstReported } = await import("@/lib/write/first-reported");
const { getEventById } = await import("@/lib/data/events");
const { getEventRedirect, getEventStatusHistory } = await import("@/lib/data/event-page");

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let userId = 0;
let articleIds: number[] = [];
let keepId = 0;
let dupId = 0;

beforeAll(async () => {
  userId = (
    await db.user.create({ data: { email: "trust-merge@example.test", role: "editor", passwordHash: "x" } })
  ).id;
  const meta = await db.lab.findUniqueOrThrow({ where: { slug: "meta" } });
  articleIds = [];
  for (const [i, publisher] of ["one", "two"].entries()) {
    const a = await db.article.create({
      data: {
        title: `Trust merge article ${publisher}`,
        language: "en",
        body: "b",
        contentHash: `trust-merge-${i}`,
        status: "published",
        publishedFrom: day(`2026-05-0${i + 1}`),
        publishedTo: day(`2026-05-0${i + 1}`),
        publishedPrecision: "day",
      },
    });
    articleIds.push(a.id);
  }
  const make = (title: string, articleId: number) =>
    db.event.create({
      data: {
        type: "departure",
        labId: meta.id,
        title,
        summary: "s",
        status: "reported",
        occurredFrom: day("2026-05-01"),
        occurredTo: day("2026-05-31"),
        occurredPrecision: "month",
        occurredText: "May 2026",
        citations: {
          create: [
            { articleId, role: "first_report", quote: `quote ${title}`, attribution: "own_reporting" },
          ],
        },
      },
    });
  keepId = (await make("Trust: chief scientist leaves", articleIds[0]!)).id;
  dupId = (await make("Trust: chief scientist quits (duplicate)", articleIds[1]!)).id;
  await db.$transaction((tx) => recomputeFirstReported(tx, [keepId, dupId]));
  await db.auditLog.create({
    data: {
      userId,
      action: "update",
      entity: "event",
      entityId: String(keepId),
      before: { status: "reported" },
      after: { status: "confirmed" },
    },
  });
});

afterAll(async () => {
  await db.event.deleteMany({ where: { id: { in: [dupId, keepId] } } });
  await db.article.deleteMany({ where: { id: { in: articleIds } } });
  await db.auditLog.deleteMany({
    where: { entity: "event", entityId: { in: [String(keepId), String(dupId)] } },
  });
  await db.user.deleteMany({ where: { id: userId } });
});

describe("merging a duplicate event", () => {
  it("moves the citations, redirects the old id and records the merge", async () => {
    const outcome = await mergeEventInto(
      { id: userId, email: "trust-merge@example.test", name: null, role: "editor" },
      dupId,
      keepId,
    );
    expect(outcome).toMatchObject({ kind: "merged", moved: 1 });
    const kept = await getEventById(keepId);
    expect(kept?.citations.map((c) => c.articleId).sort()).toEqual([...articleIds].sort());
    expect(kept?.independentSources).toBe(2);
    expect(await getEventById(dupId)).toBeNull();
    expect(await getEventRedirect(dupId)).toBe(keepId);
    expect(await getEventRedirect(keepId)).toBeNull();
    const log = await db.auditLog.findFirst({
      where: { entity: "event", entityId: String(dupId), action: "merge" },
    });
    expect(log?.userId).toBe(userId);
    expect(log?.after).toMatchObject({ mergedIntoId: keepId, movedCitations: 1 });
  });

  it("refuses to merge an event into itself or into a missing one", async () => {
    const user = { id: userId, email: "x", name: null, role: "editor" as const };
    expect((await mergeEventInto(user, keepId, keepId)).kind).toBe("invalid");
    expect((await mergeEventInto(user, keepId, 2_000_000_000)).kind).toBe("invalid");
  });
});

describe("status history", () => {
  it("lists the recorded status and each change", async () => {
    const steps = await getEventStatusHistory(keepId);
    expect(steps.map((s) => s.status)).toEqual(["reported", "confirmed"]);
  });
});
