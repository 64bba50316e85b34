import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";
import {
  ForbiddenError,
  mockNextRequest,
  RedirectError,
  request,
  resetRequest,
  signInAs,
  signOutLocally,
} from "./admin-support";
import type { ArticleFormInput } from "@/lib/validation/article-form";

/**
 * The admin's server actions against the migrated, seeded test database: who may call them,
 * what one save writes (and that nothing is written when it is refused), locking and history.
 */

mockNextRequest();
const db = await openTestDatabase();
const { saveArticle, deleteArticle, restoreArticle, checkArticleDuplicates } = await import("@/lib/actions/articles");
const { saveEvent } = await import("@/lib/actions/events");
const { createUser } = await import("@/lib/actions/users");
const { emptyArticleForm, emptyNewEvent } = await import("@/lib/validation/article-form");
const { getEventForEdit } = await import("@/lib/data/admin-events");
const { getEventById } = await import("@/lib/data/events");
const { eventFigures } = await import("@/lib/i18n/format");

const BODY = [
  "Meta is said to have pushed back Behemoth again, according to a report on Thursday.",
  "The company now plans to spend up to $72 billion on data centres this year.",
  "At least 30 researchers were let go from the Superintelligence lab in March.",
].join("\n\n");

// Tests write only to their own lab, events and articles (and remove them afterwards), so the
// seed facts other test files check stay exactly as seeded.
const LAB = `admin-test-lab-${process.pid}`;
const URL_PREFIX = "https://example.com/test/";
let existingEventId = 0;

beforeAll(async () => {
  const lab = await db.lab.create({ data: { slug: LAB, name: "Admin Test Lab" } });
  const article = await db.article.create({
    data: { url: `${URL_PREFIX}fixture-${process.pid}`, title: "Fixture", language: "en", body: "Fixture text.", contentHash: `fixture-${process.pid}`, status: "published", publishedFrom: new Date("2025-05-01T00:00:00Z"), publishedTo: new Date("2025-05-01T00:00:00Z"), publishedPrecision: "day" },
  });
  const event = await db.event.create({
    data: {
      type: "delay", labId: lab.id, title: "Fixture delay", summary: "S", occurredFrom: new Date("2025-05-01T00:00:00Z"), occurredTo: new Date("2025-05-31T00:00:00Z"),
      occurredPrecision: "month", occurredText: "seit geraumer Zeit", status: "reported", firstReportedAt: new Date("2025-05-01T00:00:00Z"),
      citations: { create: { articleId: article.id, role: "first_report", quote: "Fixture text.", attribution: "own_reporting" } },
    },
  });
  existingEventId = event.id;
});

afterAll(async () => {
  await db.article.deleteMany({ where: { url: { startsWith: URL_PREFIX } } });
  await db.event.deleteMany({ where: { lab: { slug: LAB } } });
  await db.lab.deleteMany({ where: { slug: LAB } });
  await db.publisher.deleteMany({ where: { name: "Integration Test Times" } });
});

async function behemothDelayId(): Promise<number> {
  return existingEventId;
}

function uniqueParagraph(): string {
  const word = () => Math.random().toString(36).slice(2, 9);
  return Array.from({ length: 60 }, word).join(" ");
}

function articleInput(overrides: Partial<ArticleFormInput> = {}): ArticleFormInput {
  return {
    ...emptyArticleForm(),
    url: `${URL_PREFIX}${Date.now()}-${Math.random().toString(36).slice(2)}`,
    title: "Meta pushes back Behemoth again",
    publisher: "Integration Test Times",
    publishedDate: "2025-08-01",
    language: "en",
    // A paragraph of its own, so saves in this file are different articles, not near-identical copies.
    body: `${BODY}\n\n${uniqueParagraph()}`,
    status: "published",
    ...overrides,
  };
}

beforeEach(() => resetRequest());

