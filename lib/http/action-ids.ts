import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Which server reference ids may be called as server actions. The build lists every server
 * reference in `.next/server/server-reference-manifest.json`: our actions, and also every
 * `'use cache'` function — and Next runs such a function when its id is posted as an action, with
 * whatever arguments the request carries (the issue 12 fuzzer found lib/data reads called with
 * objects for slugs, answering 500; with well-formed arguments they answer their data to anyone).
 *
 * So only the exports of action modules by our convention (`lib/actions/*.ts`, `app/**\/actions.ts`,
 * each starting with 'use server') are callable; the proxy answers any other id with a 404, as Next
 * does for an id it does not know. The manifest is a build output, not a documented API: if it
 * cannot be read or has no file names, the check is off (and logged once) rather than refusing
 * every action; tests/security and tests/fuzz read the same file, so a change of format shows
 * there. In development the manifest changes as files compile, so the check is off too.
 */
const ACTION_MODULE = /^(?:lib\/actions\/[^/]+|app\/(?:.+\/)?actions)\.tsx?$/;

interface Manifest {
  node?: Record<string, { filename?: string }>;
}

const state = globalThis as unknown as { slipwatchActionIds?: Set<string> | null };

export function callableActionIds(manifest: Manifest): Set<string> | null {
  const entries = Object.entries(manifest.node ?? {});
  if (entries.length === 0 || entries.some(([, e]) => typeof e.filename !== "string")) return null;
  return new Set(entries.filter(([, e]) => ACTION_MODULE.test(e.filename!)).map(([id]) => id));
}

function loadIds(): Set<string> | null {
  if (state.slipwatchActionIds !== undefined) return state.slipwatchActionIds;
  let ids: Set<string> | null = null;
  try {
    const file = path.join(process.cwd(), ".next/server/server-reference-manifest.json");
    ids = callableActionIds(JSON.parse(readFileSync(file, "utf8")) as Manifest);
  } catch {
    ids = null;
  }
  if (ids === null)
    console.warn("server action ids: the build's manifest could not be read; every id is passed on");
  state.slipwatchActionIds = ids;
  return ids;
}

/** false only for an id that is certainly not one of our actions. */
export function isCallableAction(id: string): boolean {
  if (process.env.NODE_ENV === "development") return true;
  const ids = loadIds();
  return ids === null || ids.has(id);
}
