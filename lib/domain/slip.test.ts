import { describe, expect, it } from "vitest";
import { fuzzyDay, fuzzyMonth, fuzzyMonthPart, fuzzySeason, parseFuzzyDate } from "./fuzzy-date";
import { computeSlip, describeSlip, type ReleaseCommitment } from "./slip";

// Llama 4 Behemoth as reported in spring 2025: first "Ende April" (LlamaCon), then "Juni",
// then "Herbst oder später" (WSJ, 2025-05-15).
const lateApril = fuzzyMonthPart(2025, 4, "late", "Ende April");
const june = fuzzyMonth(2025, 6, "Juni");
const fallOrLater = fuzzySeason(2025, "fall", "Herbst oder später", true);

const behemoth: ReleaseCommitment[] = [
  { sequence: 1, planned: lateApril, reportedAt: "2025-04-05" },
  { sequence: 2, planned: june, reportedAt: "2025-04-25" },
  { sequence: 3, planned: fallOrLater, reportedAt: "2025-05-15" },
];

describe("computeSlip", () => {
  it("measures the Behemoth series", () => {
    expect(lateApril).toMatchObject({ from: "2025-04-21", to: "2025-04-30", precision: "month_part" });
    expect(computeSlip(behemoth, { today: "2025-05-16" })).toEqual({
      firstPlanned: lateApril,
      latestPlanned: fallOrLater,
      slipDays: 133, // 2025-04-21 → 2025-09-01
      slipDaysMax: null,
      openEnded: true,
      revisions: 2,
      isOpen: true,
      releasedDateUnknown: false,
      shelved: false,
      overdueDays: 0,
      released: null,
      releasedSlipDays: null,
    });
  });

  it("gives both measures while the latest plan is closed", () => {
    const r = computeSlip(behemoth.slice(0, 2), { today: "2025-05-16" });
    expect(r).toMatchObject({ slipDays: 41, slipDaysMax: 61, openEnded: false, revisions: 1 });
  });

  it("counts overdue days once the latest period has passed, even for an open end", () => {
    expect(computeSlip(behemoth, { today: "2025-11-30" })?.overdueDays).toBe(0);
    expect(computeSlip(behemoth, { today: "2025-12-15" })?.overdueDays).toBe(15);
    expect(computeSlip(behemoth.slice(0, 2), { today: "2025-07-01" })?.overdueDays).toBe(1);
  });

  it("stops the clock on release", () => {
    const released = fuzzyDay("2026-04-05", "5. April 2026");
    const r = computeSlip(behemoth, { today: "2026-05-01", released });
    expect(r).toMatchObject({ isOpen: false, overdueDays: 0, released, releasedSlipDays: 349 });
  });

  it("never counts a release nobody dated as overdue (Gemini 1.0, Windows Recall, Alexa+)", () => {
    const r = computeSlip(behemoth, { today: "2026-11-27", releasedDateUnknown: true });
    expect(r).toMatchObject({ isOpen: false, releasedDateUnknown: true, overdueDays: 0, released: null });
    // The same plans without that knowledge are a year overdue.
    expect(computeSlip(behemoth, { today: "2026-11-27" })).toMatchObject({ isOpen: true, overdueDays: 362 });
    expect(describeSlip(r!, "en")).toMatch(/released \(date unknown\)$/);
    expect(describeSlip(r!, "de")).toMatch(/erschienen \(Datum unbekannt\)$/);
  });

  it("never counts a shelved model as overdue, and says it was given up", () => {
    const r = computeSlip(behemoth, { today: "2026-11-27", shelved: true });
    expect(r).toMatchObject({ isOpen: false, shelved: true, overdueDays: 0, released: null, slipDays: 133 });
    expect(describeSlip(r!, "en")).toMatch(/; shelved$/);
    expect(describeSlip(r!, "de")).toMatch(/; eingestellt$/);
    // a release, dated or not, is what happened: the model was out before it was given up
    expect(computeSlip(behemoth, { today: "2026-11-27", shelved: true, releasedDateUnknown: true })).toMatchObject({
      shelved: false,
      releasedDateUnknown: true,
    });
  });

  it("lets a dated release win over the unknown-date flag", () => {
    const released = fuzzyDay("2026-04-05", "5. April 2026");
    const r = computeSlip(behemoth, { today: "2026-05-01", released, releasedDateUnknown: true });
    expect(r).toMatchObject({ releasedDateUnknown: false, released, releasedSlipDays: 349 });
  });

  it("reports a pulled-in date as a negative slip", () => {
    const r = computeSlip(
      [
        { sequence: 1, planned: fuzzyMonth(2025, 9, ""), reportedAt: null },
        { sequence: 2, planned: fuzzyMonth(2025, 7, ""), reportedAt: null },
      ],
      { today: "2025-05-16" },
    );
    expect(r).toMatchObject({ slipDays: -62, slipDaysMax: -61 });
  });

  it("orders by sequence whatever the input order", () => {
    const r = computeSlip([...behemoth].reverse(), { today: "2025-05-16" });
    expect(r?.firstPlanned).toBe(lateApril);
    expect(r?.latestPlanned).toBe(fallOrLater);
  });

  it("returns null without commitments and rejects a bad today", () => {
    expect(computeSlip([], { today: "2025-05-16" })).toBeNull();
    expect(() => computeSlip(behemoth, { today: "2025-02-30" })).toThrow(RangeError);
  });

  it("works on dates read from the articles", () => {
    const ref = { reference: "2025-05-16" };
    const planned = ["Ende April", "den Juni", "den Herbst oder später"].map((t) => parseFuzzyDate(t, ref)!);
    const r = computeSlip(
      planned.map((p, i) => ({ sequence: i + 1, planned: p, reportedAt: null })),
      { today: "2025-05-16" },
    );
    expect(r).toMatchObject({ slipDays: 133, slipDaysMax: null, openEnded: true, revisions: 2 });
  });
});

