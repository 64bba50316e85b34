import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

describe("slugify", () => {
  it("makes lowercase hyphenated ASCII slugs", () => {
    expect(slugify("The Wall Street Journal")).toBe("the-wall-street-journal");
    expect(slugify("Süddeutsche Zeitung")).toBe("suddeutsche-zeitung");
    expect(slugify("  heise online!! ")).toBe("heise-online");
    expect(slugify("Straße")).toBe("strasse");
  });
});
