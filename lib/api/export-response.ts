import { CONTENT_TYPES, encodeRows, type CsvShape, type ExportFormat } from "@/lib/export/encode";

/** A streamed export as a download: the right type, a file name, and no caching of the bytes. */
export function exportResponse<T>(rows: AsyncIterable<T>, format: ExportFormat, csv: CsvShape<T>, name: string): Response {
  return new Response(encodeRows(rows, format, csv), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${name}.${format}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