describe("authorisation in every action", () => {
  it("refuses a reader (no session) and writes nothing", async () => {
    const before = { articles: await db.article.count(), events: await db.event.count(), users: await db.user.count() };
    await expect(saveArticle(articleInput())).rejects.toBeInstanceOf(RedirectError);
    const id = await behemothDelayId();
    const event = await getEventForEdit(id);
    await expect(saveEvent({ ...event!.form, title: "Hacked" })).rejects.toBeInstanceOf(RedirectError);
    await expect(deleteArticle(1)).rejects.toBeInstanceOf(RedirectError);
    await expect(checkArticleDuplicates({ url: "https://x.example", body: "" })).rejects.toBeInstanceOf(RedirectError);
    const fd = new FormData();
    fd.set("email", "intruder@example.com");
    fd.set("role", "admin");
    fd.set("password", "");
    await expect(createUser({ ok: false, message: null, fieldErrors: {}, values: { email: "", name: "", role: "" } }, fd)).rejects.toBeInstanceOf(RedirectError);
    expect({ articles: await db.article.count(), events: await db.event.count(), users: await db.user.count() }).toEqual(before);
    expect((await db.event.findUniqueOrThrow({ where: { id } })).title).not.toBe("Hacked");
  });

  it("refuses a session token that is not in the database", async () => {
    request.cookies.set("slipwatch_session", "A".repeat(43));
    await expect(saveArticle(articleInput())).rejects.toBeInstanceOf(RedirectError);
  });

  it("lets only admins manage users", async () => {
    await signInAs("editor");
    const fd = new FormData();
    fd.set("email", "made-by-editor@example.com");
    fd.set("role", "admin");
    fd.set("password", "");
    await expect(createUser({ ok: false, message: null, fieldErrors: {}, values: { email: "", name: "", role: "" } }, fd)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.user.count({ where: { email: "made-by-editor@example.com" } })).toBe(0);

    signOutLocally();
    await signInAs("admin");
    const res = await createUser({ ok: false, message: null, fieldErrors: {}, values: { email: "", name: "", role: "" } }, fd);
    expect(res.ok).toBe(true);
    expect(res.generatedPassword).toHaveLength(20);
    const user = await db.user.findUniqueOrThrow({ where: { email: "made-by-editor@example.com" } });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain(res.generatedPassword!);
  });
});

