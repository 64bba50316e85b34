import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { expectEach } from "@/tests/support/expect-each";
import { csvField, csvLine, toCsv } from "./csv";

describe("csvField", () => {
  it("leaves plain text and numbers alone", () => {
    expectEach(csvField, [
      ["Meta", "Meta"],
      [72e9, "72000000000"],
      [-2.2, "-2.2"],
      [null, ""],
      [undefined, ""],
      [true, "true"],
    ]);
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expectEach(csvField, [
      ["a,b", '"a,b"'],
      ['Meta\'s "Avocado"', '"Meta\'s ""Avocado"""'],
      ['a "b", c', '"a ""b"", c"'],
      ["two\nlines", '"two\nlines"'],
      ["cr\rhere", '"cr\rhere"'],
    ]);
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expectEach(csvField, [
      ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
      ["@SUM(A1)", "'@SUM(A1)"],
      ["-2%", "'-2%"],
      ["-1+1, then", '"\'-1+1, then"'],
    ]);
  });

  it("refuses numbers a CSV cannot carry", () => {
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => csvLine(["x", Number.NEGATIVE_INFINITY])).toThrow(RangeError);
  });
});

describe("csvLine and toCsv", () => {
  it("end each record with CRLF", () => {
    expect(csvLine(["x", 1, true, null])).toBe("x,1,true,\r\n");
    expect(
      toCsv(
        ["year", "lab"],
        [
          [2024, "Meta"],
          [2025, "x, y"],
        ],
      ),
    ).toBe('year,lab\r\n2024,Meta\r\n2025,"x, y"\r\n');
  });

  it("reject a row of the wrong width", () => {
    expect(() => toCsv(["a", "b"], [["only one"]])).toThrow(/row 1 has 1 fields/);
  });

  it("read back by csv-parse as written, German quotes, umlauts and line breaks included", () => {
    const rows = [
      ["Herbst 2025 oder später", 'Er sagte: "Nein", dann\r\nging er', ""],
      ["„Superintelligenz“", "a,b,c", "0.49"],
      ["Übernahme", "tab\tinside", "2.2"],
    ];
    expect(parse(toCsv(["a", "b", "c"], rows))).toEqual([["a", "b", "c"], ...rows]);
  });

  it("keep a defused formula readable: the apostrophe is the only change", () => {
    expect(parse(csvLine(["=1+1", "+49 30", "ok"]))).toEqual([["'=1+1", "'+49 30", "ok"]]);
  });
});
