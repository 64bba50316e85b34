import { describe, expect, it } from "vitest";
import { encodeRows } from "./encode";

async function collect(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the byte-order mark in the text, so the test can see it is there.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

async function* rows(n: number, pulled: number[]) {
  for (let i = 0; i < n; i++) {
    pulled.push(i);
    yield { id: i, title: i === 1 ? 'says "hi", then\nleaves' : `t${i}` };
  }
}

const shape = { columns: ["id", "title"], row: (r: { id: number; title: string }) => [r.id, r.title] };

describe("encodeRows", () => {
  it("writes CSV with a BOM and a header, NDJSON one object per line, JSON an array", async () => {
    const csv = await collect(encodeRows(rows(2, []), "csv", shape));
    expect(csv).toBe('\uFEFFid,title\r\n0,t0\r\n1,"says ""hi"", then\nleaves"\r\n');
    const nd = await collect(encodeRows(rows(3, []), "ndjson", shape));
    expect(nd.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: number }).map((r) => r.id)).toEqual([0, 1, 2]);
    expect(JSON.parse(await collect(encodeRows(rows(3, []), "json", shape)))).toHaveLength(3);
    expect(JSON.parse(await collect(encodeRows(rows(0, []), "json", shape)))).toEqual([]);
  });

  it("pulls rows only as the reader asks, and stops the source when the reader cancels", async () => {
    const pulled: number[] = [];
    const stream = encodeRows(rows(1_000_000, pulled), "ndjson", shape);
    const reader = stream.getReader();
    for (let i = 0; i < 5; i++) await reader.read();
    await reader.cancel();
    // A handful read ahead at most, never the million.
    expect(pulled.length).toBeLessThan(20);
  });
});