describe("saving an article", () => {
  it("creates the article, two new events and a citation of an existing event in one go", async () => {
    const editor = await signInAs("editor");
    const delayId = await behemothDelayId();
    const input = articleInput({
      citations: [
        {
          eventId: delayId,
          role: "re_report",
          quote: "Meta is said to have pushed back Behemoth again, according to a report on Thursday.",
          attribution: "anonymous_sources",
          attributedTo: "",
        },
      ],
      newEvents: [
        {
          ...emptyNewEvent("a"),
          type: "investment",
          lab: LAB,
          title: "Meta capex up to $72B (test)",
          summary: "Capex plan.",
          occurredText: "2025",
          amountUsd: "72B",
          amountQualifier: "up_to",
          amountKind: "capex",
          quote: "The company now plans to spend up to $72 billion on data centres this year.",
        },
        {
          ...emptyNewEvent("b"),
          type: "layoff",
          lab: LAB,
          title: "At least 30 researchers let go (test)",
          summary: "Layoffs.",
          occurredText: "im März",
          headcount: "30",
          headcountQualifier: "at_least",
          quote: "At least 30 researchers were let go from the Superintelligence lab in March.",
        },
      ],
    });
    const res = await saveArticle(input);
    expect(res.message).toBe("Saved.");
    expect(res.ok).toBe(true);
    const article = await db.article.findUniqueOrThrow({
      where: { id: res.articleId },
      include: { citations: { include: { event: true } }, publisher: true },
    });
    expect(article.publisher?.name).toBe("Integration Test Times");
    expect(article.citations).toHaveLength(3);
    const created = article.citations.filter((c) => c.eventId !== delayId).map((c) => c.event);
    expect(created.map((e) => e.type).sort()).toEqual(["investment", "layoff"]);
    const capex = created.find((e) => e.type === "investment")!;
    expect(capex.amountUsd?.toNumber()).toBe(72e9);
    expect(capex.amountQualifier).toBe("up_to");
    expect(capex.firstReportedAt?.toISOString().slice(0, 10)).toBe("2025-08-01");
    const layoff = created.find((e) => e.type === "layoff")!;
    expect([layoff.occurredFrom.toISOString().slice(0, 10), layoff.occurredTo.toISOString().slice(0, 10), layoff.occurredPrecision]).toEqual([
      "2025-03-01",
      "2025-03-31",
      "month",
    ]);
    // The existing event keeps its earlier first report (1 May 2025), not this August article.
    const delay = await db.event.findUniqueOrThrow({ where: { id: delayId } });
    expect(delay.firstReportedAt!.toISOString().slice(0, 10) < "2025-08-01").toBe(true);
    // Audit: the article, the new publisher, two events and three citations, all by this editor.
    const audit = await db.auditLog.findMany({ where: { userId: editor.id } });
    expect(audit.map((a) => `${a.action}:${a.entity}`).sort()).toEqual([
      "create:article",
      "create:citation",
      "create:citation",
      "create:citation",
      "create:event",
      "create:event",
      "create:publisher",
    ]);
    expect(request.updatedTags).toEqual(expect.arrayContaining(["articles", `article:${res.articleId}`, "events", `lab:${LAB}`]));
  });

  it("refuses a duplicate URL and near-identical text, writing nothing", async () => {
    await signInAs("editor");
    // Seed articles carry no URL: the fixture article stands in for a known URL.
    const known = await db.article.findFirstOrThrow({ where: { url: `${URL_PREFIX}fixture-${process.pid}` }, select: { id: true, url: true } });
    const seed = await db.article.findFirstOrThrow({ where: { sourceRef: { not: null } }, orderBy: { id: "asc" }, select: { id: true, body: true } });
    const count = await db.article.count();
    const byUrl = await saveArticle(articleInput({ url: known.url! }));
    expect(byUrl.ok).toBe(false);
    expect(byUrl.duplicates?.[0]).toMatchObject({ id: known.id, by: "url" });
    expect(byUrl.fieldErrors.url).toBeDefined();
    // Same words, different spacing and punctuation: the content hash matches.
    const byText = await saveArticle(articleInput({ body: seed.body.replaceAll(" ", "  ").replaceAll(".", " ;") }));
    expect(byText.duplicates?.[0]).toMatchObject({ id: seed.id, by: "text" });
    expect(await db.article.count()).toBe(count);
    expect((await checkArticleDuplicates({ url: known.url!, body: "" }))[0]?.id).toBe(known.id);
  });

  it("refuses to restore an article whose text is live again as another, naming that one", async () => {
    await signInAs("editor");
    const first = await saveArticle(articleInput());
    expect((await deleteArticle(first.articleId!)).ok).toBe(true);
    // The form refuses a copy of a deleted article too; another path (an import, a hand edit of
    // the database) could still make one, and the database's unique index is what restoring meets.
    const second = await saveArticle(articleInput({ title: "The same report, saved again" }));
    const { contentHash } = await db.article.findUniqueOrThrow({ where: { id: first.articleId }, select: { contentHash: true } });
    await db.article.update({ where: { id: second.articleId }, data: { contentHash } });
    const restored = await restoreArticle(first.articleId!);
    expect(restored.ok).toBe(false);
    expect(restored.message).toContain(`“The same report, saved again” (#${second.articleId})`);
    expect((await db.article.findUniqueOrThrow({ where: { id: first.articleId } })).deletedAt).not.toBeNull();
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    await signInAs("editor");
    const count = await db.article.count();
    const res = await saveArticle(articleInput({ url: "nope", title: "" }));
    expect(res.ok).toBe(false);
    expect(Object.keys(res.fieldErrors).sort()).toEqual(["title", "url"]);
    expect(await db.article.count()).toBe(count);
  });

  it("refuses an edit based on an old version and keeps the newer save", async () => {
    await signInAs("editor");
    const created = await saveArticle(articleInput());
    const { getArticleForEdit } = await import("@/lib/data/admin-articles");
    const opened = (await getArticleForEdit(created.articleId!))!.form;
    const first = await saveArticle({ ...opened, title: "First editor's title" });
    expect(first.ok).toBe(true);
    const second = await saveArticle({ ...opened, title: "Second editor's title" });
    expect(second.ok).toBe(false);
    expect(second.conflict?.current.title).toBe("First editor's title");
    expect((await db.article.findUniqueOrThrow({ where: { id: created.articleId } })).title).toBe("First editor's title");
  });

  it("soft-deletes and restores, moving the events' first-report dates", async () => {
    await signInAs("editor");
    const res = await saveArticle(
      articleInput({
        publishedDate: "2025-01-02",
        newEvents: [
          { ...emptyNewEvent("x"), type: "other", lab: LAB, title: "Test event", summary: "S", occurredText: "Januar", quote: BODY.split("\n\n")[0]! },
        ],
      }),
    );
    const citation = await db.citation.findFirstOrThrow({ where: { articleId: res.articleId } });
    const firstReported = async () => (await db.event.findUniqueOrThrow({ where: { id: citation.eventId } })).firstReportedAt;
    expect((await firstReported())?.toISOString().slice(0, 10)).toBe("2025-01-02");
    expect((await deleteArticle(res.articleId!)).ok).toBe(true);
    expect((await db.article.findUniqueOrThrow({ where: { id: res.articleId } })).deletedAt).not.toBeNull();
    expect(await firstReported()).toBeNull();
    expect((await restoreArticle(res.articleId!)).ok).toBe(true);
    expect((await firstReported())?.toISOString().slice(0, 10)).toBe("2025-01-02");
  });
});

