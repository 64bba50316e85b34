import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";
import { mockNextRequest, request, resetRequest, signInAs } from "./admin-support";
import type { ArticleFormInput, NewEventRowInput } from "@/lib/validation/article-form";
import type { ExtractedEvent } from "@/lib/domain/extract/types";
import { proposal } from "@/tests/support/extract/proposal";

/**
 * The editor's path from a draft to published events (issue 9 §2, §4): publishing from the review
 * queue turns the accepted suggestions into events and citations in the same transaction, keeps
 * what was accepted in the article form, and a lab or model the knowledge base knows but the
 * database lacks is created from its entry when a save or a publish names it.
 */

mockNextRequest();
const db = await openTestDatabase();
const { decideDraftAction } = await import("@/lib/actions/review-queue");
const { findReviewQueue } = await import("@/lib/data/review-queue");
const { getArticleById } = await import("@/lib/data/articles");
const { saveArticle } = await import("@/lib/actions/articles");
const { emptyArticleForm, emptyNewEvent } = await import("@/lib/validation/article-form");
const { MODELS, getOrgBySlug, ORGANISATIONS } = await import("@/lib/domain/knowledge");

const key = `ep${process.pid}${Date.now().toString(36)}`;
const LAB = `editor-path-lab-${process.pid}`;
const URL_PREFIX = `https://editor-path.example.org/${key}/`;
const BODY = [
  "Das Test-Labor verschiebt sein großes Modell erneut, berichtet die Zeitung.",
  "Zugleich entlässt das Test-Labor 40 Mitarbeiter.",
  "Ein anderes Start-up sammelt 100 Millionen Dollar ein.",
].join("\n\n");

let labId = 0;
let matchedEventId = 0;
/** Knowledge-base entries this database does not hold, chosen at run time so the test stays valid as seeds grow. */
let kbLab = "";
let kbLabName = "";
let kbModel = "";
let kbModelOwner = "";
const created = { labs: [] as string[], models: [] as string[] };

beforeAll(async () => {
  const labs = new Set((await db.lab.findMany({ select: { slug: true } })).map((l) => l.slug));
  const models = new Set((await db.model.findMany({ select: { slug: true } })).map((m) => m.slug));
  const model = MODELS.find(
    (m) => m.kind === "model" && !models.has(m.slug) && !labs.has(m.owner) && !getOrgBySlug(m.owner)?.parent,
  );
  const org = ORGANISATIONS.find(
    (o) => !labs.has(o.slug) && !o.parent && o.kind === "startup" && o.slug !== model?.owner,
  );
  if (!model || !org) throw new Error("the knowledge base has no entry missing from the database");
  kbModel = model.slug;
  kbModelOwner = model.owner;
  kbLab = org.slug;
  kbLabName = org.name;
  created.labs.push(kbLab, kbModelOwner);
  created.models.push(kbModel);

  const lab = await db.lab.create({ data: { slug: LAB, name: "Editor Path Lab" } });
  labId = lab.id;
  const event = await db.event.create({
    data: {
      type: "delay",
      labId,
      title: "Earlier delay",
      summary: "S",
      occurredFrom: new Date("2030-01-01T00:00:00Z"),
      occurredTo: new Date("2030-01-31T00:00:00Z"),
      occurredPrecision: "month",
      occurredText: "Januar 2030",
      status: "reported",
    },
  });
  matchedEventId = event.id;
});

afterAll(async () => {
  await db.article.deleteMany({ where: { url: { startsWith: URL_PREFIX } } });
  await db.event.deleteMany({
    where: {
      OR: [{ lab: { slug: { in: [LAB, ...created.labs] } } }, { model: { slug: { in: created.models } } }],
    },
  });
  await db.model.deleteMany({ where: { slug: { in: created.models } } });
  await db.lab.deleteMany({ where: { slug: { in: [LAB, ...created.labs] } } });
});

beforeEach(() => resetRequest());

async function queuedDraft(name: string, suggestions: unknown[]): Promise<{ id: number; version: number }> {
  const a = await db.article.create({
    data: {
      title: `${key} ${name}`,
      url: `${URL_PREFIX}${name}`,
      language: "de",
      body: BODY,
      contentHash: `${key}-${name}`,
      publishedFrom: new Date("2030-03-04T00:00:00Z"),
      publishedTo: new Date("2030-03-04T00:00:00Z"),
      publishedPrecision: "day",
      publishedText: "2030-03-04",
      status: "draft",
      reviewItem: { create: { labs: [LAB], models: [], suggestions: suggestions as never } },
    },
  });
  return { id: a.id, version: a.version };
}

const suggestion = (over: Partial<ExtractedEvent>) =>
  proposal({
    lab: LAB,
    labName: "Editor Path Lab",
    quote: "Das Test-Labor verschiebt sein großes Modell erneut, berichtet die Zeitung.",
    ...over,
  });