describe("describeSlip", () => {
  const r = computeSlip(behemoth, { today: "2025-05-16" })!;

  it("describes the Behemoth slip in both languages", () => {
    expect(describeSlip(r, "en")).toBe("slipped from end of April 2025 to fall 2025 or later (2 revisions)");
    expect(describeSlip(r, "de")).toBe(
      "verschoben von Ende April 2025 auf Herbst 2025 oder später (2 Änderungen)",
    );
  });

  it("uses the singular for one revision", () => {
    const one = computeSlip(behemoth.slice(0, 2), { today: "2025-05-16" })!;
    expect(describeSlip(one, "en")).toBe("slipped from end of April 2025 to June 2025 (1 revision)");
    expect(describeSlip(one, "de")).toBe("verschoben von Ende April 2025 auf Juni 2025 (1 Änderung)");
  });

  it("describes a single plan, a pulled-in date, an unchanged date and a release", () => {
    const single = computeSlip(behemoth.slice(0, 1), { today: "2025-04-10" })!;
    expect(describeSlip(single, "en")).toBe("planned for end of April 2025");
    expect(describeSlip(single, "de")).toBe("geplant für Ende April 2025");

    const pulled = computeSlip(
      [
        { sequence: 1, planned: fuzzyMonth(2025, 9, ""), reportedAt: null },
        { sequence: 2, planned: fuzzyMonth(2025, 7, ""), reportedAt: null },
      ],
      { today: "2025-05-16" },
    )!;
    expect(describeSlip(pulled, "en")).toBe("pulled in from September 2025 to July 2025 (1 revision)");
    expect(describeSlip(pulled, "de")).toBe("vorgezogen von September 2025 auf Juli 2025 (1 Änderung)");

    const same = computeSlip(
      [
        { sequence: 1, planned: june, reportedAt: null },
        { sequence: 2, planned: fuzzyMonth(2025, 6, "June"), reportedAt: null },
      ],
      { today: "2025-05-16" },
    )!;
    expect(describeSlip(same, "en")).toBe("still planned for June 2025 (1 revision)");

    const hedged = computeSlip(
      [
        { sequence: 1, planned: june, reportedAt: null },
        { sequence: 2, planned: fuzzyMonth(2025, 6, "Juni oder später", true), reportedAt: null },
      ],
      { today: "2025-05-16" },
    )!;
    expect(describeSlip(hedged, "de")).toBe(
      "verschoben von Juni 2025 auf Juni 2025 oder später (1 Änderung)",
    );

    const shipped = computeSlip(behemoth, {
      today: "2026-05-01",
      released: fuzzyMonth(2026, 4, "April 2026"),
    })!;
    expect(describeSlip(shipped, "en")).toBe(
      "slipped from end of April 2025 to fall 2025 or later (2 revisions); released April 2026",
    );
    expect(describeSlip(shipped, "de")).toBe(
      "verschoben von Ende April 2025 auf Herbst 2025 oder später (2 Änderungen); erschienen April 2026",
    );
  });
});
