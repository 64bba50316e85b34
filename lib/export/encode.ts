/**
 * Row streams → byte streams in CSV, NDJSON or a JSON array. Pulls one row at a time from the
 * source (ReadableStream's pull), so a slow client slows the database reads down instead of
 * rows piling up in memory. CSV cells are written by the one CSV writer, lib/domain/csv.ts.
 */

import { csvLine, type CsvValue } from "@/lib/domain/csv";

export const EXPORT_FORMATS = ["csv", "ndjson", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export interface CsvShape<T> {
  columns: readonly string[];
  row: (item: T) => CsvValue[];
}

export function encodeRows<T>(rows: AsyncIterable<T>, format: ExportFormat, csv: CsvShape<T>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let index = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          // The BOM lets spreadsheet programs read the CSV as UTF-8 (umlauts in German titles).
          if (format === "csv") controller.enqueue(encoder.encode(`\uFEFF${csvLine(csv.columns)}`));
          if (format === "json") controller.enqueue(encoder.encode("["));
        }
        const next = await iterator.next();
        if (next.done) {
          if (format === "json") controller.enqueue(encoder.encode(index ? "\n]\n" : "]\n"));
          controller.close();
          return;
        }
        const item = next.value;
        const text =
          format === "csv"
            ? csvLine(csv.row(item))
            : format === "ndjson"
              ? `${JSON.stringify(item)}\n`
              : `${index ? "," : ""}\n${JSON.stringify(item)}`;
        index++;
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