function decision(articleId: number, version: number, accept: number[]): FormData {
  const fd = new FormData();
  fd.set("articleId", String(articleId));
  fd.set("version", String(version));
  fd.set("decision", "publish");
  for (const i of accept) fd.append("accept", String(i));
  return fd;
}

describe("publishing from the review queue", () => {
  it("turns the accepted suggestions into events and citations, and only those", async () => {
    const editor = await signInAs("editor");
    const draft = await queuedDraft("accept", [
      suggestion({
        type: "layoff",
        headcount: 40,
        headcountQualifier: "exact",
        quote: "Zugleich entlässt das Test-Labor 40 Mitarbeiter.",
        occurred: {
          from: "2030-03-02",
          to: "2030-03-02",
          precision: "day",
          openEnd: false,
          text: "am Montag",
        },
      }),
      suggestion({ matchesEventId: matchedEventId, reportedBy: "Die Zeitung" }),
      suggestion({ type: "other", quote: "Nicht angenommen." }),
      suggestion({
        type: "investment",
        lab: null,
        labName: kbLabName,
        amountUsd: 100_000_000,
        amountQualifier: "exact",
        quote: "Ein anderes Start-up sammelt 100 Millionen Dollar ein.",
      }),
    ]);
    // The queue marks the lab the knowledge base will supply.
    const queue = await findReviewQueue({ limit: 100 });
    const queued = queue.items.find((i) => i.articleId === draft.id);
    expect(queued?.suggestions.map((s) => s.newFromKnowledgeBase)).toEqual([
      null,
      null,
      null,
      { slug: kbLab, name: kbLabName },
    ]);

    const res = await decideDraftAction({}, decision(draft.id, draft.version, [0, 1, 3]));
    expect(res).toMatchObject({ ok: true });

    // The article as readers get it (lib/data, not a query of our own): published, with the three
    // accepted events and their citations; the rejected suggestion made nothing.
    const article = await getArticleById(draft.id);
    expect(article?.status).toBe("published");
    const cited = article?.events ?? [];
    expect(cited).toHaveLength(3);
    expect(await db.citation.count({ where: { articleId: draft.id } })).toBe(3);
    const layoff = cited.find((e) => e.type === "layoff");
    const reReport = cited.find((e) => e.id === matchedEventId);
    const investment = cited.find((e) => e.type === "investment");
    expect(layoff).toMatchObject({
      role: "first_report",
      quote: "Zugleich entlässt das Test-Labor 40 Mitarbeiter.",
      lab: { slug: LAB },
    });
    expect(reReport).toMatchObject({
      role: "re_report",
      attribution: "relays_outlet",
      attributedTo: "Die Zeitung",
    });
    // Named only by name, not stored, known to the knowledge base: created from its entry.
    expect(investment?.lab).toEqual({ slug: kbLab, name: kbLabName });
    // What the reader's view leaves out: the stored facts and the first-report day.
    const stored = await db.event.findMany({
      where: { id: { in: cited.map((e) => e.id) } },
      select: { id: true, headcount: true, amountUsd: true, occurredText: true, firstReportedAt: true },
    });
    const storedOf = (id: number | undefined) => stored.find((e) => e.id === id);
    expect(storedOf(layoff?.id)).toMatchObject({ headcount: 40, occurredText: "am Montag" });
    expect(Number(storedOf(investment?.id)?.amountUsd)).toBe(100_000_000);
    // The events count from this article's publication day: they show on the reader pages.
    expect(stored).toHaveLength(3);
    for (const e of stored) expect(e.firstReportedAt?.toISOString().slice(0, 10)).toBe("2030-03-04");
    expect(await db.event.count({ where: { type: "other", lab: { slug: LAB } } })).toBe(0);

    const audit = await db.auditLog.findMany({
      where: { userId: editor.id },
      select: { action: true, entity: true },
    });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "create", entity: "lab" },
        { action: "create", entity: "event" },
        { action: "create", entity: "citation" },
        { action: "review.publish", entity: "article" },
      ]),
    );
    // The action expires what the publish touched, as every other action does (the write no longer
    // decides that by NEXT_RUNTIME): the article lists, the article, its labs and the event lists.
    expect(request.updatedTags).toEqual(
      expect.arrayContaining(["articles", `article:${draft.id}`, `lab:${LAB}`, "events", "labs"]),
    );
  });

  it("publishes nothing when an accepted suggestion cannot be placed, and says which", async () => {
    await signInAs("editor");
    const draft = await queuedDraft("unplaceable", [
      suggestion({}),
      suggestion({ lab: null, labName: "Völlig Unbekannte Firma GmbH" }),
    ]);
    const res = await decideDraftAction({}, decision(draft.id, draft.version, [0, 1]));
    expect(res.ok).toBeFalsy();
    expect(res.message).toContain("Völlig Unbekannte Firma GmbH");
    const article = await db.article.findUniqueOrThrow({
      where: { id: draft.id },
      select: { status: true, version: true },
    });
    expect(article).toEqual({ status: "draft", version: draft.version });
    expect(await db.citation.count({ where: { articleId: draft.id } })).toBe(0);
  });

  it("refuses an accept that names no stored suggestion", async () => {
    await signInAs("editor");
    const draft = await queuedDraft("out-of-range", [suggestion({})]);
    const res = await decideDraftAction({}, decision(draft.id, draft.version, [5]));
    expect(res.ok).toBeFalsy();
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });
});

