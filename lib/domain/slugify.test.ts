import { describe, it } from "vitest";
import { expectEach } from "@/tests/support/expect-each";
import { slugify } from "./slugify";

describe("slugify", () => {
  it("makes lowercase hyphenated ASCII slugs", () => {
    expectEach(slugify, [
      ["The Wall Street Journal", "the-wall-street-journal"],
      ["Süddeutsche Zeitung", "suddeutsche-zeitung"],
      ["  heise online!! ", "heise-online"],
      ["Straße", "strasse"],
    ]);
  });
});
