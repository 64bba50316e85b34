import { describe, expect, it } from "vitest";
import { emptyArticleForm } from "@/lib/validation/article-form";
import { articleChanges } from "./conflict";

describe("articleChanges", () => {
  it("lists exactly the fields that differ, with both values", () => {
    const opened = { ...emptyArticleForm(), title: "Old", body: "Text" };
    const saved = { ...opened, title: "New", status: "published" as const };
    expect(articleChanges(opened, saved)).toEqual([
      { field: "title", before: "Old", after: "New" },
      { field: "status", before: "draft", after: "published" },
    ]);
  });

  it("notices added citations", () => {
    const opened = emptyArticleForm();
    const saved = {
      ...opened,
      citations: [
        {
          eventId: 3,
          role: "re_report",
          quote: "Q",
          attribution: "own_reporting",
          attributedTo: "",
        } as const,
      ],
    };
    expect(articleChanges(opened, saved).map((c) => c.field)).toEqual(["citations"]);
  });

  it("finds nothing when nothing changed", () => {
    expect(articleChanges(emptyArticleForm(), emptyArticleForm())).toEqual([]);
  });
});
