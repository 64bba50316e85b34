import { describe, expect, test } from "vitest";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { commonMessages } from "@/lib/i18n/messages/common";
import { ioMessages } from "@/lib/i18n/messages/io";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";

/** Every leaf of a messages object as [dotted path, value]. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

/**
 * The type check makes each locale give every key, but a German object written as `{ ...en, … }`
 * still passes it and shows English. So: a German string equal to the English one must be a word
 * both languages share, listed here.
 */
const sameInBothLanguages: Record<string, string[]> = {
  admin: [
    "nav.feeds",
    "articles.columns.status",
    "form.url",
    "form.status",
    "users.name",
    "suggest.qualifiers.exact",
  ],
  io: ["feeds.name", "feeds.status", "feeds.ok"],
  common: ["siteName", "language.en", "language.de"],
  reader: ["labs.website", "models.reportedIn"],
  charts: ["filters.legend", "investments.kinds.capex"],
};

const files = {
  admin: adminMessages,
  io: ioMessages,
  common: commonMessages,
  reader: readerMessages,
  charts: chartsMessages,
  scorecard: scorecardMessages,
};

describe.each(Object.entries(files))("%s messages", (name, messages) => {
  const en = leaves(messages.en);
  const de = new Map(leaves(messages.de));

  test("German has every English key, with the same kind of value", () => {
    expect([...de.keys()].sort()).toEqual(en.map(([path]) => path).sort());
    for (const [path, value] of en) expect(typeof de.get(path), path).toBe(typeof value);
  });

  test("German strings are translated, not copied from English", () => {
    const copied = en
      .filter(([path, value]) => typeof value === "string" && de.get(path) === value)
      .map(([path]) => path);
    expect(copied.sort()).toEqual([...(sameInBothLanguages[name] ?? [])].sort());
  });
});
