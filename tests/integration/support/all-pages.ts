import { expect } from "vitest";
import type { Page } from "@/lib/data/dto";

/** Every item of a cursor-paged API list, following nextCursor to the end; each page must be a 200. */
export async function allPages<T>(fetchPage: (cursor: string | null) => Promise<Response>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const res = await fetchPage(cursor);
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page<T>;
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
