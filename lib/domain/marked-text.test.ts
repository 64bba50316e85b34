import { describe, expect, it } from "vitest";
import { splitMarkedText } from "./marked-text";

describe("splitMarkedText", () => {
  it("splits a snippet into plain and marked parts", () => {
    expect(splitMarkedText("Meta \u0002verzögert\u0003 den Start von \u0002Behemoth\u0003.")).toEqual([
      { text: "Meta ", marked: false },
      { text: "verzögert", marked: true },
      { text: " den Start von ", marked: false },
      { text: "Behemoth", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("keeps text without markers as one plain part and drops empty parts", () => {
    expect(splitMarkedText("no hits here")).toEqual([{ text: "no hits here", marked: false }]);
    expect(splitMarkedText("")).toEqual([]);
    expect(splitMarkedText("\u0002\u0003")).toEqual([]);
  });

  it("treats HTML in the snippet as text, never as markup", () => {
    const parts = splitMarkedText("<b>x</b> \u0002<script>\u0003");
    expect(parts).toEqual([
      { text: "<b>x</b> ", marked: false },
      { text: "<script>", marked: true },
    ]);
  });

  it("survives an unterminated or stray marker", () => {
    expect(splitMarkedText("a \u0002b")).toEqual([
      { text: "a ", marked: false },
      { text: "b", marked: true },
    ]);
    expect(splitMarkedText("a\u0003b")).toEqual([{ text: "ab", marked: false }]);
  });
});
