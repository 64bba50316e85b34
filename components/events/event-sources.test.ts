import { describe, expect, it } from "vitest";
import type { EventDto } from "@/lib/data/dto";
import { corroborationText } from "./event-sources";

/** Only the fields the line reads; the rest of an event does not enter it. */
const event = (independentSources: number, articleCount: number, names: string[] = []) =>
  ({
    independentSources,
    articleCount,
    sources: names.map((name) => ({ name, articleIds: [1] })),
  }) as unknown as EventDto;

describe("the corroboration line", () => {
  it("counts independent sources and articles", () => {
    expect(corroborationText(event(2, 3, ["Reuters", "The Verge"]), "en")).toBe(
      "2 independent sources (Reuters, The Verge) · 3 articles",
    );
  });

  it("says an event only cited as background is background, not '0 independent sources'", () => {
    expect(corroborationText(event(0, 1), "en")).toBe("mentioned only as background, in 1 article");
    expect(corroborationText(event(0, 2), "de")).toBe("nur als Hintergrund erwähnt, in 2 Artikeln");
  });
});
