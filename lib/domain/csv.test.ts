import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvField, csvLine, toCsv } from "./csv";

describe("csvField", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvField("Meta")).toBe("Meta");
    expect(csvField(72e9)).toBe("72000000000");
    expect(csvField(-2.2)).toBe("-2.2");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(true)).toBe("true");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('Meta\'s "Avocado"')).toBe('"Meta\'s ""Avocado"""');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-2%")).toBe("'-2%");
    expect(csvField("-1+1, then")).toBe('"\'-1+1, then"');
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
