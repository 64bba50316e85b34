import { writeFile } from "node:fs/promises";

/**
 * Generated article files for the import tests: `good` valid rows (a known share mentioning Meta
 * or Llama 4 Behemoth), with bad rows at known line numbers and duplicates mixed in.
 */
export interface GeneratedFile {
  file: string;
  goodUrls: string[];
  /** line → a word the reason must contain */
  badLines: Map<number, RegExp>;
  /** same text as an earlier row, no URL */
  duplicateLines: number[];
  /** an earlier row's URL again (with other tracking parameters) */
  knownLines: number[];
}

function body(key: string, i: number): string {
  const topic = i % 3 === 0 ? "Meta verschiebt Llama 4 Behemoth erneut" : "Ein Start-up meldet eine Finanzierungsrunde";
  return `${topic}. Bericht ${key} Nummer ${i}.\nDer zweite Absatz nennt Details zu Zeitplan und Kosten (${i}).`;
}

export async function writeNdjson(file: string, key: string, good: number): Promise<GeneratedFile> {
  const lines: string[] = [];
  const goodUrls: string[] = [];
  const badLines = new Map<number, RegExp>();
  const duplicateLines: number[] = [];
  const knownLines: number[] = [];
  for (let i = 0; i < good; i++) {
    const url = `https://news.example.org/${key}/${i}?utm_source=feed`;
    goodUrls.push(`https://news.example.org/${key}/${i}`);
    lines.push(JSON.stringify({ url, title: `Artikel ${key} ${i}`, text: body(key, i), publishedAt: `2025-06-${String((i % 28) + 1).padStart(2, "0")}T08:00:00Z`, language: "de" }));
    // Every 250th row is followed by a bad one of a different kind.
    if (i % 250 === 100) {
      const kind = Math.floor(i / 250) % 4;
      const bad = [
        "{not json",
        JSON.stringify({ url: "ftp://x", title: "t", body: "b" }),
        JSON.stringify({ url: `https://x.example/${key}/${i}`, body: "no title" }),
        JSON.stringify({ title: "t", body: "b", published: "2025-02-30" }),
      ][kind] as string;
      lines.push(bad);
      badLines.set(lines.length, [/JSON/, /url/, /title/, /published/][kind] as RegExp);
    }
    // Every 400th row repeats an earlier story under a new tracking parameter: a known URL.
    if (i % 400 === 399) {
      lines.push(JSON.stringify({ url: `https://news.example.org/${key}/${i - 1}?utm_campaign=x`, title: "again", body: "anders" }));
      knownLines.push(lines.length);
    }
    // Every 500th row's text comes again without a URL: the same story, a duplicate.
    if (i % 500 === 250) {
      lines.push(JSON.stringify({ title: "copy", body: body(key, i) }));
      duplicateLines.push(lines.length);
    }
  }
  lines.push("");
  await writeFile(file, lines.join("\n"));
  return { file, goodUrls, badLines, duplicateLines, knownLines };
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export async function writeCsv(file: string, key: string, good: number): Promise<GeneratedFile> {
  const rows = ["url,title,body,published,language,publisher"];
  const goodUrls: string[] = [];
  const badLines = new Map<number, RegExp>();
  // Multi-line quoted bodies: physical line numbers are not row numbers, and must be reported right.
  let line = 1;
  for (let i = 0; i < good; i++) {
    const url = `https://csv.example.com/${key}/${i}`;
    goodUrls.push(url);
    const text = body(key, i);
    rows.push([url, `CSV "${key}" ${i}`, text, "2025-07-01", "de", "Example"].map(csvCell).join(","));
    line += text.split("\n").length;
    if (i === 5) {
      rows.push(`https://csv.example.com/${key}/bad,only three,fields`);
      line += 1;
      badLines.set(line, /fields/);
    }
    if (i === 9) {
      rows.push(`https://csv.example.com/${key}/bad2,,body without title,,de,`);
      line += 1;
      badLines.set(line, /title/);
    }
  }
  await writeFile(file, `${rows.join("\n")}\n`);
  return { file, goodUrls, badLines, duplicateLines: [], knownLines: [] };
}