function articleInput(overrides: Partial<ArticleFormInput>): ArticleFormInput {
  return {
    ...emptyArticleForm(),
    url: `${URL_PREFIX}form-${Math.random().toString(36).slice(2)}`,
    title: `${key} form`,
    publisher: "Editor Path Zeitung",
    publishedDate: "2030-03-04",
    language: "de",
    body: `${BODY}\n\n${Math.random()}`,
    status: "draft",
    ...overrides,
  };
}

/**
 * Saves the article form as an editor with one new event, dated "März 2030" (readable against the
 * article's 2030-03-04), and whatever else `article` sets.
 */
async function saveWithNewEvent(event: Partial<NewEventRowInput>, article: Partial<ArticleFormInput> = {}) {
  await signInAs("editor");
  const row = { ...emptyNewEvent("k1"), occurredText: "März 2030", ...event };
  return saveArticle(articleInput({ ...article, newEvents: [row] }));
}

describe("saving from the article form", () => {
  it("creates a lab and model the knowledge base knows, then publishing the draft keeps its events", async () => {
    const saved = await saveWithNewEvent({
      type: "delay",
      lab: kbModelOwner,
      model: kbModel,
      title: "Model delayed",
      summary: "The model is delayed.",
      quote: "Das Test-Labor verschiebt sein großes Modell erneut, berichtet die Zeitung.",
    });
    expect(saved).toMatchObject({ ok: true });
    const model = await db.model.findUniqueOrThrow({
      where: { slug: kbModel },
      select: { name: true, status: true, lab: { select: { slug: true } } },
    });
    expect(model).toMatchObject({
      name: MODELS.find((m) => m.slug === kbModel)?.name,
      status: "announced",
      lab: { slug: kbModelOwner },
    });
    const event = await db.event.findFirstOrThrow({
      where: { model: { slug: kbModel } },
      select: { id: true, firstReportedAt: true },
    });
    // A draft's citations do not count yet …
    expect(event.firstReportedAt).toBeNull();

    const draft = await db.article.findUniqueOrThrow({
      where: { id: saved.articleId! },
      select: { version: true },
    });
    const res = await decideDraftAction({}, decision(saved.articleId!, draft.version, []));
    expect(res).toMatchObject({ ok: true });
    // … publishing from the queue makes them count.
    const after = await db.event.findUniqueOrThrow({
      where: { id: event.id },
      select: { firstReportedAt: true },
    });
    expect(after.firstReportedAt?.toISOString().slice(0, 10)).toBe("2030-03-04");
  });

  it("creates nothing from the knowledge base when the save is refused", async () => {
    const spare = ORGANISATIONS.find(
      (o) => !o.parent && o.kind === "investor" && !created.labs.includes(o.slug),
    );
    if (!spare || (await db.lab.count({ where: { slug: spare.slug } })) > 0)
      throw new Error("no spare knowledge-base lab");
    created.labs.push(spare.slug);
    const res = await saveWithNewEvent(
      {
        type: "investment",
        lab: spare.slug,
        title: "Investment",
        summary: "An investment.",
        quote: "Ein anderes Start-up sammelt 100 Millionen Dollar ein.",
      },
      {
        citations: [
          {
            eventId: 2_000_000_000,
            role: "re_report",
            quote: "Zugleich entlässt das Test-Labor 40 Mitarbeiter.",
            attribution: "own_reporting",
            attributedTo: "",
          },
        ],
      },
    );
    expect(res.ok).toBe(false);
    expect(await db.lab.count({ where: { slug: spare.slug } })).toBe(0);
  });

  it("still refuses a lab neither stored nor in the knowledge base", async () => {
    const res = await saveWithNewEvent({
      lab: "no-such-lab-anywhere",
      title: "T",
      summary: "S",
      quote: "Zugleich entlässt das Test-Labor 40 Mitarbeiter.",
    });
    expect(res.fieldErrors).toMatchObject({ "newEvents.0.lab": ["Unknown lab"] });
  });
});
