import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasMalformedPath } from "./request-path";

describe("hasMalformedPath", () => {
  it.each([
    "/api/v1/labs/%",
    "/api/v1/labs/%ZZ",
    "/en/labs/%E0%A4%A",
    "/admin/events/%C0%AF",
    "/en/%ED%A0%80",
    "/api/feeds/labs/%/atom.xml?x=1",
  ])("refuses %s", (url) => expect(hasMalformedPath(url)).toBe(true));

  it.each([
    "/",
    "/en/labs/meta",
    "/de/search",
    "/en/labs/%25",
    "/de/suche/%C3%A4",
    "/en?q=%",
    "/en?q=%E0%A4%A",
  ])("accepts %s", (url) => expect(hasMalformedPath(url)).toBe(false));

  it("accepts every path a client encodes from real text", () => {
    fc.assert(
      fc.property(fc.array(fc.fullUnicodeString({ maxLength: 12 }), { maxLength: 4 }), (segments) => {
        expect(hasMalformedPath(`/${segments.map(encodeURIComponent).join("/")}`)).toBe(false);
      }),
      { seed: 12 },
    );
  });
});
