import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/action-result";
import { extractFromText } from "@/lib/domain/extract";
import { seedContext } from "@/tests/support/extract/seed-context";
import {
  ArticleFormSchema,
  emptyArticleForm,
  emptyNewEvent,
  suggestionToNewEventRow,
  type ArticleFormInput,
} from "./article-form";
import { parseUsdInput } from "./form-fields";

const body =
  "Meta hat die Veröffentlichung von Behemoth verschoben. Der Start ist nun für Herbst oder später geplant.";

function valid(): ArticleFormInput {
  return {
    ...emptyArticleForm(),
    url: "https://example.com/behemoth",
    title: "Meta verschiebt Behemoth",
    publishedDate: "2025-05-16",
    language: "de",
    body,
    newEvents: [
      {
        ...emptyNewEvent("a"),
        lab: "meta",
        model: "llama-4-behemoth",
        title: "Behemoth delayed",
        summary: "Meta delayed Behemoth.",
        occurredText: "Herbst oder später",
        quote: "Der Start ist nun für Herbst oder später geplant.",
        amountUsd: "72B",
      },
    ],
  };
}

describe("ArticleFormSchema", () => {
  it("turns form strings into typed values", () => {
    const r = ArticleFormSchema.safeParse(valid());
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.newEvents[0]?.amountUsd).toBe(72e9);
    expect(r.data.newEvents[0]?.model).toBe("llama-4-behemoth");
    expect(r.data.publisher).toBeNull();
  });

  it("puts errors on the field paths the form shows them at", () => {
    const input = valid();
    input.url = "not a url";
    input.newEvents[0] = {
      ...input.newEvents[0]!,
      quote: "Ein Satz, der nicht im Text steht.",
      occurredText: "irgendwann mal",
    };
    const r = ArticleFormSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    const errors = fieldErrorsOf(r.error);
    expect(Object.keys(errors).sort()).toEqual(["newEvents.0.occurredText", "newEvents.0.quote", "url"]);
  });

  it("needs a publication date to read relative dates", () => {
    const input = { ...valid(), publishedDate: "" };
    const r = ArticleFormSchema.safeParse(input);
    expect(r.success ? [] : Object.keys(fieldErrorsOf(r.error))).toEqual(["newEvents.0.occurredText"]);
  });

  it("refuses the same event cited twice with one role", () => {
    const c = {
      eventId: "3",
      role: "re_report",
      quote: "Meta hat die Veröffentlichung",
      attribution: "own_reporting",
      attributedTo: "",
    } as const;
    const r = ArticleFormSchema.safeParse({ ...valid(), citations: [c, c] });
    expect(r.success ? [] : Object.keys(fieldErrorsOf(r.error))).toEqual(["citations.1.role"]);
  });
});

describe("parseUsdInput", () => {
  it("reads scale suffixes and separators", () => {
    expect(parseUsdInput("72B")).toBe(72e9);
    expect(parseUsdInput("$14.3 bn")).toBe(14.3e9);
    expect(parseUsdInput("500m")).toBe(5e8);
    expect(parseUsdInput("1,500,000")).toBe(1.5e6);
    expect(parseUsdInput("")).toBeNull();
    expect(parseUsdInput("lots")).toBeNaN();
  });
});

describe("suggestionToNewEventRow (issue 9 §4)", () => {
  const text =
    "Mistral AI sammelt rund 600 Millionen Dollar in einer Finanzierungsrunde ein. Das Start-up aus Paris wächst schnell.";

  it("turns every proposal of a pasted article into a row the form accepts", () => {
    const r = extractFromText(text, seedContext({ articleDate: "2025-06-12", lang: "de" }));
    expect(r.events.length).toBeGreaterThan(0);
    for (const [i, e] of r.events.entries()) {
      // the extractor's date for this sentence is the inferred month of the article
      expect(e.occurredInferred).toBe(true);
      const row = suggestionToNewEventRow(e, {
        key: `s${i}`,
        publishedDate: "2025-06-12",
        language: "de",
        typeLabel: "Investment",
      });
      const form = { ...valid(), body: text, newEvents: [row] };
      const parsed = ArticleFormSchema.safeParse(form);
      expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({});
      expect(row.amountQualifier).toBe("about");
      expect(row.amountKind).toBe("investment");
    }
  });
});
