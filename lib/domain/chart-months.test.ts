import { describe, expect, it } from "vitest";
import { addMonths, dayToTime, firstDayOfMonth, isIsoMonth, lastDayOfMonth, monthOf, monthTicks, monthsBetween } from "./chart-months";

describe("chart months", () => {
  it("takes the month of a day and its first and last days", () => {
    expect(monthOf("2025-05-15")).toBe("2025-05");
    expect(firstDayOfMonth("2025-05")).toBe("2025-05-01");
    expect(lastDayOfMonth("2024-02")).toBe("2024-02-29");
    expect(lastDayOfMonth("2025-11")).toBe("2025-11-30");
    expect(() => monthOf("2025-5-1")).toThrow(RangeError);
    expect(isIsoMonth("2025-13")).toBe(false);
  });

  it("adds months across year ends, both ways", () => {
    expect(addMonths("2025-11", 3)).toBe("2026-02");
    expect(addMonths("2025-01", -1)).toBe("2024-12");
  });

  it("lists every month between two, gaps included", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2025-05", "2025-05")).toEqual(["2025-05"]);
    expect(monthsBetween("2025-06", "2025-05")).toEqual([]);
  });

  it("turns days into UTC axis times", () => {
    expect(dayToTime("2025-06-01") - dayToTime("2025-05-31")).toBe(86_400_000);
  });

  it("thins month ticks to at most the requested number", () => {
    expect(monthTicks("2025-04-21", "2025-07-10")).toEqual(["2025-05-01", "2025-06-01", "2025-07-01"]);
    const many = monthTicks("2024-01-01", "2026-12-31", 6);
    expect(many.length).toBeLessThanOrEqual(6);
    expect(many[0]).toBe("2024-01-01");
  });
});