describe("editing an event", () => {
  it("stores an amount range both ways, shows it as one, and refuses a bound below the amount", async () => {
    await signInAs("editor");
    const id = existingEventId;
    const opened = (await getEventForEdit(id))!.form;
    const refused = await saveEvent({ ...opened, amountUsd: "72B", amountUsdMax: "60B", amountKind: "capex" });
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors.amountUsdMax?.[0]).toMatch(/more than the amount/);
    const noLow = await saveEvent({ ...opened, amountUsd: "", amountUsdMax: "72B" });
    expect(noLow.fieldErrors.amountUsd?.[0]).toMatch(/lower bound/);
    const saved = await saveEvent({ ...opened, amountUsd: "60B", amountUsdMax: "72B", amountKind: "capex" });
    expect(saved.ok).toBe(true);
    const row = await db.event.findUniqueOrThrow({ where: { id } });
    expect([Number(row.amountUsd), Number(row.amountUsdMax)]).toEqual([60e9, 72e9]);
    const reopened = (await getEventForEdit(id))!.form;
    expect([reopened.amountUsd, reopened.amountUsdMax]).toEqual(["60000000000", "72000000000"]);
    const shown = (await getEventById(id))!;
    expect(shown.amountUsdMax).toBe(72e9);
    expect(eventFigures(shown, "en")[0]).toBe("$60–72B");
    // clearing the amount clears the range with it
    const cleared = await saveEvent({ ...reopened, amountUsd: "", amountUsdMax: "", amountKind: "" });
    expect(cleared.ok).toBe(true);
    expect((await db.event.findUniqueOrThrow({ where: { id } })).amountUsdMax).toBeNull();
  });

  it("gives the second of two editors a conflict, not an overwrite, and logs the first save", async () => {
    const editor = await signInAs("editor");
    // A stored date phrase the parser cannot read ("seit geraumer Zeit") must not block other edits.
    const id = existingEventId;
    const opened = (await getEventForEdit(id))!.form;
    const a = await saveEvent({ ...opened, title: "Edited by A" });
    expect(a.ok).toBe(true);
    const b = await saveEvent({ ...opened, title: "Edited by B" });
    expect(b.ok).toBe(false);
    expect(b.conflict?.current.title).toBe("Edited by A");
    expect((await db.event.findUniqueOrThrow({ where: { id } })).title).toBe("Edited by A");
    const log = await db.auditLog.findFirstOrThrow({ where: { entity: "event", entityId: String(id), userId: editor.id } });
    expect(log.before).toMatchObject({ title: opened.title });
    expect(log.after).toMatchObject({ title: "Edited by A" });
  });
});
