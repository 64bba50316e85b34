import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { parse as parseCsv } from "csv-parse";
import { parseFeed } from "@/lib/import/parse-feed";

/**
 * Readers for the three import formats. Each yields one raw row at a time with its line number
 * (1-based, as an editor's text editor shows it) and how far into the file it is, so the import
 * streams and the progress bar can show a rate and an ETA.
 */

export type ImportFormat = "ndjson" | "csv" | "feed";

export type RawRow =
  | { line: number; bytes: number; value: unknown }
  | { line: number; bytes: number; error: string; fatal?: boolean };

export function detectFormat(file: string): ImportFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson";
  if (ext === ".csv") return "csv";
  if ([".xml", ".rss", ".atom"].includes(ext)) return "feed";
  return null;
}

export async function* ndjsonRows(file: string): AsyncGenerator<RawRow> {
  const input = createReadStream(file, { encoding: "utf8" });
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let bytes = 0;
  for await (const text of lines) {
    line++;
    bytes += Buffer.byteLength(text, "utf8") + 1;
    if (text.trim() === "") continue;
    try {
      yield { line, bytes, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield { line, bytes, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
    }
  }
}

export async function* csvRows(file: string): AsyncGenerator<RawRow> {
  const parser = createReadStream(file).pipe(
    parseCsv({ columns: true, bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: false }),
  );
  let header: number | null = null;
  try {
    for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; bytes: number; columns: unknown } }>) {
      const { record, info } = entry;
      header ??= Array.isArray(info.columns) ? info.columns.length : Object.keys(record).length;
      const fields = Object.keys(record).length;
      // relax_column_count keeps going past a ragged row; we report it instead of guessing.
      if (fields !== header) {
        yield { line: info.lines, bytes: info.bytes, error: `has ${fields} fields, the header has ${header}` };
        continue;
      }
      yield { line: info.lines, bytes: info.bytes, value: record };
    }
  } catch (error) {
    // A broken quote leaves the rest of the file unreadable: report where, keep what came before.
    const lines = (error as { lines?: number }).lines ?? 0;
    yield { line: lines, bytes: 0, error: `CSV syntax error, rest of file skipped (${(error as Error).message})`, fatal: true };
  }
}

export async function* feedRows(file: string): AsyncGenerator<RawRow> {
  // Feed files are one XML document: read whole (they are bounded by what a publisher serves).
  const xml = await readFile(file, "utf8");
  const size = Buffer.byteLength(xml, "utf8");
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    yield { line: 1, bytes: size, error: (error as Error).message, fatal: true };
    return;
  }
  const n = feed.items.length;
  for (const [i, item] of feed.items.entries()) {
    yield {
      line: i + 1,
      bytes: Math.round((size * (i + 1)) / n),
      value: {
        url: item.link ?? undefined,
        title: item.title,
        body: item.text,
        published: item.published ?? undefined,
        author: item.author ?? undefined,
        language: feed.language ?? undefined,
        publisher: feed.title || undefined,
      },
    };
  }
}

export function readRows(file: string, format: ImportFormat): AsyncGenerator<RawRow> {
  if (format === "ndjson") return ndjsonRows(file);
  if (format === "csv") return csvRows(file);
  return feedRows(file);
}

export async function fileSize(file: string): Promise<number> {
  return (await stat(file)).size;
}
