/**
 * The one CSV writer (RFC 4180), used by the chart downloads (app/api/v1/charts) and the streamed
 * exports (lib/export/encode.ts): comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, quote, CR or LF, quotes doubled inside. Text that a spreadsheet would run as a formula
 * (=, +, -, @, tab or CR first) gets a leading apostrophe, so a hostile article title cannot execute
 * in Excel (CSV injection); numbers are written as numbers, so -2.2 stays -2.2.
 *
 * NaN and ±Infinity throw: a spreadsheet reads "NaN" as text and an empty cell as "no value", so
 * either would hide a bug upstream in a file people chart from. The exports used to write "NaN";
 * none of their numbers can be non-finite (they come from database integers and decimals).
 */

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** A header row and data rows; every row must have as many fields as the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  let csv = csvLine(header);
  rows.forEach((row, i) => {
    if (row.length !== header.length)
      throw new RangeError(`row ${i + 1} has ${row.length} fields, the header has ${header.length}`);
    csv += csvLine(row);
  });
  return csv;
}
