/**
 * CSV for the chart downloads (RFC 4180): comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, quote, CR or LF, and quotes doubled inside. Fields that a spreadsheet would run as
 * a formula (=, +, -, @ first) get a leading apostrophe when they are text, so a hostile article
 * title cannot execute in Excel; numbers are written as numbers, so −2.2 stays −2.2.
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

/** A header row and data rows; every row must have as many fields as the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map(csvField).join(",")];
  rows.forEach((row, i) => {
    if (row.length !== header.length)
      throw new RangeError(`row ${i + 1} has ${row.length} fields, the header has ${header.length}`);
    lines.push(row.map(csvField).join(","));
  });
  return `${lines.join("\r\n")}\r\n`;
}

/** Reads CSV back into rows of strings (for tests and for checking our own output). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
